/**
 * trust reopen <id>: undoes a kept, broken or release recorded by mistake. The promise is open
 * again; the outcome and the reopening both stay in its history, and every figure is worked out
 * again as if the outcome had never been recorded.
 */
import type { Context } from '../context.js';
import { TrustError } from '../errors.js';
import { cleanNote } from '../domain/promise.js';
import { getPromise, reopenPromise, type StoredPromise } from '../store/promises.js';
import { repairForPromise } from '../store/repairs.js';
import { writeTx } from '../store/tx.js';
import { outcomeText, promiseLine } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface ReopenOptions {
  note?: string;
  json?: boolean;
}

export async function reopen(idText: string, opts: ReopenOptions, ctx: Context): Promise<StoredPromise> {
  const note = cleanNote(opts.note);
  const db = ctx.db('read');
  const before = promiseById(db, idText); // a deleted promise is refused here
  if (before.status === 'open') {
    throw new TrustError(t().promise.alreadyOpen({ id: before.id }), 1, t().promise.showHistory({ id: before.id }));
  }
  writeTx(db, () => reopenPromise(db, before.id, note, ctx.now));
  const after = getPromise(db, before.id)!;
  if (opts.json) {
    writeJson(ctx.out, promiseJson(after, ctx.now));
    return after;
  }
  const lines = [
    `${ctx.c.green('✓')} ${t().promise.openAgain({ promise: promiseLine(after, ctx.now, ctx.c) })}`,
    ctx.c.dim(t().promise.itWas({ outcome: outcomeText(before) })),
  ];
  // A repair started for a break that did not happen is probably no longer needed; leave that to the user.
  const repair = before.status === 'broken' ? repairForPromise(db, before.id) : null;
  if (repair?.state === 'in progress') lines.push(t().promise.repairStarted({ repair: repair.id }));
  say(ctx, lines.join('\n'));
  return after;
}
