/**
 * trust renegotiate <id> --due <date>: moving a due date with the other person's agreement,
 * before it passes. Recorded in the promise's history; it is not a break.
 */
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { checkOpen, cleanNote, isOverdue, parseDue } from '../domain/promise.js';
import { getPromise, renegotiate as store, type StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { promiseLine, relativeDue } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';

export interface RenegotiateOptions {
  due?: string;
  note?: string;
  json?: boolean;
}

export async function renegotiate(idText: string, opts: RenegotiateOptions, ctx: Context): Promise<StoredPromise> {
  if (opts.due === undefined) throw usageError('trust renegotiate needs the new date: --due <date>.', 'For example: trust renegotiate 12 --due "next week".');
  const due = parseDue(opts.due, ctx.now);
  const note = cleanNote(opts.note);
  const db = ctx.db('read');
  const promise = promiseById(db, idText);
  checkOpen(promise, 'renegotiated');
  if (isOverdue(promise, ctx.now)) {
    // Renegotiating is agreeing a new date before the old one passes; after it, the promise was broken.
    throw new TrustError(
      `Promise #${promise.id} is ${relativeDue(promise.due!, ctx.now)}; a due date can only be renegotiated before it passes.`,
      1,
      `Be honest with yourself: \`trust broken ${promise.id}\`, then make a new promise with \`trust log\`.`,
    );
  }
  writeTx(db, () => store(db, promise.id, promise.due, due, note, ctx.now));
  const updated = getPromise(db, promise.id)!;
  if (opts.json) writeJson(ctx.out, promiseJson(updated, ctx.now));
  else say(ctx, `${ctx.c.green('✓')} Renegotiated: ${promiseLine(updated, ctx.now, ctx.c)}`);
  return updated;
}
