/**
 * trust kept | broken | release <id...>: what became of promises. All the ids are checked
 * first and resolved in one transaction, so a typo in one id changes nothing.
 */
import type { Context } from '../context.js';
import { parseHappenedWhen } from '../domain/dates.js';
import { checkOpen, cleanNote, happenedBeforeMade, isLate, resolvedAt, type Outcome } from '../domain/promise.js';
import { CancelledError, usageError } from '../errors.js';
import { getPromise, resolvePromise, type StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { formatInstant, promiseLine } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface ResolveOptions {
  note?: string;
  at?: string;
  json?: boolean;
  /** After one promise broken at a terminal, offer to start the repair or note an apology. */
  offer?: boolean;
}

export async function resolve(outcome: Outcome, ids: string[], opts: ResolveOptions, ctx: Context): Promise<StoredPromise[]> {
  const note = cleanNote(opts.note);
  const when = opts.at === undefined ? { at: ctx.now, wholeDay: null } : parseHappenedWhen(opts.at, ctx.now, '--at');
  const at = when.at;
  const db = ctx.db('read');
  const unique = [...new Set(ids)];
  const promises = unique.map((id) => promiseById(db, id));
  for (const p of promises) {
    checkOpen(p, outcome);
    if (happenedBeforeMade(p, at)) {
      const m = t().promise;
      throw usageError(m.beforeMade({ id: p.id, made: formatInstant(p.madeAt, ctx.now), outcome, at: formatInstant(at, ctx.now) }), m.beforeMadeHint());
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
    // One promise broken at a terminal: offer the repair, or to note an apology, right now.
    const offer = opts.offer === true && outcome === 'broken' && done.length === 1 && ctx.interactive;
    const lines = done.map((p) => `${ctx.c.green('✓')} ${promiseLine(p, ctx.now, ctx.c)}`);
    if (outcome === 'broken') {
      lines.push(t().promise.brokenMoment());
      if (!offer) for (const p of done) lines.push(ctx.c.dim(t().promise.whenReady({ id: p.id })));
    }
    say(ctx, lines.join('\n'));
    if (offer) {
      try {
        await (await import('./broken-offer.js')).offerApology(done[0]!, ctx);
      } catch (e) {
        // The break is saved already: Ctrl-C at the offer must not say that nothing was.
        if (e instanceof CancelledError) throw new CancelledError(t().apology.brokenKept({ id: done[0]!.id }));
        throw e;
      }
    }
  }
  return done;
}
