/**
 * trust list: promises, open ones by default, soonest due first. Long listings are cut at
 * --limit and say how many more there are.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { parseDayOrThrow } from '../domain/dates.js';
import { dueKey, momentKey, parseStatusFilter } from '../domain/promise.js';
import { listPromises, type StoredPromise } from '../store/promises.js';
import { colourStatus, dueCell, formatInstant } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { personByName } from './lookup.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export const DEFAULT_LIMIT = 20;

/**
 * The columns of a listing of promises, and which give way first when narrow (see ColumnFit).
 * Left out without a word: the person, when the screen is about one person already; the status,
 * when every promise listed is open, as the due date says which are overdue. Otherwise the
 * outcome of a resolved promise matters more than when it was due.
 */
function promiseColumns(personKnown: boolean, allOpen: boolean): Column[] {
  const unsaid = { priority: 9, quiet: true };
  const h = t().views.head;
  return [
    [h.id(), 'id', { priority: 1 }],
    [h.promise(), 'wrap', { priority: 2 }],
    [h.to(), 'name', personKnown ? unsaid : { priority: 5 }],
    [h.due(), 'date', { priority: allOpen ? 3 : 4 }],
    [h.status(), 'date', allOpen ? unsaid : { priority: 3 }],
  ];
}

export interface ListOptions {
  person?: string;
  status?: string;
  overdue?: boolean;
  dueBefore?: string;
  limit?: string | number;
  json?: boolean;
}

/** --limit as typed, or its default, which commander gives as a number. */
export function parseLimit(value: string | number | undefined, fallback = DEFAULT_LIMIT): number {
  if (value === undefined) return fallback;
  const text = String(value);
  if (!/^\d{1,6}$/.test(text.trim()) || Number(text) < 1) throw usageError(t().views.badLimit({ text }), t().views.badLimitHint());
  return Number(text);
}

export async function list(opts: ListOptions, ctx: Context): Promise<{ items: StoredPromise[]; total: number }> {
  const status = opts.status === undefined ? 'open' : parseStatusFilter(opts.status);
  const limit = parseLimit(opts.limit);
  const dueBy = opts.dueBefore === undefined ? undefined : dueKey(parseDayOrThrow(opts.dueBefore, ctx.now, 'future', '--due-before'));
  const db = ctx.db('read');
  const personId = opts.person === undefined ? undefined : personByName(db, opts.person).id;
  const result = listPromises(db, {
    personId,
    status: opts.overdue ? 'open' : status,
    overdueAt: opts.overdue ? momentKey(ctx.now) : undefined,
    dueBy,
    limit,
  });

  if (opts.json) {
    writeJson(ctx.out, { total: result.total, shown: result.items.length, promises: result.items.map((p) => promiseJson(p, ctx.now)) });
    return result;
  }
  if (result.items.length === 0) {
    const which = opts.overdue ? 'overdue' : status === 'all' ? 'all' : 'status';
    const said = { which, status: t().words.status[status](), person: opts.person?.trim() ?? '' };
    say(ctx, opts.person ? t().views.noneTo(said) : t().views.none(said));
    return result;
  }
  ctx.out.write(promiseTable(result.items, ctx, personId !== undefined) + '\n');
  const more = result.total - result.items.length;
  if (more > 0) say(ctx, ctx.c.dim(t().views.more({ more, total: result.total })));
  return result;
}

/** `personKnown`: every promise is to the one person the screen is about. */
export function promiseTable(items: StoredPromise[], ctx: Context, personKnown = false): string {
  const rows = items.map((p) => [
    String(p.id),
    p.text,
    p.person,
    dueCell(p, ctx.now),
    p.status === 'open' || !p.resolvedAt ? colourStatus(p, ctx.now, ctx.c) : [colourStatus(p, ctx.now, ctx.c), formatInstant(p.resolvedAt, ctx.now)],
  ]);
  return renderTable(promiseColumns(personKnown, items.every((p) => p.status === 'open')), rows, ctx.c, ctx.columns);
}
