/**
 * trust repair: start, resume, list, show, close or abandon a repair after trust was damaged.
 * Starting and resuming are interactive; everything else works without a terminal.
 */
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { CAUSES, CAUSE_LABEL, CHECKLIST_VERSION, type Cause } from '../domain/checklist.js';
import { cleanNote, type PersonRecord } from '../domain/promise.js';
import { peopleByRecency, findPerson, personNamed } from '../store/people.js';
import { brokenWithoutRepair, closeRepair, getRepair, insertRepair, listRepairs, reopenRepair, repairForPromise, saveAnswer } from '../store/repairs.js';
import { writeTx } from '../store/tx.js';
import { formatDay, formatInstant, relativeDue } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { askRelation, pickPerson } from '../ui/questions.js';
import { renderRepair, renderRepairMarkdown, repairJson } from '../ui/repair-render.js';
import { renderTable, type Column } from '../ui/table.js';
import { existingFor, personByName, promiseById } from './lookup.js';
import { closingBlocker, loadRepair, viewOf, type RepairView } from './repair-load.js';
import { walk } from './repair-walk.js';
import { say } from '../ui/wrap.js';

export interface RepairOptions {
  person?: string;
  cause?: string;
  resume?: string;
  list?: boolean;
  show?: string;
  close?: string;
  abandon?: string;
  learned?: string;
  force?: boolean;
  json?: boolean;
  markdown?: boolean;
}

const NEEDS_TERMINAL = 'Working through a repair needs a terminal to answer in.';
const WITHOUT_TERMINAL = '`trust repair --list` and `trust repair --show <id>` work without one.';

export async function repair(promiseId: string | undefined, opts: RepairOptions, ctx: Context): Promise<RepairView | RepairView[] | null> {
  if (opts.list) return list(opts, ctx);
  if (opts.show !== undefined) return show(opts.show, opts, ctx);
  if (opts.close !== undefined) return close(opts.close, opts, ctx);
  if (opts.abandon !== undefined) return abandon(opts.abandon, opts, ctx);

  const cause = opts.cause === undefined ? undefined : parseCause(opts.cause);
  if (!ctx.interactive) throw usageError(NEEDS_TERMINAL, WITHOUT_TERMINAL);
  if (opts.resume !== undefined) return resume(opts.resume, ctx);
  if (promiseId !== undefined) return fromPromise(promiseId, cause, ctx);
  if (opts.person !== undefined) return start(await personOrNew(opts.person, ctx), null, cause, ctx);
  return chooseAndStart(cause, ctx);
}

/** Continues a repair; one that was set aside is taken up again first. */
async function resume(idText: string, ctx: Context) {
  const db = ctx.db('write');
  const view = loadRepair(db, idText, ctx.now);
  const id = view.repair.id;
  if (view.repair.state === 'done') throw new TrustError(`Repair #${id} is already done.`, 1, `See it with \`trust repair --show ${id}\`.`);
  if (view.repair.state === 'abandoned') {
    writeTx(db, () => reopenRepair(db, id, ctx.now));
    say(ctx, `Repair #${id} was set aside; it is in progress again, and its answers are where you left them.`);
    return walk(viewOf(db, getRepair(db, id)!, ctx.now), ctx, true);
  }
  return walk(view, ctx, true);
}

function parseCause(text: string): Cause {
  const cause = CAUSES.find((c) => c === text.trim().toLowerCase());
  if (!cause) throw usageError(`"${text}" is not a cause.`, `Use one of: ${CAUSES.join(', ')}.`);
  return cause;
}

async function fromPromise(idText: string, cause: Cause | undefined, ctx: Context) {
  const db = ctx.db('read');
  const promise = promiseById(db, idText);
  if (promise.status !== 'broken') {
    throw new TrustError(
      `Promise #${promise.id} is ${promise.status}, not broken; a repair starts from a broken promise.`,
      1,
      `If trust was damaged some other way, start with \`trust repair --person "${promise.person}"\`.`,
    );
  }
  const existing = repairForPromise(db, promise.id);
  if (existing && existing.state === 'in progress') return walk(viewOf(db, existing, ctx.now), ctx, true);
  if (existing) {
    const next = existing.state === 'abandoned' ? `Take it up again with \`trust repair --resume ${existing.id}\`.` : `See it with \`trust repair --show ${existing.id}\`.`;
    throw new TrustError(`Promise #${promise.id} already has a repair (#${existing.id}, ${existing.state}).`, 1, next);
  }
  return start(findPerson(db, promise.person)!, promise.id, cause, ctx);
}

async function personOrNew(name: string, ctx: Context): Promise<PersonRecord | { name: string }> {
  const found = await existingFor(ctx.db('read'), name, ctx);
  if (found) return found;
  const add = await ctx.prompt.confirm({ message: `${name.trim()} is not in your journal yet. Add them?`, default: true });
  if (!add) return personByName(ctx.db('read'), name); // throws the usual "nobody called …" error
  return { name: name.trim() };
}

/** Plain `trust repair`: offer recent broken promises, open repairs, or someone else. */
async function chooseAndStart(cause: Cause | undefined, ctx: Context) {
  const db = ctx.db('write');
  type Pick = { promise: number } | { resume: number } | { other: true };
  const broken = brokenWithoutRepair(db, 8);
  const open = listRepairs(db, { includeClosed: false, limit: 8 }).map((r) => viewOf(db, r, ctx.now));
  let pick: Pick = { other: true };
  if (broken.length + open.length > 0) {
    pick = await ctx.prompt.select<Pick>({
      message: 'What would you like to repair?',
      choices: [
        ...broken.map((b) => ({ name: `#${b.id} ${b.text} → ${b.person} (broken ${formatInstant(b.resolvedAt, ctx.now, false)})`, value: { promise: b.id } })),
        ...open.map((v) => ({ name: `Continue repair #${v.repair.id} with ${v.repair.person} (${v.progress.done}/${v.progress.total}, next: ${v.next?.title ?? 'close'})`, value: { resume: v.repair.id } })),
        { name: 'Someone else: trust damaged without a logged promise', value: { other: true } },
      ],
    });
  }
  if ('promise' in pick) return fromPromise(String(pick.promise), cause, ctx);
  if ('resume' in pick) return walk(open.find((v) => v.repair.id === pick.resume)!, ctx, true);
  const person = await pickPerson(ctx.prompt, peopleByRecency(db), 'Whose trust do you want to repair?');
  if ('existing' in person) return start(person.existing, null, cause, ctx);
  return start((await existingFor(db, person.newName, ctx)) ?? { name: person.newName }, null, cause, ctx);
}

async function start(person: PersonRecord | { name: string }, promiseId: number | null, cause: Cause | undefined, ctx: Context) {
  const relation = 'id' in person ? undefined : await askRelation(ctx.prompt, person.name);
  const chosen =
    cause ??
    (await ctx.prompt.select<Cause>({
      message: 'What damaged the trust?',
      choices: CAUSES.map((c) => ({ name: CAUSE_LABEL[c], value: c })),
    }));
  const db = ctx.db('write');
  const id = writeTx(db, () => {
    const personId = 'id' in person ? person.id : personNamed(db, person.name, relation!, ctx.now).id;
    return insertRepair(db, { personId, promiseId, cause: chosen, checklistVersion: CHECKLIST_VERSION }, ctx.now);
  });
  return walk(viewOf(db, getRepair(db, id)!, ctx.now), ctx, false);
}

// Narrow, what to do next outlasts how far along and why (see ColumnFit).
const REPAIR_COLUMNS: readonly Column[] = [
  ['#', 'id', { priority: 1 }],
  ['With', 'name', { priority: 2 }],
  ['Cause', 'label', { priority: 7 }],
  ['State', 'label', { priority: 3 }],
  ['Steps', 'number', { priority: 6 }],
  ['Next step', 'cut', { priority: 4 }],
  ['Next check-in', 'date', { priority: 5 }],
];

async function list(opts: RepairOptions, ctx: Context): Promise<RepairView[]> {
  const db = ctx.db('read');
  const views = listRepairs(db, { includeClosed: true, limit: 30 }).map((r) => viewOf(db, r, ctx.now));
  if (opts.json) {
    writeJson(ctx.out, views.map((v) => repairJson(v, ctx.now)));
    return views;
  }
  if (views.length === 0) {
    say(ctx, 'No repairs yet. After a broken promise, `trust repair <id>` walks you through making it right.');
    return views;
  }
  const rows = views.map((v) => [
    String(v.repair.id),
    v.repair.person,
    v.repair.cause,
    v.repair.state,
    `${v.progress.done}/${v.progress.total}`,
    v.next?.title ?? '–',
    // A closed repair has no check-in ahead, whatever its dates said.
    checkinCell(v.repair.state === 'in progress' ? v.checkins.find((c) => c.state !== 'met')?.date : undefined, ctx.now),
  ]);
  ctx.out.write(renderTable(REPAIR_COLUMNS, rows, ctx.c, ctx.columns) + '\n');
  return views;
}

/** A check-in date as every other date reads: "Wed 25 Nov (in 3 days)". */
function checkinCell(date: string | undefined, now: Date): string {
  if (date === undefined) return '–';
  const day = { date, time: null };
  return `${formatDay(day, now)} (${relativeDue(day, now)})`;
}

async function show(idText: string, opts: RepairOptions, ctx: Context): Promise<RepairView> {
  const view = loadRepair(ctx.db('read'), idText, ctx.now);
  if (opts.json) writeJson(ctx.out, repairJson(view, ctx.now));
  else if (opts.markdown) ctx.out.write(renderRepairMarkdown(view, ctx.now));
  else say(ctx, renderRepair(view, ctx.now, ctx.c));
  return view;
}

function checkInProgress(view: RepairView): void {
  if (view.repair.state !== 'in progress') {
    throw new TrustError(`Repair #${view.repair.id} is already ${view.repair.state}.`, 1, `See it with \`trust repair --show ${view.repair.id}\`.`);
  }
}

async function close(idText: string, opts: RepairOptions, ctx: Context): Promise<RepairView> {
  const db = ctx.db('read');
  const view = loadRepair(db, idText, ctx.now);
  checkInProgress(view);
  const blocker = closingBlocker(view);
  if (blocker && opts.force !== true) throw new TrustError(blocker.message, 1, blocker.hint);
  let learned = cleanNote(opts.learned);
  if (learned === null) {
    if (!ctx.interactive) throw usageError('Closing a repair asks what you learned; with no terminal, give it with --learned.', `For example: trust repair --close ${view.repair.id} --learned "Say early when a date slips"`);
    learned = cleanNote(await ctx.prompt.input({ message: 'What did this teach you?', validate: (v) => v.trim() !== '' || 'A sentence is enough.' }));
  }
  writeTx(db, () => {
    saveAnswer(db, view.repair.id, { key: 'close', title: 'Close' }, { learned }, ctx.now);
    closeRepair(db, view.repair.id, 'done', learned, ctx.now);
  });
  const after = viewOf(db, getRepair(db, view.repair.id)!, ctx.now);
  if (opts.json) writeJson(ctx.out, repairJson(after, ctx.now));
  else say(ctx, `${ctx.c.green('✓')} Repair #${view.repair.id} with ${view.repair.person} is closed.`);
  return after;
}

async function abandon(idText: string, opts: RepairOptions, ctx: Context): Promise<RepairView> {
  const db = ctx.db('read');
  const view = loadRepair(db, idText, ctx.now);
  checkInProgress(view);
  writeTx(db, () => closeRepair(db, view.repair.id, 'abandoned', null, ctx.now));
  const after = viewOf(db, getRepair(db, view.repair.id)!, ctx.now);
  if (opts.json) writeJson(ctx.out, repairJson(after, ctx.now));
  else say(ctx, `Repair #${view.repair.id} is set aside. Its answers stay in your journal; take it up again with: trust repair --resume ${view.repair.id}`);
  return after;
}
