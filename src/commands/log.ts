/**
 * trust log: right after a conversation. Who it was with, what happened to the promises already
 * owed them, and what was promised this time. Asks only what the flags left out, and saves the
 * whole conversation in one transaction at the end, so Ctrl-C at any prompt saves nothing.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { addDays, weekStart } from '../domain/dates.js';
import {
  cleanCue, cleanName, cleanNote, cleanText, isBusyWeek, isLate, parseDue, parseRelation, BUSY_WEEK,
  type Outcome, type PersonRecord,
} from '../domain/promise.js';
import { insertConversation, peopleByRecency, personNamed } from '../store/people.js';
import { countOpenDueBetween, getPromise, insertPromise, listPromises, resolvePromise, type StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { formatDay, promiseLine } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { askNewPerson, askPromise, pickPerson, type Draft } from '../ui/questions.js';
import { confirmPlan, type Plan } from './log-plan.js';
import { offerCalibratedDue, sayCalibration } from './log-calibration.js';
import { existingFor } from './lookup.js';
import { askRenegotiation, canRenegotiate, moveDue } from './renegotiate.js';
import { say, warn } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface LogOptions {
  text?: string;
  to?: string;
  due?: string;
  relation?: string;
  note?: string;
  /** The if-then cue: "after the Monday stand-up". */
  when?: string;
  json?: boolean;
}

export interface LogResult {
  person: string;
  created: StoredPromise[];
  resolved: StoredPromise[];
  renegotiated: StoredPromise[];
  saved: boolean;
}

export async function log(opts: LogOptions, ctx: Context): Promise<LogResult> {
  // Check every flag before asking anything: a typo should not cost the user their answers.
  const text = opts.text === undefined ? undefined : cleanText(opts.text);
  const relation = opts.relation === undefined ? undefined : parseRelation(opts.relation);
  const due = opts.due === undefined ? null : parseDue(opts.due, ctx.now);
  const note = cleanNote(opts.note);
  const cue = cleanCue(opts.when);
  const toName = opts.to === undefined ? undefined : cleanName(opts.to);

  const m = t().log;
  const example = m.forExample({ command: m.oneLine() });
  if (text === undefined && (opts.due !== undefined || opts.note !== undefined || opts.when !== undefined)) throw usageError(m.dueNeedsText(), example);
  if (!ctx.interactive && (text === undefined || toName === undefined)) {
    throw usageError(text === undefined ? m.needsBoth() : m.needsTo(), example);
  }
  const db = ctx.db('write');
  const known = toName === undefined ? null : await existingFor(db, toName, ctx);
  if (known && relation && relation !== known.relation) {
    warn(ctx, m.relationDiffers({ name: known.name, relation: t().words.relation[known.relation](), wanted: relation }));
  }

  let person: Plan['person'];
  if (known) person = known;
  else if (toName !== undefined) person = text === undefined ? await askNewPerson(ctx.prompt, toName, relation) : { name: toName, relation: relation ?? 'other' };
  else {
    const pick = await pickPerson(ctx.prompt, peopleByRecency(db));
    if ('existing' in pick) person = pick.existing;
    else person = (await existingFor(db, pick.newName, ctx)) ?? (await askNewPerson(ctx.prompt, pick.newName, relation));
  }

  const plan: Plan = { person, updates: [], moves: [], drafts: [] };
  const pending: string[] = [];
  if (text !== undefined) {
    plan.drafts.push({ text, due, note, cue });
    warnIfBusy(plan.drafts[0]!, pending, ctx);
    sayCalibration(plan.drafts[0]!, person, ctx);
  } else {
    if ('id' in person) Object.assign(plan, await askUpdates(person, ctx));
    const whom = person.relation === 'self' ? m.yourself() : person.name;
    for (let draft = await askPromise(ctx.prompt, whom, ctx.now, true); draft; draft = await askPromise(ctx.prompt, whom, ctx.now, false)) {
      warnIfBusy(draft, pending, ctx);
      await offerCalibratedDue(draft, person, ctx);
      plan.drafts.push(draft);
    }
    if (!(await confirmPlan(plan, ctx))) return { person: person.name, created: [], resolved: [], renegotiated: [], saved: false };
  }

  const result = save(plan, ctx);
  report(result, opts.json === true, ctx);
  return result;
}

/** Warns, without refusing, when a promise lands in a week that already holds many. */
function warnIfBusy(draft: Draft, pendingDueDates: string[], ctx: Context): void {
  if (!draft.due) return;
  const start = weekStart(draft.due.date);
  const end = addDays(start, 6);
  pendingDueDates.push(draft.due.date);
  const count = countOpenDueBetween(ctx.db('write'), start, end) + pendingDueDates.filter((d) => d >= start && d <= end).length;
  if (isBusyWeek(count)) {
    warn(
      ctx,
      ctx.c.yellow(t().log.busyWeek({ count, week: formatDay({ date: start, time: null }, ctx.now), most: BUSY_WEEK })),
    );
  }
}

async function askUpdates(person: PersonRecord, ctx: Context): Promise<Pick<Plan, 'updates' | 'moves'>> {
  const open = listPromises(ctx.db('write'), { personId: person.id, status: 'open', limit: 50 }).items;
  const updates: Plan['updates'] = [];
  const moves: Plan['moves'] = [];
  const m = t().log;
  const answered = (id: number) => updates.some((u) => u.promise.id === id) || moves.some((r) => r.promise.id === id);
  while (open.length > updates.length + moves.length) {
    const left = open.filter((p) => !answered(p.id));
    const id = await ctx.prompt.select<number | null>({
      message: updates.length + moves.length === 0 ? m.anyNews({ count: left.length, name: person.name }) : m.otherNews(),
      choices: [
        { name: m.noNews(), value: null },
        ...left.map((p) => ({ name: promiseLine(p, ctx.now, ctx.c), value: p.id })),
      ],
    });
    if (id === null) break;
    const promise = left.find((p) => p.id === id)!;
    const outcome = await ctx.prompt.select<Outcome | 'renegotiate' | null>({
      message: m.whatHappened(),
      choices: [
        { name: m.keptIt(), value: 'kept' },
        { name: m.brokeIt(), value: 'broken' },
        { name: m.released(), value: 'released' },
        // A date already past cannot be moved (trust renegotiate refuses it too): it was kept late or broken.
        ...(canRenegotiate(promise, ctx.now) ? [{ name: m.renegotiateIt(), value: 'renegotiate' as const }] : []),
        { name: m.nothingYetBack(), value: null },
      ],
    });
    if (outcome === 'renegotiate') moves.push({ promise, ...(await askRenegotiation(ctx)) });
    else if (outcome) updates.push({ promise, outcome });
  }
  return { updates, moves };
}

function save(plan: Plan, ctx: Context): LogResult {
  const db = ctx.db('write');
  const { now } = ctx;
  const ids = writeTx(db, () => {
    // Looked up again here, under the write lock: another trust may have added them meanwhile.
    const person = 'id' in plan.person ? plan.person : personNamed(db, plan.person.name, plan.person.relation, now, plan.person.rhythmDays ?? null);
    const conversation = insertConversation(db, person.id, now);
    for (const { promise, outcome } of plan.updates) {
      resolvePromise(db, promise.id, outcome, now, outcome === 'kept' && isLate(promise.due, now), null, now);
    }
    for (const { promise, due, note } of plan.moves) moveDue(db, promise.id, due, note, now);
    return plan.drafts.map((d) => insertPromise(db, { personId: person.id, conversationId: conversation, ...d }, now));
  });
  const load = (id: number) => getPromise(db, id)!;
  return {
    person: plan.person.name,
    created: ids.map(load),
    resolved: plan.updates.map((u) => load(u.promise.id)),
    renegotiated: plan.moves.map((r) => load(r.promise.id)),
    saved: true,
  };
}

function report(result: LogResult, json: boolean, ctx: Context): void {
  if (json) {
    writeJson(ctx.out, {
      person: result.person,
      created: result.created.map((p) => promiseJson(p, ctx.now)),
      resolved: result.resolved.map((p) => promiseJson(p, ctx.now)),
      renegotiated: result.renegotiated.map((p) => promiseJson(p, ctx.now)),
    });
    return;
  }
  const lines = [
    ...result.resolved.map((p) => `${ctx.c.green('✓')} ${promiseLine(p, ctx.now, ctx.c)}`),
    ...result.renegotiated.map((p) => `${ctx.c.green('✓')} ${t().promise.renegotiated({ promise: promiseLine(p, ctx.now, ctx.c) })}`),
    ...result.created.map((p) => `${ctx.c.green('✓')} ${promiseLine(p, ctx.now, ctx.c)}`),
  ];
  if (lines.length === 0) lines.push(`${ctx.c.green('✓')} ${t().log.noted({ name: result.person })}`);
  for (const broken of result.resolved.filter((p) => p.status === 'broken')) {
    lines.push(ctx.c.dim(t().log.repairWhenReady({ id: broken.id })));
  }
  say(ctx, lines.join('\n'));
}
