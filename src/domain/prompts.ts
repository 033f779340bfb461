/**
 * The review's questions: a few chosen from what the week's data shows, then reflections that
 * rotate from week to week, so that no two weeks in a row ask the same set.
 */
import { daysBetween, localDate } from './dates.js';
import { byText, type PromiseFact, type WeekCounts } from './review.js';
import type { Week } from './weeks.js';

export interface ReviewPrompt {
  /** Stable across weeks, so rotation can avoid last week's: "broken:12", "thanks" … */
  key: string;
  text: string;
  kind: 'data' | 'reflection';
  /**
   * The question leads to something to do, so its answer may be carried into next week as an
   * intention (in the user's own words). A question that only looks back does not offer it.
   */
  action: boolean;
  /** Set on the overdue question: the promise to keep, renegotiate or call broken, right there. */
  decide?: { promiseId: number };
}

/**
 * Rotating reflections (seeds 000, 002, 003). `action` marks those that ask for something to be
 * done (thanks still to be said, an expectation to say out loud, going first, an obstacle to
 * make smaller, who decides what); the others look back, and their answer is the point.
 */
export const REFLECTIONS: ReadonlyArray<Omit<ReviewPrompt, 'kind'>> = [
  { key: 'thanks', action: true, text: 'Who helped you this week? Write the thanks you owe them in concrete words: what they did, and what it made possible.' },
  { key: 'reasons', action: false, text: 'Which of your decisions touched someone this week? Did they hear the reasons behind it, or only the result?' },
  { key: 'expectations', action: true, text: 'Where did you and someone else quietly expect different things this week? Say that expectation out loud here.' },
  { key: 'openness', action: true, text: 'Where could you go first with openness: admit a doubt, a mistake or a need before asking the same of someone else?' },
  { key: 'best-moment', action: false, text: 'What was the best moment of the week with someone who matters to you?' },
  { key: 'obstacle', action: true, text: 'What was the biggest obstacle to keeping your word this week, and what would make it smaller?' },
  { key: 'scope', action: true, text: 'Is there something you handed over or took on where it is unclear who decides what? How will you settle it?' },
  { key: 'intent', action: false, text: 'Whose effort this week fell short of the result but deserves recognition for what they were trying to do?' },
];

export interface PromptInputs {
  week: Week;
  counts: WeekCounts;
  /** Broken this week. */
  broken: PromiseFact[];
  /** Open and past due, any week. */
  overdue: PromiseFact[];
  quiet: Array<{ id: number; name: string; days: number }>;
  /** Open promises whose date has not passed: the ones that can still be renegotiated. */
  renegotiable: number;
  /** Keys asked in the most recent earlier review. */
  askedLastTime: string[];
  now: Date;
}

const MAX_DATA = 3;
const MAX_PROMPTS = 5;
const MIN_PROMPTS = 3;

/** Data prompts, most pressing first: breaks, an overdue promise, over-promising, a quiet relationship. */
function dataPrompts(i: PromptInputs): ReviewPrompt[] {
  const today = i.now;
  const list: ReviewPrompt[] = i.broken.slice(0, 2).map((p) => ({
    key: `broken:${p.id}`,
    kind: 'data',
    action: true,
    text: `You broke "${p.text}" (to ${p.person}). What got in the way, and what will you change?`,
  }));
  const oldest = [...i.overdue].sort((a, b) => byText(a.due!.date, b.due!.date))[0];
  if (oldest) {
    const days = daysBetween(oldest.due!.date, localDate(today));
    list.push({
      key: `overdue:${oldest.id}`,
      kind: 'data',
      action: true,
      decide: { promiseId: oldest.id },
      text: `"${oldest.text}" (to ${oldest.person}) is ${days > 0 ? `${days} day${days === 1 ? '' : 's'} ` : ''}overdue. Keep it, renegotiate it, or call it broken: what is your decision?`,
    });
  }
  const kept = i.counts.keptOnTime + i.counts.keptLate;
  // Only worth asking while there is an open promise whose date can still be moved.
  if (i.counts.made > kept && i.counts.made >= 2 && i.renegotiable > 0) {
    list.push({
      key: 'overpromised',
      kind: 'data',
      action: true,
      text: `You made ${i.counts.made} promise${i.counts.made === 1 ? '' : 's'} this week and kept ${kept}. Which open one should you renegotiate now, rather than break later?`,
    });
  }
  const quiet = i.quiet[0];
  if (quiet) {
    list.push({
      key: `quiet:${quiet.id}`,
      kind: 'data',
      action: true,
      text: `You have not logged a conversation with ${quiet.name} for ${Math.floor(quiet.days / 7)} week${Math.floor(quiet.days / 7) === 1 ? '' : 's'}. Is it time to reach out, and how?`,
    });
  }
  return list.slice(0, MAX_DATA);
}

/** Weeks since Monday 3 January 2000: where this week's rotation starts. */
function rotation(week: Week): number {
  return Math.round(daysBetween('2000-01-03', week.start) / 7);
}

export function choosePrompts(i: PromptInputs): ReviewPrompt[] {
  const data = dataPrompts(i);
  const wanted = Math.min(MAX_PROMPTS, Math.max(MIN_PROMPTS, data.length + 2)) - data.length;
  const start = (rotation(i.week) * 2) % REFLECTIONS.length;
  const rotated = [...REFLECTIONS.slice(start), ...REFLECTIONS.slice(0, start)];
  const fresh = rotated.filter((r) => !i.askedLastTime.includes(r.key));
  const reflections = (fresh.length >= wanted ? fresh : rotated).slice(0, wanted).map((r) => ({ ...r, kind: 'reflection' as const }));
  return [...data, ...reflections];
}

/** How to introduce the intentions being followed up: from last week, or from an older review. */
export function intentionsHeading(fromWeek: Week, thisWeek: Week): string {
  const gap = Math.round(daysBetween(fromWeek.start, thisWeek.start) / 7);
  return gap === 1 ? "Last week's intentions" : `Intentions from your last review (${fromWeek.key}, ${gap} weeks ago)`;
}
