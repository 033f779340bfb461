/**
 * The asking part of `trust review`: last week's intentions followed up, then this week's
 * questions. Nothing is written here: what is gathered (answers, intentions, decisions about an
 * overdue promise) is saved with the review in one transaction, so Ctrl-C still saves nothing.
 *
 * Intentions are stored without a schema change: the answer stays the answer of its question,
 * and the intention (the user's own sentence, asked after they say yes) is an extra
 * review_answers row with prompt_key "intention:<question key>" and intention = 1. What is left
 * of an intention followed only partly is another such row, "left:<key>", so it is followed up
 * the week after like any intention.
 */
import type { Context } from '../context.js';
import type { Day } from '../domain/dates.js';
import { isLate, LIMITS, parseDue, type PromiseRecord } from '../domain/promise.js';
import { intentionsHeading, leavesSomethingToDo, type ReviewPrompt } from '../domain/prompts.js';
import { weekFromKey, type Week } from '../domain/weeks.js';
import type { DB } from '../store/open.js';
import { getPromise, insertPromise, resolvePromise } from '../store/promises.js';
import type { NewAnswer, StoredReview } from '../store/reviews.js';
import { t } from '../i18n/messages.js';
import { formatDay } from '../ui/format.js';
import { validity } from '../ui/questions.js';
import { say } from '../ui/wrap.js';

export type FollowUp = { answerId: number; followed: 'yes' | 'partly' | 'no' };
export type Decision = { promiseId: number; choice: 'kept' } | { promiseId: number; choice: 'broken' } | { promiseId: number; choice: 'renegotiate'; due: Day };

const fits = (v: string) => [...v].length <= LIMITS.note || t().review.ask.tooLong({ max: LIMITS.note });

/** The question a stored intention row came from, without the "intention:"/"left:" prefixes. */
const baseKey = (key: string) => key.replace(/^(?:(?:intention|left):)+/, '');


export async function askFollowUps(previous: StoredReview | null, week: Week, ctx: Context): Promise<{ followUps: FollowUp[]; carried: NewAnswer[] }> {
  const open = previous?.answers.filter((a) => a.intention && a.followed === null) ?? [];
  const followUps: FollowUp[] = [];
  const carried: NewAnswer[] = [];
  if (!previous || open.length === 0) return { followUps, carried };
  const m = t().review.ask;
  say(ctx, `\n${ctx.c.bold(intentionsHeading(weekFromKey(previous.week)!, week))}`);
  for (const intention of open) {
    const followed = await ctx.prompt.select<FollowUp['followed']>({
      message: m.youMeantTo({ intention: intention.answer }),
      choices: [
        { name: m.followedYes(), value: 'yes' },
        { name: m.followedPartly(), value: 'partly' },
        { name: m.followedNo(), value: 'no' },
      ],
    });
    followUps.push({ answerId: intention.id, followed });
    if (followed !== 'partly') continue;
    const left = (await ctx.prompt.input({ message: m.whatIsLeft(), validate: fits })).trim();
    if (left !== '') carried.push({ promptKey: `left:${baseKey(intention.promptKey)}`, prompt: m.whatIsLeftOf({ intention: intention.answer }), answer: left, intention: true });
  }
  return { followUps, carried };
}

export async function askPrompts(prompts: ReviewPrompt[], ctx: Context): Promise<{ answers: NewAnswer[]; decisions: Decision[] }> {
  const m = t().review.ask;
  say(ctx, `\n${ctx.c.bold(m.questions({ count: prompts.length }))}${ctx.c.dim(m.skipHint())}`);
  const answers: NewAnswer[] = [];
  const decisions: Decision[] = [];
  for (const p of prompts) {
    let answer: string;
    let leftToDo: boolean;
    if (p.decide) {
      answer = await askDecision(p, p.decide.promiseId, decisions, ctx);
      // Kept, renegotiated or called broken is settled when the review is saved; only a promise
      // left open still has something to do.
      leftToDo = answer === '';
    } else {
      answer = (await ctx.prompt.input({ message: p.text, validate: fits })).trim();
      leftToDo = leavesSomethingToDo(answer);
    }
    // A skipped question is kept too (with no answer): the review records what it asked, and
    // next week's rotation steers clear of it.
    answers.push({ promptKey: p.key, prompt: p.text, answer, intention: false });
    if (!leftToDo || !p.action) continue;
    if (!(await ctx.prompt.confirm({ message: m.carry(), default: false }))) continue;
    const sentence = (await ctx.prompt.input({ message: m.whatWillYouDo(), validate: fits })).trim();
    if (sentence !== '') answers.push({ promptKey: `intention:${p.key}`, prompt: m.whatWillYouDoSaved(), answer: sentence, intention: true });
    else ctx.out.write(m.noIntention() + '\n');
  }
  return { answers, decisions };
}

/** The overdue question: a choice, applied when the review is saved. Returns the answer to record. */
async function askDecision(p: ReviewPrompt, promiseId: number, decisions: Decision[], ctx: Context): Promise<string> {
  const m = t().review.decide;
  const choice = await ctx.prompt.select<Decision['choice'] | null>({
    message: p.text,
    choices: [
      { name: m.kept(), value: 'kept' },
      { name: m.renegotiate(), value: 'renegotiate' },
      { name: m.broken(), value: 'broken' },
      { name: m.undecided(), value: null },
    ],
  });
  if (choice === null) return '';
  if (choice === 'kept' || choice === 'broken') {
    decisions.push({ promiseId, choice });
    return choice === 'kept' ? m.keptAnswer() : m.brokenAnswer();
  }
  // The same parser and rules as `trust renegotiate`: a date still ahead.
  const typed = await ctx.prompt.input({ message: m.newDate(), validate: (v) => validity(() => parseDue(v, ctx.now)) });
  const due = parseDue(typed, ctx.now);
  decisions.push({ promiseId, choice, due });
  return m.renegotiatedAnswer({ date: formatDay(due, ctx.now) });
}

export interface Applied {
  decision: Decision;
  promise: PromiseRecord;
  /** False when the promise was no longer open by the time the review was saved. */
  done: boolean;
  /** The promise made with the new date, for a renegotiation. */
  newId?: number;
}

/**
 * Applies the decisions inside the review's transaction. An overdue promise cannot have its date
 * moved (`trust renegotiate` refuses it too: a renegotiation comes before the date passes), so
 * renegotiating it records the break honestly and makes the same promise again with the new date.
 */
export function applyDecisions(db: DB, decisions: Decision[], week: string, now: Date): Applied[] {
  const note = t().review.decide.note({ week });
  return decisions.map((decision) => {
    const promise = getPromise(db, decision.promiseId)!;
    if (promise.status !== 'open' || promise.deletedAt) return { decision, promise, done: false };
    if (decision.choice === 'kept') {
      resolvePromise(db, promise.id, 'kept', now, isLate(promise.due, now), note, now);
      return { decision, promise, done: true };
    }
    resolvePromise(db, promise.id, 'broken', now, false, note, now);
    if (decision.choice === 'broken') return { decision, promise, done: true };
    const newId = insertPromise(db, { personId: promise.personId, conversationId: null, text: promise.text, note: promise.note, due: decision.due }, now);
    return { decision, promise, done: true, newId };
  });
}

export function reportDecisions(applied: Applied[], ctx: Context): void {
  const { c, now } = ctx;
  const m = t().review.decide;
  for (const { decision, promise, done, newId } of applied) {
    const what = { id: promise.id, text: promise.text, person: promise.person };
    if (!done) say(ctx, m.notApplied(what));
    else if (decision.choice === 'kept') say(ctx, `${c.green('✓')} ${m.nowKept(what)}`);
    else {
      const broken = decision.choice === 'renegotiate' ? m.nowBrokenAgain({ ...what, newId: newId!, due: formatDay(decision.due, now) }) : m.nowBroken(what);
      say(ctx, `${broken}\n${c.dim(m.repairHint({ id: promise.id }))}`);
    }
  }
}

/**
 * Answers saved in one go share their time, and a journal import tells answers apart by review,
 * key and time: a key that comes twice in one save (two intentions carried from the same
 * question) gets a "#2" so that neither is lost on import.
 */
export function distinctKeys(answers: NewAnswer[]): NewAnswer[] {
  const seen = new Map<string, number>();
  return answers.map((a) => {
    const n = (seen.get(a.promptKey) ?? 0) + 1;
    seen.set(a.promptKey, n);
    return n === 1 ? a : { ...a, promptKey: `${a.promptKey}#${n}` };
  });
}
