/**
 * Journal version 5 on an upgraded journal: trust's mark in the header, the week of every
 * earlier resolution filled in, and the history table rebuilt without losing a row.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../src/store/schema.js';
import { tempDir, trust, trustJson } from '../helpers/cli.js';

const FIXTURE = new URL('../fixtures/journal-v1.db', import.meta.url).pathname;

function read<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('journal version 5', () => {
  it('marks an upgraded journal as trust\'s, gives each resolution its week, and keeps every history row', () => {
    const db = join(tempDir(), 'trust.db');
    copyFileSync(FIXTURE, db);
    const before = read(db, (raw) => raw.prepare('SELECT id, promise_id, kind, at, recorded_at, note, detail FROM promise_events ORDER BY id').all());
    expect(trust(['list'], { db }).code).toBe(0);
    read(db, (raw) => {
      expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(raw.prepare('SELECT id, promise_id, kind, at, recorded_at, note, detail FROM promise_events ORDER BY id').all()).toEqual(before);
      const resolved = raw.prepare('SELECT resolved_at, resolved_week FROM promises WHERE resolved_at IS NOT NULL').all() as Array<{ resolved_week: string | null }>;
      expect(resolved.length).toBeGreaterThan(0);
      for (const r of resolved) expect(r.resolved_week).toMatch(/^\d{4}-W\d{2}$/);
      expect(raw.prepare('SELECT count(*) AS n FROM promises WHERE resolved_at IS NULL AND resolved_week IS NOT NULL').get()).toEqual({ n: 0 });
    });
  });

  it('marks a new journal too, and stores the week with each outcome', () => {
    const db = join(tempDir(), 'trust.db');
    trust(['log', 'Send the deck', '--to', 'Alice'], { db, now: '2026-11-22T23:30', tz: 'Europe/Berlin' });
    trust(['kept', '1'], { db, now: '2026-11-22T23:45', tz: 'Europe/Berlin' });
    expect(trustJson(['show', '1'], { db }).status).toBe('kept');
    read(db, (raw) => {
      expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(raw.prepare('SELECT resolved_week FROM promises WHERE id = 1').get()).toEqual({ resolved_week: '2026-W47' });
    });
  });
});
