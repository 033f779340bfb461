/**
 * The review's questions: a few chosen from what the week's data shows, then reflections that
 * rotate from week to week, so that no two weeks in a row ask the same set.
 */
import { daysBetween, localDate } from './dates.js';
import { byText, type PromiseFact, type WeekCounts } from './review.js';
import { silenceParts } from './contact.js';
import { rhythmWords } from './rhythm.js';
import type { Week } from './weeks.js';
import { t } from '../i18n/messages.js';

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
 * Rotating reflections (seeds 000, 002, 003): their words are in the catalogue. `action` marks
 * those that ask for something to be done (thanks still to be said, an expectation to say out
 * loud, going first, an obstacle to make smaller, who decides what); the others look back, and
 * their answer is the point.
 */
export const REFLECTIONS: ReadonlyArray<{ key: string; action: boolean; text: () => string }> = [
  { key: 'thanks', action: true, text: () => t().review.reflection.thanks() },
  { key: 'reasons', action: false, text: () => t().review.reflection.reasons() },
  { key: 'expectations', action: true, text: () => t().review.reflection.expectations() },
  { key: 'openness', action: true, text: () => t().review.reflection.openness() },
  { key: 'best-moment', action: false, text: () => t().review.reflection.bestMoment() },
  { key: 'obstacle', action: true, text: () => t().review.reflection.obstacle() },
  { key: 'scope', action: true, text: () => t().review.reflection.scope() },
  { key: 'intent', action: false, text: () => t().review.reflection.intent() },
];

export interface PromptInputs {
  week: Week;
  counts: WeekCounts;
  /** Broken this week. */
  broken: PromiseFact[];
  /** Open and past due, any week. */
  overdue: PromiseFact[];
  /** Gone quiet against their rhythm, most overdue first. */
  quiet: Array<{ id: number; name: string; days: number; rhythmDays: number; neverInTouch: boolean }>;
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
  const m = t().review.prompt;
  const list: ReviewPrompt[] = i.broken.slice(0, 2).map((p) => ({
    key: `broken:${p.id}`,
    kind: 'data',
    action: true,
    text: m.broken({ text: p.text, person: p.person }),
  }));
  const oldest = [...i.overdue].sort((a, b) => byText(a.due!.date, b.due!.date))[0];
  if (oldest) {
    const days = daysBetween(oldest.due!.date, localDate(today));
    list.push({
      key: `overdue:${oldest.id}`,
      kind: 'data',
      action: true,
      decide: { promiseId: oldest.id },
      text: m.overdue({ text: oldest.text, person: oldest.person, days: Math.max(0, days) }),
    });
  }
  const kept = i.counts.keptOnTime + i.counts.keptLate;
  // Only worth asking while there is an open promise whose date can still be moved.
  if (i.counts.made > kept && i.counts.made >= 2 && i.renegotiable > 0) {
    list.push({
      key: 'overpromised',
      kind: 'data',
      action: true,
      text: m.overpromised({ made: i.counts.made, kept }),
    });
  }
  const quiet = i.quiet[0];
  if (quiet) {
    list.push({
      key: `quiet:${quiet.id}`,
      kind: 'data',
      action: true,
      text: (quiet.neverInTouch ? m.quietNever : m.quiet)({ name: quiet.name, ...silenceParts(quiet.days), rhythm: rhythmWords(quiet.rhythmDays) }),
    });
  }
  return list.slice(0, MAX_DATA);
}

/** Answers that say there is nothing here: "no", "none", "n/a", "-", "特になし" … */
const NOTHING = /^(?:no|nope|nah|none|nothing|not really|nobody|no one|n\/?a|-+|いいえ|ない|なし|特になし|特にない)$/u;

/**
 * Whether an answer leaves something to do, so that carrying it into next week as an intention
 * makes sense: an empty answer or a bare "no" does not.
 */
/** Intention rows written by this version; older reviews marked the answer row itself. */
export const isIntentionRow = (a: { promptKey: string }) => /^(intention|left):/.test(a.promptKey);

export function leavesSomethingToDo(answer: string): boolean {
  const bare = answer.trim().toLowerCase().replace(/[\s.!。、,]+$/u, '').trim();
  return bare !== '' && !NOTHING.test(bare);
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
  const reflections = (fresh.length >= wanted ? fresh : rotated).slice(0, wanted).map((r) => ({ key: r.key, action: r.action, text: r.text(), kind: 'reflection' as const }));
  return [...data, ...reflections];
}

/** How to introduce the intentions being followed up: from last week, or from an older review. */
export function intentionsHeading(fromWeek: Week, thisWeek: Week): string {
  const gap = Math.round(daysBetween(fromWeek.start, thisWeek.start) / 7);
  const m = t().review.ask;
  return gap === 1 ? m.intentionsLastWeek() : m.intentionsEarlier({ week: fromWeek.key, weeks: gap });
}
