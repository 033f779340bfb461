/**
 * trust repair: start, resume, list, show, close or abandon a repair after trust was damaged.
 * Starting and resuming are interactive; everything else works without a terminal.
 */
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { CAUSES, CHECKLIST_VERSION, causeLabel, type Cause } from '../domain/checklist.js';
import type { RepairState } from '../domain/repair.js';
import { t } from '../i18n/messages.js';
import { cleanNote, type PersonRecord } from '../domain/promise.js';
import { peopleByRecency, findPerson, personNamed } from '../store/people.js';
import { countRepairs, brokenWithoutRepair, closeRepair, getRepair, insertRepair, listRepairs, reopenRepair, repairForPromise, saveAnswer } from '../store/repairs.js';
import { writeTx } from '../store/tx.js';
import { formatDay, formatInstant, relativeDue } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { askNewPerson, pickPerson } from '../ui/questions.js';
import { renderRepair, renderRepairMarkdown, repairJson } from '../ui/repair-render.js';
import { renderTable, type Column } from '../ui/table.js';
import { existingFor, personByName, promiseById } from './lookup.js';
import { closingBlocker, loadRepair, viewOf, type RepairView } from './repair-load.js';
import { walk } from './repair-walk.js';
import { say } from '../ui/wrap.js';
import { parseLimit } from './list.js';

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
  /** With --list: how many to show (commander gives the default as a number). */
  limit?: string | number;
  /** With a broken promise: note an apology already made (true: today), without a repair. */
  apologised?: string | boolean;
  /** With --apologised: what was said. */
  note?: string;
}

/** A repair's state in words ("in progress", 「進行中」). */
export const stateWord = (state: RepairState): string => t().repair.state[state]();

export async function repair(promiseId: string | undefined, opts: RepairOptions, ctx: Context): Promise<RepairView | RepairView[] | null> {
  if (opts.list) return list(opts, ctx);
  if (opts.show !== undefined) return show(opts.show, opts, ctx);
  if (opts.close !== undefined) return close(opts.close, opts, ctx);
  if (opts.abandon !== undefined) return abandon(opts.abandon, opts, ctx);

  if (opts.apologised !== undefined) {
    const when = opts.apologised === true ? t().dates.today() : String(opts.apologised);
    await (await import('./broken-offer.js')).noteApology(promiseById(ctx.db('read'), promiseId!), when, opts.note ?? '', ctx, opts.json === true);
    return null;
  }
  const cause = opts.cause === undefined ? undefined : parseCause(opts.cause);
  if (!ctx.interactive) throw usageError(t().repair.needsTerminal(), t().repair.withoutTerminal());
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
  if (view.repair.state === 'done') throw new TrustError(t().repair.alreadyState({ id, state: stateWord('done') }), 1, t().repair.seeIt({ id }));
  if (view.repair.state === 'abandoned') {
    writeTx(db, () => reopenRepair(db, id, ctx.now));
    say(ctx, t().repair.takenUpAgain({ id }));
    return walk(viewOf(db, getRepair(db, id)!, ctx.now), ctx, true);
  }
  return walk(view, ctx, true);
}

function parseCause(text: string): Cause {
  const cause = CAUSES.find((c) => c === text.trim().toLowerCase());
  if (!cause) throw usageError(t().repair.notACause({ text }), t().repair.causesAre({ causes: CAUSES.join(', ') }));
  return cause;
}

async function fromPromise(idText: string, cause: Cause | undefined, ctx: Context) {
  const db = ctx.db('read');
  const promise = promiseById(db, idText);
  if (promise.status !== 'broken') {
    throw new TrustError(t().repair.notBroken({ id: promise.id, status: t().repair.promiseStatus[promise.status]() }), 1, t().repair.startWithPerson({ person: promise.person }));
  }
  const existing = repairForPromise(db, promise.id);
  if (existing && existing.state === 'in progress') return walk(viewOf(db, existing, ctx.now), ctx, true);
  if (existing) {
    const next = existing.state === 'abandoned' ? t().repair.takeUpAgain({ id: existing.id }) : t().repair.seeIt({ id: existing.id });
    throw new TrustError(t().repair.alreadyHasRepair({ id: promise.id, repair: existing.id, state: stateWord(existing.state) }), 1, next);
  }
  return start(findPerson(db, promise.person)!, promise.id, cause, ctx);
}

async function personOrNew(name: string, ctx: Context): Promise<PersonRecord | { name: string }> {
  const found = await existingFor(ctx.db('read'), name, ctx);
  if (found) return found;
  const add = await ctx.prompt.confirm({ message: t().repair.addPerson({ name: name.trim() }), default: true });
  if (!add) return personByName(ctx.db('read'), name); // throws the usual "nobody called …" error
  return { name: name.trim() };
}

/** Plain `trust repair`: offer recent broken promises, open repairs, or someone else. */
async function chooseAndStart(cause: Cause | undefined, ctx: Context) {
  const db = ctx.db('write');
  const words = t().repair;
  type Pick = { promise: number } | { resume: number } | { other: true };
  const broken = brokenWithoutRepair(db, 8);
  const open = listRepairs(db, { includeClosed: false, limit: 8 }).map((r) => viewOf(db, r, ctx.now));
  let pick: Pick = { other: true };
  if (broken.length + open.length > 0) {
    pick = await ctx.prompt.select<Pick>({
      message: words.whatToRepair(),
      choices: [
        ...broken.map((b) => ({ name: words.brokenChoice({ id: b.id, text: b.text, person: b.person, when: formatInstant(b.resolvedAt, ctx.now, false) }), value: { promise: b.id } })),
        ...open.map((v) => ({
          name: words.continueChoice({ id: v.repair.id, person: v.repair.person, ...v.progress, next: v.next?.title ?? words.closeStep() }),
          value: { resume: v.repair.id },
        })),
        { name: words.someoneElse(), value: { other: true } },
      ],
    });
  }
  if ('promise' in pick) return fromPromise(String(pick.promise), cause, ctx);
  if ('resume' in pick) return walk(open.find((v) => v.repair.id === pick.resume)!, ctx, true);
  const person = await pickPerson(ctx.prompt, peopleByRecency(db), words.whose());
  if ('existing' in person) return start(person.existing, null, cause, ctx);
  return start((await existingFor(db, person.newName, ctx)) ?? { name: person.newName }, null, cause, ctx);
}

async function start(person: PersonRecord | { name: string }, promiseId: number | null, cause: Cause | undefined, ctx: Context) {
  const added = 'id' in person ? undefined : await askNewPerson(ctx.prompt, person.name);
  // A promise to yourself owes no apology: a short self-repair, with no harm to name.
  const self = ('id' in person ? person.relation : added!.relation) === 'self';
  const chosen =
    cause ??
    (self ? 'other' : null) ??
    (await ctx.prompt.select<Cause>({
      message: t().repair.whatDamaged(),
      choices: CAUSES.map((c) => ({ name: causeLabel(c), value: c })),
    }));
  const db = ctx.db('write');
  const id = writeTx(db, () => {
    const personId = 'id' in person ? person.id : personNamed(db, person.name, added!.relation, ctx.now, added!.rhythmDays).id;
    return insertRepair(db, { personId, promiseId, cause: chosen, checklistVersion: CHECKLIST_VERSION, ...(self ? { kind: 'self' as const } : {}) }, ctx.now);
  });
  return walk(viewOf(db, getRepair(db, id)!, ctx.now), ctx, false);
}

// Narrow, what to do next outlasts how far along and why (see ColumnFit).
function repairColumns(): readonly Column[] {
  const column = t().repair.column;
  return [
    [column.id(), 'id', { priority: 1 }],
    [column.person(), 'name', { priority: 2 }],
    [column.cause(), 'label', { priority: 7 }],
    [column.state(), 'label', { priority: 3 }],
    [column.steps(), 'number', { priority: 6 }],
    [column.next(), 'cut', { priority: 4 }],
    [column.checkin(), 'date', { priority: 5 }],
  ];
}

async function list(opts: RepairOptions, ctx: Context): Promise<RepairView[]> {
  const db = ctx.db('read');
  const limit = parseLimit(opts.limit, 30);
  const views = listRepairs(db, { includeClosed: true, limit }).map((r) => viewOf(db, r, ctx.now));
  if (opts.json) {
    writeJson(ctx.out, views.map((v) => repairJson(v, ctx.now)));
    return views;
  }
  if (views.length === 0) {
    say(ctx, t().repair.noRepairs());
    return views;
  }
  const rows = views.map((v) => [
    String(v.repair.id),
    v.repair.person,
    t().checklist.causeShort[v.repair.cause](),
    stateWord(v.repair.state),
    `${v.progress.done}/${v.progress.total}`,
    v.next?.title ?? '–',
    // A closed repair has no check-in ahead, whatever its dates said.
    checkinCell(v.repair.state === 'in progress' ? v.checkins.find((c) => c.state !== 'met')?.date : undefined, ctx.now),
  ]);
  ctx.out.write(renderTable(repairColumns(), rows, ctx.c, ctx.columns) + '\n');
  // Counted only when the list is full: there may be more, and the user should know.
  const total = views.length === limit ? countRepairs(db) : views.length;
  if (total > views.length) say(ctx, ctx.c.dim(t().repair.moreRepairs({ count: total - views.length, total })));
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
    throw new TrustError(t().repair.alreadyState({ id: view.repair.id, state: stateWord(view.repair.state) }), 1, t().repair.seeIt({ id: view.repair.id }));
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
    if (!ctx.interactive) throw usageError(t().repair.learnedNeeded(), t().repair.learnedExample({ id: view.repair.id }));
    learned = cleanNote(await ctx.prompt.input({ message: t().repair.whatLearned(), validate: (v) => v.trim() !== '' || t().repair.aSentence() }));
  }
  writeTx(db, () => {
    saveAnswer(db, view.repair.id, { key: 'close', title: t().checklist.steps.close.title() }, { learned }, ctx.now);
    closeRepair(db, view.repair.id, 'done', learned, ctx.now);
  });
  const after = viewOf(db, getRepair(db, view.repair.id)!, ctx.now);
  if (opts.json) writeJson(ctx.out, repairJson(after, ctx.now));
  else say(ctx, `${ctx.c.green('✓')} ${t().repair.closed({ id: view.repair.id, person: view.repair.person })}`);
  return after;
}

async function abandon(idText: string, opts: RepairOptions, ctx: Context): Promise<RepairView> {
  const db = ctx.db('read');
  const view = loadRepair(db, idText, ctx.now);
  checkInProgress(view);
  writeTx(db, () => closeRepair(db, view.repair.id, 'abandoned', null, ctx.now));
  const after = viewOf(db, getRepair(db, view.repair.id)!, ctx.now);
  if (opts.json) writeJson(ctx.out, repairJson(after, ctx.now));
  else say(ctx, t().repair.setAside({ id: view.repair.id }));
  return after;
}
