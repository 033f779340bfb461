/**
 * What calibration reads (see src/domain/calibration.ts). The last few keeps with a person or
 * overall come newest first along the indexes of resolution times, stopping at the limit; the
 * keeps per week are kept up to date with the other figures (calibration_weeks, see stats.ts),
 * and one person's recent weeks are read through the index by person. No read grows with the
 * size of the journal.
 */
import { stmt } from './sqlite.js';
import type { DB } from './open.js';
import { TREND_WEEKS, trendWeeks, type Keep, type KeepTally } from '../domain/calibration.js';

// The unary + keeps SQLite off the index of statuses, which would read every kept promise ever
// instead of walking the resolutions back from the latest.
const KEPT_WITH_DUE = `resolved_at IS NOT NULL AND deleted_at IS NULL AND +status = 'kept' AND due_date IS NOT NULL`;

type Row = { due: string; at: string; late: number };
const toKeep = (r: Row): Keep => ({ due: r.due, keptAt: new Date(r.at), late: r.late === 1 });

/** The last `limit` promises kept with a due date, to one person or to anyone: newest first. */
export function recentKeeps(db: DB, personId: number | null, limit: number): Keep[] {
  const columns = 'due_date AS due, resolved_at AS at, late';
  const rows =
    personId === null
      ? stmt(db, `SELECT ${columns} FROM promises WHERE ${KEPT_WITH_DUE} ORDER BY resolved_at DESC, id DESC LIMIT ?`).all(limit)
      : stmt(db, `SELECT ${columns} FROM promises WHERE person_id = ? AND ${KEPT_WITH_DUE} ORDER BY resolved_at DESC, id DESC LIMIT ?`).all(personId, limit);
  return (rows as Row[]).map(toKeep);
}

type TallyRow = { week: string; kept: number; late: number; cued: number; cued_late: number };
const toTally = (r: TallyRow): KeepTally => ({ keeps: r.kept, late: r.late, cued: r.cued, cuedLate: r.cued_late });

/** Everyone's keeps per week, from `since` (a week key) on, or all of them. */
export function readCalibrationWeeks(db: DB, since = ''): Map<string, KeepTally> {
  const rows = stmt(db, 'SELECT * FROM calibration_weeks WHERE week >= ? ORDER BY week').all(since) as TallyRow[];
  return new Map(rows.map((r) => [r.week, toTally(r)]));
}

/** Everyone's keeps with a due date, the whole journal in one tally. */
export function calibrationTotal(db: DB): KeepTally {
  const r = stmt(
    db,
    'SELECT coalesce(sum(kept), 0) AS kept, coalesce(sum(late), 0) AS late, coalesce(sum(cued), 0) AS cued, coalesce(sum(cued_late), 0) AS cued_late FROM calibration_weeks',
  ).get() as TallyRow;
  return toTally(r);
}

/**
 * One person's keeps per week over the weeks of the change. Resolutions are found by time, with
 * a week's margin for a journal that moved across time zones; the week each was stored in decides.
 */
export function personTrendWeeks(db: DB, personId: number, now: Date): Map<string, KeepTally> {
  const first = trendWeeks(now)[0]!;
  const since = new Date(now.getTime() - (2 * TREND_WEEKS + 1) * 7 * 86_400_000).toISOString();
  const rows = stmt(
    db,
    `SELECT resolved_week AS week, count(*) AS kept, sum(late) AS late, sum(cue IS NOT NULL) AS cued, sum(late = 1 AND cue IS NOT NULL) AS cued_late
     FROM promises WHERE person_id = ? AND resolved_at >= ? AND ${KEPT_WITH_DUE} AND resolved_week >= ? GROUP BY resolved_week`,
  ).all(personId, since, first) as TallyRow[];
  return new Map(rows.map((r) => [r.week, toTally(r)]));
}
