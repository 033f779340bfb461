/**
 * After `trust broken` at a terminal: apologies made early are the ones that work, so trust
 * offers, once, to start the repair now or to note an apology already made (for a promise to
 * yourself, a short self-repair). "Later" (and
 * Ctrl-C) leaves the break recorded and nothing else: the dashboard and `trust remind` bring it
 * back while it has no apology.
 */
import type { Context } from '../context.js';
import { parseHappened } from '../domain/dates.js';
import { cleanNote } from '../domain/promise.js';
import { t } from '../i18n/messages.js';
import { recordShortApology } from '../store/apologies.js';
import { findPerson } from '../store/people.js';
import type { StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { formatInstant } from '../ui/format.js';
import { validity } from '../ui/questions.js';
import { say } from '../ui/wrap.js';
import { writeJson } from '../ui/json.js';
import { TrustError, usageError } from '../errors.js';

export async function offerApology(p: StoredPromise, ctx: Context): Promise<'repair' | 'said' | 'later'> {
  const db = ctx.db('write');
  const m = t().apology;
  // Nobody to apologise to for a promise to yourself: the offer is a short self-repair.
  const self = findPerson(db, p.person)?.relation === 'self';
  const choice = await ctx.prompt.select<'repair' | 'said' | 'later'>({
    message: self ? m.selfOffer() : m.offer(),
    choices: [
      { name: self ? m.selfRepairNow() : m.repairNow(), value: 'repair' },
      ...(self ? [] : [{ name: m.alreadySaid({ person: p.person }), value: 'said' as const }]),
      { name: m.later(), value: 'later' },
    ],
  });
  if (choice === 'repair') {
    await (await import('./repair.js')).repair(String(p.id), {}, ctx);
  } else if (choice === 'said') {
    const what = t().dateInput.thatTime();
    const when = await ctx.prompt.input({ message: m.whenSaid(), default: t().dates.today(), validate: (v) => validity(() => parseHappened(v, ctx.now, what)) });
    const note = await ctx.prompt.input({ message: m.howSaid(), validate: (v) => validity(() => cleanNote(v)) });
    await noteApology(p, when, note, ctx, false);
  }
  return choice;
}

/**
 * Notes a short apology for a broken promise to someone else: from the offer above, and from
 * `trust repair ID --apologised [when] [--note …]`, which a script can run.
 */
export async function noteApology(p: StoredPromise, when: string, note: string, ctx: Context, json: boolean): Promise<void> {
  const m = t().apology;
  if (p.status !== 'broken') {
    throw new TrustError(m.notBroken({ id: p.id, status: t().repair.promiseStatus[p.status]() }), 1, m.onlyBrokenHint({ id: p.id }));
  }
  const db = ctx.db('write');
  if (findPerson(db, p.person)?.relation === 'self') throw usageError(m.notToSelf(), m.notToSelfHint({ id: p.id }));
  const at = parseHappened(when, ctx.now, t().dateInput.thatTime());
  const said = cleanNote(note);
  writeTx(db, () => recordShortApology(db, p.id, at, said, ctx.now));
  if (json) writeJson(ctx.out, { promise: p.id, saidAt: at.toISOString(), note: said });
  else say(ctx, `${ctx.c.green('✓')} ${m.noted({ person: p.person, when: formatInstant(at, ctx.now, false), id: p.id })}`);
}
