/**
 * Records every statement a piece of code runs on a connection, with its arguments, so that a
 * test can ask SQLite for each one's plan (EXPLAIN QUERY PLAN) with the values it ran with.
 */
import type { DB } from '../../src/store/open.js';

export interface Recorded {
  sql: string;
  args: unknown[];
}

export function recording(db: DB, methods: ReadonlyArray<'all' | 'get' | 'run' | 'iterate'> = ['all', 'get']) {
  const seen: Recorded[] = [];
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    for (const method of methods) {
      const original = (statement[method] as (...a: unknown[]) => unknown).bind(statement);
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        seen.push({ sql, args });
        return original(...args);
      };
    }
    return statement;
  };
  return { seen, stop: () => ((db as { prepare: unknown }).prepare = prepare) };
}
