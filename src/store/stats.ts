/**
 * Figures kept up to date as promises are made and resolved, so that reading them stays instant
 * at 100,000 promises: per-person tallies and strength, the keep streak and overall strength,
 * and kept/broken per ISO week. Making and resolving a promise in order updates them in the same
 * transaction; anything rarer (a resolution dated before the latest one, a deletion, an edit,
 * an import) recomputes them from the promises themselves. `computeStats` is that recomputation,
 * and the tests hold the kept figures to it.
 */
import { stmt } from './sqlite.js';
import type { DB } from './open.js';
import { stepKeepStreak, stepScore, type KeepStreak, type Resolution, type Tally, type WeekTally } from '../domain/streaks.js';
import { countInWeek } from '../domain/review.js';
import type { Outcome, Relation } from '../domain/promise.js';
import { countKeep, emptyTally, type KeepTally } from '../domain/calibration.js';

export interface PersonStats extends Tally {
  score: number;
  lastKey: string | null;
}

export interface JournalStats {
  streak: KeepStreak;
  score: number;
  kept: number;
  broken: number;
  lastKey: string | null;
}

export interface StatsSnapshot {
  journal: JournalStats;
  people: Map<number, PersonStats>;
  weeks: Map<string, WeekTally>;
  /** Promises kept with a due date, per week of resolution (src/domain/calibration.ts). */
  calibration: Map<string, KeepTally>;
}

/** Order of resolution: the time, then the id for resolutions in the same millisecond. */
export const resolutionKey = (resolvedAt: string, id: number) => `${resolvedAt}#${String(id).padStart(12, '0')}`;

const emptyPerson = (): PersonStats => ({ made: 0, open: 0, kept: 0, keptLate: 0, broken: 0, released: 0, score: 0, lastKey: null });
const emptyJournal = (): JournalStats => ({ streak: { current: 0, best: 0, currentLate: 0 }, score: 0, kept: 0, broken: 0, lastKey: null });

/**
 * Whether the journal has version 8's calibration figures (and version 7's cue they count):
 * upgrading from before version 5 recomputes the figures before versions 7 and 8 add them, in
 * the same transaction (version 8 fills its table itself).
 */
const calibrated = (db: DB) => stmt(db, "SELECT 1 FROM sqlite_schema WHERE name = 'calibration_weeks'").get() !== undefined;

/** Every figure, worked out from scratch from the promises. Reads only. */
export function computeStats(db: DB): StatsSnapshot {
  const people = new Map<number, PersonStats>();
  const person = (id: number) => {
    let p = people.get(id);
    if (!p) people.set(id, (p = emptyPerson()));
    return p;
  };
  for (const r of stmt(db, 'SELECT id FROM people').all() as Array<{ id: number }>) person(r.id);
  const counts = stmt(
    db,
    `SELECT person_id, count(*) AS made, count(*) FILTER (WHERE status = 'open') AS open
     FROM promises WHERE deleted_at IS NULL GROUP BY person_id`,
  ).all() as Array<{ person_id: number; made: number; open: number }>;
  for (const c of counts) Object.assign(person(c.person_id), { made: c.made, open: c.open });

  const journal = emptyJournal();
  const weeks = new Map<string, WeekTally>();
  const calibration = new Map<string, KeepTally>();
  // Rows as arrays, and each one's key made only for the last resolution of each person: a
  // journal of a million promises folds a million rows here after an import.
  const rows = db
    .prepare(
      `SELECT id, person_id, status, late, resolved_at, resolved_week, due_date IS NOT NULL, ${calibrated(db) ? 'cue IS NOT NULL' : '0'}
       FROM promises WHERE resolved_at IS NOT NULL AND deleted_at IS NULL ORDER BY resolved_at, id`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, Outcome, number, string, string, number, number]>;
  const last = new Map<PersonStats, [string, number]>();
  let lastOfAll: [string, number] | null = null;
  for (const [id, personId, status, late, resolvedAt, week, due, cued] of rows) {
    const into = person(personId);
    fold({ journal, person: into, weeks }, id, status, late === 1, resolvedAt, week, false);
    if (status === 'kept' && due === 1) {
      let tally = calibration.get(week);
      if (!tally) calibration.set(week, (tally = emptyTally()));
      countKeep(tally, late === 1, cued === 1);
    }
    last.set(into, (lastOfAll = [resolvedAt, id]));
  }
  for (const [p, [at, id]] of last) p.lastKey = resolutionKey(at, id);
  if (lastOfAll) journal.lastKey = resolutionKey(...lastOfAll);
  return { journal, people, weeks, calibration };
}

/** Adds one resolution, in order, to the figures; `keyed` false leaves the last keys to the caller. */
function fold(into: { journal: JournalStats; person: PersonStats; weeks?: Map<string, WeekTally> }, id: number, status: Outcome, late: boolean, resolvedAt: string, week: string, keyed = true) {
  const r: Resolution = { status, late };
  const { journal, person } = into;
  journal.streak = stepKeepStreak(journal.streak, r);
  journal.score = stepScore(journal.score, r);
  person.score = stepScore(person.score, r);
  if (keyed) journal.lastKey = person.lastKey = resolutionKey(resolvedAt, id);
  if (status === 'kept') {
    journal.kept++;
    person.kept++;
    if (late) person.keptLate++;
  } else if (status === 'broken') {
    journal.broken++;
    person.broken++;
  } else person.released++;
  if (into.weeks) countInWeek(into.weeks, status, week);
}

export function writeStats(db: DB, s: StatsSnapshot): void {
  stmt(db, 'DELETE FROM person_stats').run();
  stmt(db, 'DELETE FROM week_stats').run();
  const person = stmt(
    db,
    'INSERT INTO person_stats (person_id, made, open, kept, kept_late, broken, released, score, last_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const [id, p] of s.people) person.run(id, p.made, p.open, p.kept, p.keptLate, p.broken, p.released, p.score, p.lastKey);
  const week = stmt(db, 'INSERT INTO week_stats (week, kept, broken) VALUES (?, ?, ?)');
  for (const [key, t] of s.weeks) week.run(key, t.kept, t.broken);
  if (calibrated(db)) {
    stmt(db, 'DELETE FROM calibration_weeks').run();
    const keeps = stmt(db, 'INSERT INTO calibration_weeks (week, kept, late, cued, cued_late) VALUES (?, ?, ?, ?, ?)');
    for (const [key, t] of s.calibration) keeps.run(key, t.keeps, t.late, t.cued, t.cuedLate);
  }
  writeJournal(db, s.journal);
}

function writeJournal(db: DB, j: JournalStats): void {
  stmt(
    db,
    `INSERT INTO journal_stats (id, keep_current, keep_best, keep_current_late, score, kept, broken, last_key) VALUES (1, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET keep_current = excluded.keep_current, keep_best = excluded.keep_best,
       keep_current_late = excluded.keep_current_late, score = excluded.score, kept = excluded.kept, broken = excluded.broken, last_key = excluded.last_key`,
  ).run(j.streak.current, j.streak.best, j.streak.currentLate, j.score, j.kept, j.broken, j.lastKey);
}

// Journals in the middle of a bulk change (an import): their figures are computed once at the
// end instead of after each of thousands of rows.
const deferred = new WeakSet<DB>();

/** Runs a bulk change with the figures left alone until it is done, then recomputes them once. */
export function withStatsDeferred<T>(db: DB, change: () => T): T {
  deferred.add(db);
  try {
    return change();
  } finally {
    deferred.delete(db);
  }
}

/** For the rare changes that can reorder or remove history. */
export function recomputeStats(db: DB): void {
  if (deferred.has(db)) return;
  writeStats(db, computeStats(db));
}

export function readJournalStats(db: DB): JournalStats {
  const r = stmt(db, 'SELECT * FROM journal_stats WHERE id = 1').get() as Record<string, number | string | null> | undefined;
  if (!r) return emptyJournal();
  return {
    streak: { current: r.keep_current as number, best: r.keep_best as number, currentLate: r.keep_current_late as number },
    score: r.score as number,
    kept: r.kept as number,
    broken: r.broken as number,
    lastKey: r.last_key as string | null,
  };
}

type StatsRow = Record<string, number | string | null>;

const toPersonStats = (r: StatsRow): PersonStats => ({
  made: r.made as number,
  open: r.open as number,
  kept: r.kept as number,
  keptLate: r.kept_late as number,
  broken: r.broken as number,
  released: r.released as number,
  score: r.score as number,
  lastKey: r.last_key as string | null,
});

export function readPersonStats(db: DB): Map<number, PersonStats> {
  const rows = stmt(db, 'SELECT * FROM person_stats').all() as StatsRow[];
  return new Map(rows.map((r) => [r.person_id as number, toPersonStats(r)]));
}

/** Everyone with something kept or broken, with their figures: the strongest first, then by name. */
export function personReliability(db: DB): Array<{ id: number; name: string; relation: Relation; kept: number; broken: number; score: number }> {
  return stmt(
    db,
    `SELECT p.id, p.name, p.relation, s.kept, s.broken, s.score
     FROM person_stats s JOIN people p ON p.id = s.person_id
     WHERE s.kept + s.broken > 0 ORDER BY s.score DESC, p.name_key`,
  ).all() as Array<{ id: number; name: string; relation: Relation; kept: number; broken: number; score: number }>;
}

export function readWeekStats(db: DB): Map<string, WeekTally> {
  const rows = stmt(db, 'SELECT * FROM week_stats').all() as Array<{ week: string; kept: number; broken: number }>;
  return new Map(rows.map((r) => [r.week, { kept: r.kept, broken: r.broken }]));
}

/** A promise was made. */
export function statsOnMade(db: DB, personId: number): void {
  if (deferred.has(db)) return;
  stmt(
    db,
    `INSERT INTO person_stats (person_id, made, open) VALUES (?, 1, 1)
     ON CONFLICT (person_id) DO UPDATE SET made = made + 1, open = open + 1`,
  ).run(personId);
}

/**
 * A promise was resolved: folded in if it is the latest resolution, else everything is recomputed.
 * `due` and `cued`: whether it had a due date and an if-then cue, which calibration counts.
 */
export function statsOnResolved(db: DB, p: { id: number; personId: number; due: boolean; cued: boolean }, status: Outcome, late: boolean, resolvedAt: string, week: string): void {
  if (deferred.has(db)) return;
  const journal = readJournalStats(db);
  const key = resolutionKey(resolvedAt, p.id);
  const person = readPersonStats1(db, p.personId);
  if ((journal.lastKey !== null && key < journal.lastKey) || (person.lastKey !== null && key < person.lastKey)) {
    recomputeStats(db);
    return;
  }
  person.open--;
  fold({ journal, person }, p.id, status, late, resolvedAt, week);
  stmt(
    db,
    'UPDATE person_stats SET open = ?, kept = ?, kept_late = ?, broken = ?, released = ?, score = ?, last_key = ? WHERE person_id = ?',
  ).run(person.open, person.kept, person.keptLate, person.broken, person.released, person.score, person.lastKey, p.personId);
  writeJournal(db, journal);
  if (status !== 'released') {
    stmt(
      db,
      `INSERT INTO week_stats (week, kept, broken) VALUES (?, ?, ?)
       ON CONFLICT (week) DO UPDATE SET kept = kept + excluded.kept, broken = broken + excluded.broken`,
    ).run(week, status === 'kept' ? 1 : 0, status === 'broken' ? 1 : 0);
  }
  if (status === 'kept' && p.due) {
    stmt(
      db,
      `INSERT INTO calibration_weeks (week, kept, late, cued, cued_late) VALUES (?, 1, ?, ?, ?)
       ON CONFLICT (week) DO UPDATE SET kept = kept + 1, late = late + excluded.late, cued = cued + excluded.cued, cued_late = cued_late + excluded.cued_late`,
    ).run(week, late ? 1 : 0, p.cued ? 1 : 0, late && p.cued ? 1 : 0);
  }
}

function readPersonStats1(db: DB, personId: number): PersonStats {
  const r = stmt(db, 'SELECT * FROM person_stats WHERE person_id = ?').get(personId) as StatsRow | undefined;
  return r ? toPersonStats(r) : emptyPerson();
}
