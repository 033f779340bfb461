/** The figures a journal holds beside the ones a full recomputation makes: equal when the kept figures are right. */
import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';

export async function figures(db: string) {
  const { recomputeStats } = await import('../../src/store/stats.js');
  const tables = (path: string) => {
    const raw = new Database(path, { readonly: true });
    const rows = ['person_stats', 'journal_stats', 'week_stats', 'calibration_weeks'].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
    raw.close();
    return rows;
  };
  const copy = `${db}.recomputed`;
  copyFileSync(db, copy);
  const raw = new Database(copy);
  recomputeStats(raw as never);
  raw.close();
  return { held: tables(db), recomputed: tables(copy) };
}
