/**
 * trust stats (or trust streak): the streaks and how reliable you are, overall and per person,
 * without the weekly frame.
 */
import type { Context } from '../context.js';
import { streaksNow } from '../domain/review.js';
import { keepRate, RELIABILITY_HALF_LIFE, strength, STRENGTH_AFTER } from '../domain/streaks.js';
import { reviewedWeeks } from '../store/reviews.js';
import { personReliability, readJournalStats, readWeekStats } from '../store/stats.js';
import { percent, plural } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { parseLimit } from './list.js';
import { wrap } from '../ui/wrap.js';

/**
 * The share kept, and the strength (see `strength`: null until STRENGTH_AFTER were kept or
 * broken). `score` is the raw stored figure, kept in --json for scripts that read it.
 */
function reliability(t: { kept: number; broken: number; score: number }) {
  const counted = t.kept + t.broken;
  return { kept: t.kept, broken: t.broken, keepRate: keepRate(t), strength: strength(t.score, counted), score: counted === 0 ? null : t.score };
}

const byStrength = (a: { strength: number | null }, b: { strength: number | null }) => (b.strength ?? -1) - (a.strength ?? -1);

// Sorted by strength, so it stays the longest after the name (see ColumnFit).
const STATS_COLUMNS: readonly Column[] = [
  ['Person', 'name', { priority: 1 }],
  ['Relation', 'label', { priority: 6 }],
  ['Kept', 'number', { priority: 4 }],
  ['Broken', 'number', { priority: 5 }],
  ['Keep rate', 'number', { priority: 3 }],
  ['Strength', 'number', { priority: 2 }],
];

export async function stats(opts: { json?: boolean; limit?: string | number }, ctx: Context) {
  const limit = parseLimit(opts.limit, 20);
  const db = ctx.db('read');
  const journal = readJournalStats(db);
  const streaks = streaksNow(journal.streak, readWeekStats(db), reviewedWeeks(db), ctx.now);
  const overall = reliability(journal);
  // Stable sort: equal strengths keep the store's order.
  const people = personReliability(db).map((p) => ({ name: p.name, relation: p.relation, ...reliability(p) })).sort(byStrength);
  const result = { streaks, overall, people, halfLife: RELIABILITY_HALF_LIFE, strengthAfter: STRENGTH_AFTER };
  if (opts.json) {
    writeJson(ctx.out, result);
    return result;
  }
  const { c } = ctx;
  const s = streaks;
  // Prose is fitted to the width line by line; the table fits itself.
  const fit = (text: string) => wrap(text, ctx.columns);
  const lines = [
    c.bold('Streaks'),
    `  Keep streak: ${s.keep.current} kept in a row (best ${s.keep.best})${s.keep.currentLate ? `, ${s.keep.currentLate} of them late` : ''}`,
    `  Clean weeks: ${s.cleanWeeks.current} (best ${s.cleanWeeks.best})`,
    `  Reviews:     ${plural(s.reviews.current, 'week')} (best ${s.reviews.best})`,
    '',
    c.bold('Reliability'),
    `  Kept ${overall.kept} of ${overall.kept + overall.broken} kept or broken: ${percent(overall.keepRate)}`,
    strengthLine(overall.strength, overall.kept + overall.broken, c),
  ].map(fit);
  if (people.length > 0) {
    const rows = people.slice(0, limit).map((p) => [p.name, p.relation, String(p.kept), String(p.broken), percent(p.keepRate), percent(p.strength)]);
    lines.push('', renderTable(STATS_COLUMNS, rows, ctx.c, ctx.columns));
    if (people.slice(0, limit).some((p) => p.strength === null)) lines.push(fit(c.dim(`Strength – : it builds after ${STRENGTH_AFTER} kept or broken.`)));
    if (people.length > limit) lines.push(fit(c.dim(`…and ${people.length - limit} more: trust stats --limit ${people.length}`)));
  } else lines.push('', fit(c.dim('Nothing kept or broken yet: the figures start with your first resolved promise.')));
  ctx.out.write(lines.join('\n') + '\n');
  return result;
}

function strengthLine(value: number | null, counted: number, c: Context['c']): string {
  if (value === null) return `  Strength: – ${c.dim(`(builds after ${STRENGTH_AFTER} kept or broken; ${counted} so far)`)}`;
  return `  Strength: ${percent(value)} ${c.dim(`(the share kept, with recent promises weighing more: the latest counts fully, the one ${RELIABILITY_HALF_LIFE} promises before it half as much)`)}`;
}
