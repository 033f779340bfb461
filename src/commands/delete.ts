/**
 * trust delete <id>: for a promise logged by mistake. It disappears from every list and count,
 * but the row and its history stay, so a deletion is itself on record.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { deletePromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { promiseLine } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export async function remove(idText: string, opts: { yes?: boolean; json?: boolean }, ctx: Context): Promise<boolean> {
  const db = ctx.db('read');
  const p = promiseById(db, idText);
  if (!opts.yes) {
    const m = t().promise;
    if (!ctx.interactive) throw usageError(m.deleteNeedsYes(), m.deleteNeedsYesHint({ id: p.id }));
    say(ctx, promiseLine(p, ctx.now, ctx.c));
    const sure = await ctx.prompt.confirm({ message: m.deleteSure(), default: false });
    if (!sure) {
      say(ctx, m.deleteKept());
      return false;
    }
  }
  writeTx(db, () => deletePromise(db, p.id, ctx.now));
  if (opts.json) writeJson(ctx.out, { id: p.id, uuid: p.uuid, deleted: true });
  else say(ctx, `${ctx.c.green('✓')} ${t().promise.deleted({ id: p.id })}`);
  return true;
}
