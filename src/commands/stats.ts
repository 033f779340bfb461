/**
 * trust stats (or trust streak): the streaks and how reliable you are, overall and per person,
 * without the weekly frame.
 */
import type { Context } from '../context.js';
import { streaksNow } from '../domain/review.js';
import { keepRate, RELIABILITY_HALF_LIFE, strength, STRENGTH_AFTER } from '../domain/streaks.js';
import { reviewedWeeks } from '../store/reviews.js';
import { personReliability, readJournalStats, readWeekStats } from '../store/stats.js';
import { t } from '../i18n/messages.js';
import { percent } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { renderTable, type Column } from '../ui/table.js';
import { parseLimit } from './list.js';
import { wrap } from '../ui/wrap.js';
import { calibrationSection, statsCalibration } from './stats-calibration.js';
import { apologyTimes } from '../store/apologies.js';
import { apologyDelayDays, medianDays } from '../domain/apology-time.js';

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
function statsColumns(): readonly Column[] {
  const h = t().stats.head;
  return [
    [h.person(), 'name', { priority: 1 }],
    [h.relation(), 'label', { priority: 6 }],
    [h.kept(), 'number', { priority: 4 }],
    [h.broken(), 'number', { priority: 5 }],
    [h.keepRate(), 'number', { priority: 3 }],
    [h.strength(), 'number', { priority: 2 }],
  ];
}

export async function stats(opts: { json?: boolean; limit?: string | number }, ctx: Context) {
  const limit = parseLimit(opts.limit, 20);
  const db = ctx.db('read');
  const journal = readJournalStats(db);
  const streaks = streaksNow(journal.streak, readWeekStats(db), reviewedWeeks(db), ctx.now);
  const overall = reliability(journal);
  // Stable sort: equal strengths keep the store's order.
  const reliable = personReliability(db);
  const people = reliable.map((p) => ({ name: p.name, relation: p.relation, ...reliability(p) })).sort(byStrength);
  const calibration = statsCalibration(db, reliable, limit, ctx.now);
  const apologies = apologySummary(apologyTimes(db));
  const result = { streaks, overall, people, halfLife: RELIABILITY_HALF_LIFE, strengthAfter: STRENGTH_AFTER, calibration, apologies };
  if (opts.json) {
    writeJson(ctx.out, result);
    return result;
  }
  const { c } = ctx;
  const m = t().stats;
  const s = streaks;
  // Prose is fitted to the width line by line; the table fits itself.
  const fit = (text: string) => wrap(text, ctx.columns);
  const lines = [
    c.bold(m.streaks()),
    s.keep.currentLate
      ? m.keepStreakLate({ current: s.keep.current, best: s.keep.best, late: s.keep.currentLate })
      : m.keepStreak({ current: s.keep.current, best: s.keep.best }),
    m.cleanWeeks({ current: s.cleanWeeks.current, best: s.cleanWeeks.best }),
    m.reviews({ current: s.reviews.current, best: s.reviews.best }),
    '',
    c.bold(m.reliability()),
    m.kept({ kept: overall.kept, counted: overall.kept + overall.broken, rate: percent(overall.keepRate) }),
    strengthLine(overall.strength, overall.kept + overall.broken, c),
  ].map(fit);
  if (people.length > 0) {
    const rows = people.slice(0, limit).map((p) => [p.name, t().words.relation[p.relation](), String(p.kept), String(p.broken), percent(p.keepRate), percent(p.strength)]);
    lines.push('', renderTable(statsColumns(), rows, ctx.c, ctx.columns));
    if (people.slice(0, limit).some((p) => p.strength === null)) lines.push(fit(c.dim(m.strengthDash({ after: STRENGTH_AFTER }))));
    if (people.length > limit) lines.push(fit(c.dim(m.morePeople({ count: people.length - limit, total: people.length }))));
  } else lines.push('', fit(c.dim(m.nothingYet())));
  lines.push('', ...calibrationSection(calibration, ctx), '', ...apologySection(apologies, ctx).map(fit));
  ctx.out.write(lines.join('\n') + '\n');
  return result;
}

function strengthLine(value: number | null, counted: number, c: Context['c']): string {
  const m = t().stats;
  if (value === null) return m.strengthLine({ strength: m.strength({ value: '–' }), note: c.dim(m.strengthBuilds({ after: STRENGTH_AFTER, counted })) });
  return m.strengthLine({ strength: m.strength({ value: percent(value) }), note: c.dim(m.strengthMeans({ halfLife: RELIABILITY_HALF_LIFE })) });
}

/** Time from break to apology: early repair attempts are the ones that work (Gottman). */
function apologySummary({ pairs, without }: ReturnType<typeof apologyTimes>) {
  return { count: pairs.length, medianDays: medianDays(pairs.map((p) => apologyDelayDays(p.brokenAt, p.apologisedAt))), without };
}

function apologySection(a: ReturnType<typeof apologySummary>, ctx: Context): string[] {
  const m = t().apology;
  const lines = [ctx.c.bold(m.statsTitle())];
  lines.push(a.medianDays === null ? m.statsNone() : m.statsLine({ days: a.medianDays, count: a.count }));
  if (a.without > 0) lines.push(m.statsWithout({ count: a.without }));
  return lines;
}
