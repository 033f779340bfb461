/**
 * trust kept | broken | release <id...>: what became of promises. All the ids are checked
 * first and resolved in one transaction, so a typo in one id changes nothing.
 */
import type { Context } from '../context.js';
import { parseHappenedWhen } from '../domain/dates.js';
import { checkOpen, cleanNote, happenedBeforeMade, isLate, resolvedAt, type Outcome } from '../domain/promise.js';
import { usageError } from '../errors.js';
import { getPromise, resolvePromise, type StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { formatInstant, promiseLine } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';

export interface ResolveOptions {
  note?: string;
  at?: string;
  json?: boolean;
}

const VERB: Record<Outcome, string> = { kept: 'marked kept', broken: 'marked broken', released: 'released' };

export async function resolve(outcome: Outcome, ids: string[], opts: ResolveOptions, ctx: Context): Promise<StoredPromise[]> {
  const note = cleanNote(opts.note);
  const when = opts.at === undefined ? { at: ctx.now, wholeDay: null } : parseHappenedWhen(opts.at, ctx.now, '--at');
  const at = when.at;
  const db = ctx.db('read');
  const unique = [...new Set(ids)];
  const promises = unique.map((id) => promiseById(db, id));
  for (const p of promises) {
    checkOpen(p, VERB[outcome]);
    if (happenedBeforeMade(p, at)) {
      throw usageError(
        `Promise #${p.id} was made on ${formatInstant(p.madeAt, ctx.now)}, so it cannot have been ${outcome} on ${formatInstant(at, ctx.now)}.`,
        "Give a moment from then on with --at, or leave --at out to mean now.",
      );
    }
  }

  writeTx(db, () => {
    for (const p of promises) {
      const moment = outcome === 'kept' ? resolvedAt(p, when) : at;
      resolvePromise(db, p.id, outcome, moment, outcome === 'kept' && isLate(p.due, moment), note, ctx.now);
    }
  });
  const done = promises.map((p) => getPromise(db, p.id)!);

  if (opts.json) writeJson(ctx.out, done.map((p) => promiseJson(p, ctx.now)));
  else {
    const lines = done.map((p) => `${ctx.c.green('✓')} ${promiseLine(p, ctx.now, ctx.c)}`);
    if (outcome === 'broken') {
      lines.push('A broken promise is a moment to repair trust, not to hide.');
      for (const p of done) lines.push(ctx.c.dim(`When you are ready: trust repair ${p.id}`));
    }
    say(ctx, lines.join('\n'));
  }
  return done;
}
