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
import { apologiesFor } from '../store/apologies.js';
import { apologyDelayDays } from '../domain/apology-time.js';
import { colourStatus, dueCell, formatDay, formatInstant } from '../ui/format.js';
import { eventJson, promiseJson, writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { wrap } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

function historyColumns(): readonly Column[] {
  const h = t().views.historyHead;
  return [
    [h.when(), 'date'],
    [h.what(), 'label'],
    [h.details(), 'wrap'],
  ];
}

export async function show(idText: string, opts: { json?: boolean }, ctx: Context): Promise<void> {
  const db = ctx.db('read');
  const id = parseId(idText);
  const p = getPromise(db, id);
  // Deleted promises can still be looked at here: their history is the record of the deletion.
  if (!p) throw notFound(t().people.noPromise({ id }), t().people.noPromiseHint());
  const events = promiseEvents(db, id);
  const repairs = repairsOf(db, p);
  const apologies = apologiesFor(db, p.id);
  if (opts.json) {
    const json = promiseJson(p, ctx.now);
    // A deleted promise is not overdue: it is no longer owed.
    if (p.deletedAt) json.overdue = false;
    writeJson(ctx.out, {
      ...json,
      deletedAt: p.deletedAt?.toISOString() ?? null,
      partOfRepair: repairJsonRef(repairs.partOf),
      repair: repairJsonRef(repairs.own),
      apologies: apologies.map((a) => ({ saidAt: a.saidAt.toISOString(), note: a.note })),
      history: events.map(eventJson),
    });
    return;
  }
  const { c, now } = ctx;
  const m = t().views;
  const lines = [
    c.bold(`#${p.id} ${p.text}`),
    m.to({ person: p.person }),
    m.made({ when: formatInstant(p.madeAt, now) }),
    m.due({ due: dueCell(p, now).join(' ') }),
    // A deleted promise is out of every list and count, so it is neither open nor overdue; what
    // became of it before the deletion is in the history below.
    p.deletedAt
      ? m.status({ status: c.red(m.deleted()) })
      : p.resolvedAt
        ? m.statusOn({ status: colourStatus(p, now, c), when: formatInstant(p.resolvedAt, now) })
        : m.status({ status: colourStatus(p, now, c) }),
  ];
  if (p.cue) lines.push(m.cue({ cue: p.cue }));
  if (p.note) lines.push(m.note({ note: p.note }));
  for (const a of apologies) {
    const days = p.resolvedAt ? apologyDelayDays(p.resolvedAt, a.saidAt) : 0;
    lines.push(t().apology.shown({ when: formatInstant(a.saidAt, now, false), days }), ...(a.note ? [t().apology.shownNote({ note: a.note })] : []));
  }
  lines.push(...repairLines(p, repairs));
  if (p.deletedAt) lines.push(c.red(m.deletedOn({ when: formatInstant(p.deletedAt, now) })));
  const rows = events.map((e, i) => [formatInstant(e.at, now), m.event[e.kind](), describeEvent(e, now, events.slice(0, i))]);
  // The history table fits itself; the lines above it are prose.
  ctx.out.write(`${wrap(lines.join('\n'), ctx.columns)}\n\n${renderTable(historyColumns(), rows, ctx.c, ctx.columns)}\n`);
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
  const m = t().views;
  const state = t().repair.state;
  if (partOf) lines.push(m.partOf({ id: partOf.id, person: partOf.person, state: state[partOf.state]() }));
  if (own) lines.push(m.repair({ id: own.id, state: state[own.state]() }));
  // A deleted promise cannot be repaired, so it is not offered.
  else if (p.status === 'broken' && !p.deletedAt) lines.push(m.noRepair({ id: p.id }));
  return lines;
}

const dayText = (d: unknown, now: Date) => (d ? formatDay(d as Day, now) : t().views.noDate());

const OUTCOMES: ReadonlySet<string> = new Set(['kept', 'broken', 'released']);

/**
 * A history row in words: "Fri 27 Nov → Mon 30 Nov", "text: "Send deck" → "Send the deck"".
 * `earlier` is the history before it: a reopening names the outcome it undid.
 */
export function describeEvent(e: PromiseEvent, now: Date, earlier: PromiseEvent[] = []): string {
  const parts: string[] = [];
  const m = t().views;
  if (e.kind === 'reopened') {
    const undone = [...earlier].reverse().find((x) => OUTCOMES.has(x.kind));
    parts.push(undone ? m.openAgainUndid({ kind: m.event[undone.kind](), when: formatInstant(undone.at, now) }) : m.openAgain());
  }
  if (e.kind === 'renegotiated' && e.detail) parts.push(`${dayText(e.detail.from, now)} → ${dayText(e.detail.to, now)}`);
  if (e.kind === 'edited' && e.detail) {
    const from = e.detail.from as Record<string, unknown>;
    const to = e.detail.to as Record<string, unknown>;
    for (const key of Object.keys(to)) {
      const show = (v: unknown) => (key === 'due' ? dayText(v, now) : v === null ? m.nothing() : JSON.stringify(v));
      const field = (m.field as Record<string, (() => string) | undefined>)[key]?.() ?? key;
      parts.push(m.change({ field, from: show(from[key]), to: show(to[key]) }));
    }
  }
  if (e.at.getTime() !== e.recordedAt.getTime()) parts.push(m.recorded({ when: formatInstant(e.recordedAt, now) }));
  const origin = importOrigin(e.detail);
  if (origin) parts.push(origin);
  if (e.note) parts.push(e.note);
  return parts.join(m.detailSeparator());
}

const UNSHOWABLE = new RegExp(CONTROL.source, 'g');

/** A change an import made: "from import of journal.json". The file name is as it was on disk, so anything that would rewrite the terminal is masked. */
function importOrigin(detail: Record<string, unknown> | null): string | null {
  if (detail?.origin !== 'import') return null;
  const m = t().views;
  return typeof detail.file === 'string' && detail.file !== '' ? m.fromImportOf({ file: detail.file.replace(UNSHOWABLE, '?') }) : m.fromImport();
}
