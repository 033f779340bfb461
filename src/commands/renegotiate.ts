/**
 * trust renegotiate <id> --due <date>: moving a due date with the other person's agreement,
 * before it passes. Recorded in the promise's history; it is not a break. `trust log` asks the
 * same at "Any news?", with the pieces below.
 */
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import type { Day } from '../domain/dates.js';
import { checkOpen, cleanNote, isOverdue, parseDue, type PromiseRecord } from '../domain/promise.js';
import type { DB } from '../store/open.js';
import { getPromise, renegotiate as store, type StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { promiseLine, relativeDue } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { validity } from '../ui/questions.js';
import { promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface RenegotiateOptions {
  due?: string;
  note?: string;
  json?: boolean;
}

export async function renegotiate(idText: string, opts: RenegotiateOptions, ctx: Context): Promise<StoredPromise> {
  const m = t().promise;
  if (opts.due === undefined) throw usageError(m.renegotiateNeedsDue(), m.renegotiateNeedsDueHint());
  const due = parseDue(opts.due, ctx.now);
  const note = cleanNote(opts.note);
  const db = ctx.db('read');
  const promise = promiseById(db, idText);
  checkRenegotiable(promise, ctx.now);
  writeTx(db, () => moveDue(db, promise.id, due, note, ctx.now));
  const updated = getPromise(db, promise.id)!;
  if (opts.json) writeJson(ctx.out, promiseJson(updated, ctx.now));
  else say(ctx, `${ctx.c.green('✓')} ${m.renegotiated({ promise: promiseLine(updated, ctx.now, ctx.c) })}`);
  return updated;
}

/** Only an open promise whose date has not passed can be renegotiated. */
export const canRenegotiate = (promise: PromiseRecord, now: Date): boolean => promise.status === 'open' && !isOverdue(promise, now);

/** Says why, when a promise cannot be renegotiated (see canRenegotiate). */
export function checkRenegotiable(promise: PromiseRecord, now: Date): void {
  const m = t().promise;
  checkOpen(promise, 'renegotiate');
  if (isOverdue(promise, now)) {
    // Renegotiating is agreeing a new date before the old one passes; after it, the promise was broken.
    throw new TrustError(m.renegotiateTooLate({ id: promise.id, relative: relativeDue(promise.due!, now) }), 1, m.renegotiateTooLateHint({ id: promise.id }));
  }
}

/** What `trust renegotiate` takes as --due and --note, asked at the terminal. */
export async function askRenegotiation(ctx: Context): Promise<{ due: Day; note: string | null }> {
  const m = t().log;
  const typed = await ctx.prompt.input({ message: m.newDate(), validate: (v) => validity(() => parseDue(v, ctx.now)) });
  const note = await ctx.prompt.input({ message: m.renegotiateNote(), validate: (v) => validity(() => cleanNote(v)) });
  return { due: parseDue(typed, ctx.now), note: cleanNote(note) };
}

/**
 * Moves the due date inside the caller's transaction, from the date the promise has there and
 * then. False, and nothing written, when the promise is no longer open (resolved or deleted by
 * another trust meanwhile).
 */
export function moveDue(db: DB, id: number, due: Day, note: string | null, now: Date): boolean {
  const current = getPromise(db, id);
  if (!current || current.status !== 'open' || current.deletedAt) return false;
  store(db, id, current.due, due, note, now);
  return true;
}
