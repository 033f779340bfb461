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
  checkOpen(promise, 'renegotiate');
  if (isOverdue(promise, ctx.now)) {
    // Renegotiating is agreeing a new date before the old one passes; after it, the promise was broken.
    throw new TrustError(m.renegotiateTooLate({ id: promise.id, relative: relativeDue(promise.due!, ctx.now) }), 1, m.renegotiateTooLateHint({ id: promise.id }));
  }
  writeTx(db, () => store(db, promise.id, promise.due, due, note, ctx.now));
  const updated = getPromise(db, promise.id)!;
  if (opts.json) writeJson(ctx.out, promiseJson(updated, ctx.now));
  else say(ctx, `${ctx.c.green('✓')} ${m.renegotiated({ promise: promiseLine(updated, ctx.now, ctx.c) })}`);
  return updated;
}
