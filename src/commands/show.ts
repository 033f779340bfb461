/**
 * trust show <id>: one promise and everything that happened to it.
 */
import type { Context } from '../context.js';
import type { Day } from '../domain/dates.js';
import { CONTROL } from '../domain/promise.js';
import { parseId } from './lookup.js';
import { notFound } from '../errors.js';
import type { DB } from '../store/open.js';
import { getPromise, promiseEvents, type PromiseEvent, type StoredPromise } from '../store/promises.js';
import { getRepair, repairForPromise, type RepairRecord } from '../store/repairs.js';
import { colourStatus, dueCell, formatDay, formatInstant } from '../ui/format.js';
import { eventJson, promiseJson, writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { wrap } from '../ui/wrap.js';

const HISTORY_COLUMNS: readonly Column[] = [
  ['When', 'date'],
  ['What', 'label'],
  ['Details', 'wrap'],
];

export async function show(idText: string, opts: { json?: boolean }, ctx: Context): Promise<void> {
  const db = ctx.db('read');
  const id = parseId(idText);
  const p = getPromise(db, id);
  // Deleted promises can still be looked at here: their history is the record of the deletion.
  if (!p) throw notFound(`There is no promise #${id}.`, '`trust list --status all` shows every promise with its id.');
  const events = promiseEvents(db, id);
  const repairs = repairsOf(db, p);
  if (opts.json) {
    const json = promiseJson(p, ctx.now);
    // A deleted promise is not overdue: it is no longer owed.
    if (p.deletedAt) json.overdue = false;
    writeJson(ctx.out, {
      ...json,
      deletedAt: p.deletedAt?.toISOString() ?? null,
      partOfRepair: repairJsonRef(repairs.partOf),
      repair: repairJsonRef(repairs.own),
      history: events.map(eventJson),
    });
    return;
  }
  const { c, now } = ctx;
  const lines = [
    c.bold(`#${p.id} ${p.text}`),
    `To:      ${p.person}`,
    `Made:    ${formatInstant(p.madeAt, now)}`,
    `Due:     ${dueCell(p, now)}`,
    // A deleted promise is out of every list and count, so it is neither open nor overdue; what
    // became of it before the deletion is in the history below.
    `Status:  ${p.deletedAt ? c.red('deleted') : `${colourStatus(p, now, c)}${p.resolvedAt ? ' on ' + formatInstant(p.resolvedAt, now) : ''}`}`,
  ];
  if (p.note) lines.push(`Note:    ${p.note}`);
  lines.push(...repairLines(p, repairs));
  if (p.deletedAt) lines.push(c.red(`Deleted on ${formatInstant(p.deletedAt, now)}.`));
  const rows = events.map((e, i) => [formatInstant(e.at, now), e.kind, describeEvent(e, now, events.slice(0, i))]);
  // The history table fits itself; the lines above it are prose.
  ctx.out.write(`${wrap(lines.join('\n'), ctx.columns)}\n\n${renderTable(HISTORY_COLUMNS, rows, ctx.c, ctx.columns)}\n`);
}

interface Repairs {
  /** The repair this promise was made in, as one of its repair promises. */
  partOf: RepairRecord | null;
  /** The repair of this promise, when it was broken. */
  own: RepairRecord | null;
}

function repairsOf(db: DB, p: StoredPromise): Repairs {
  return {
    partOf: p.repairId === null ? null : getRepair(db, p.repairId),
    own: p.status === 'broken' ? repairForPromise(db, p.id) : null,
  };
}

const repairJsonRef = (r: RepairRecord | null) => (r ? { id: r.id, state: r.state } : null);

/** Where the promise stands with repairs: the one it belongs to, and for a broken one, its own or how to start it. */
function repairLines(p: StoredPromise, { partOf, own }: Repairs): string[] {
  const lines: string[] = [];
  if (partOf) lines.push(`Part of: repair #${partOf.id} with ${partOf.person}, ${partOf.state} — trust repair --show ${partOf.id}`);
  if (own) lines.push(`Repair:  #${own.id}, ${own.state} — trust repair --show ${own.id}`);
  // A deleted promise cannot be repaired, so it is not offered.
  else if (p.status === 'broken' && !p.deletedAt) lines.push(`Repair:  none started yet — trust repair ${p.id} walks you through one`);
  return lines;
}

const dayText = (d: unknown, now: Date) => (d ? formatDay(d as Day, now) : 'no date');

const OUTCOMES: ReadonlySet<string> = new Set(['kept', 'broken', 'released']);

/**
 * A history row in words: "Fri 27 Nov → Mon 30 Nov", "text: "Send deck" → "Send the deck"".
 * `earlier` is the history before it: a reopening names the outcome it undid.
 */
export function describeEvent(e: PromiseEvent, now: Date, earlier: PromiseEvent[] = []): string {
  const parts: string[] = [];
  if (e.kind === 'reopened') {
    const undone = [...earlier].reverse().find((x) => OUTCOMES.has(x.kind));
    parts.push(undone ? `open again; "${undone.kind}" of ${formatInstant(undone.at, now)} no longer counts` : 'open again');
  }
  if (e.kind === 'renegotiated' && e.detail) parts.push(`${dayText(e.detail.from, now)} → ${dayText(e.detail.to, now)}`);
  if (e.kind === 'edited' && e.detail) {
    const from = e.detail.from as Record<string, unknown>;
    const to = e.detail.to as Record<string, unknown>;
    for (const key of Object.keys(to)) {
      const show = (v: unknown) => (key === 'due' ? dayText(v, now) : v === null ? '(none)' : JSON.stringify(v));
      parts.push(`${key}: ${show(from[key])} → ${show(to[key])}`);
    }
  }
  if (e.at.getTime() !== e.recordedAt.getTime()) parts.push(`recorded ${formatInstant(e.recordedAt, now)}`);
  const origin = importOrigin(e.detail);
  if (origin) parts.push(origin);
  if (e.note) parts.push(e.note);
  return parts.join('; ');
}

const UNSHOWABLE = new RegExp(CONTROL.source, 'g');

/** A change an import made: "from import of journal.json". The file name is as it was on disk, so anything that would rewrite the terminal is masked. */
function importOrigin(detail: Record<string, unknown> | null): string | null {
  if (detail?.origin !== 'import') return null;
  return typeof detail.file === 'string' && detail.file !== '' ? `from import of ${detail.file.replace(UNSHOWABLE, '?')}` : 'from an import';
}
