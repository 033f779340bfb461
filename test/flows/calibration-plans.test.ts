/**
 * Calibration's reads stay cheap at any size: EXPLAIN QUERY PLAN of each statement that
 * `trust stats`, `trust person` and `trust log` run for it walks an index of resolution times
 * (stopping at its limit, without sorting) or reads the weekly figures by key; none scans the
 * promises.
 */
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { person } from '../../src/commands/person.js';
import { resolve } from '../../src/commands/resolve.js';
import { stats } from '../../src/commands/stats.js';
import type { DB } from '../../src/store/open.js';
import { tempDb } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { recording } from '../helpers/query-recorder.js';

process.env.TZ = 'Europe/Berlin';


const planOf = (db: DB, { sql, args }: { sql: string; args: unknown[] }) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join('\n');

describe('calibration query plans', () => {
  it('read through indexes and the weekly figures', async () => {
    const path = tempDb();
    const writer = testContext(path, [], new Date('2026-11-16T10:00:00'));
    for (let i = 0; i < 12; i++) await log({ text: `Promise ${i}`, to: i % 2 ? 'Alice' : 'Bob', due: 'wed', when: i % 3 ? undefined : 'after lunch' }, writer);
    writer.close();
    const keeper = testContext(path, [], new Date('2026-11-20T10:00:00'));
    await resolve('kept', Array.from({ length: 12 }, (_, i) => String(i + 1)), {}, keeper);
    keeper.close();
    // A fresh connection: statements compiled by the writes above would run unrecorded.
    const ctx = testContext(path, []);
    const db = ctx.db('write');
    const rec = recording(db);
    await stats({}, ctx);
    await person('Alice', {}, ctx);
    await log({ text: 'Call back', to: 'Alice', due: 'fri' }, ctx);
    await log({ text: 'Call back', to: 'Carol', due: 'fri' }, ctx);
    rec.stop();
    expect(ctx.output()).toContain('Calibration');
    expect(ctx.errors()).toContain('With Alice you were a median of');
    expect(ctx.errors()).toContain('You were a median of');

    const reads = rec.seen.filter((r) => /FROM promises WHERE .*\+status = 'kept'/s.test(r.sql));
    const recent = reads.filter((r) => /LIMIT/.test(r.sql));
    // stats: Alice, Bob and everyone; person: Alice; log: Alice, then Carol and everyone.
    expect(recent.length).toBeGreaterThanOrEqual(6);
    for (const r of recent) {
      const plan = planOf(db, r);
      expect(plan).toMatch(/^SEARCH promises USING INDEX (promises_person_resolved \(person_id=\?|promises_resolved)/);
      expect(plan).not.toMatch(/TEMP B-TREE|SCAN/);
    }
    const personWeeks = reads.filter((r) => /GROUP BY resolved_week/.test(r.sql));
    expect(personWeeks).toHaveLength(1);
    expect(planOf(db, personWeeks[0]!)).toMatch(/^SEARCH promises USING INDEX promises_person_resolved \(person_id=\? AND resolved_at>\?\)/);
    const weekly = rec.seen.filter((r) => r.sql.includes('FROM calibration_weeks'));
    expect(weekly.length).toBe(2);
    expect(planOf(db, weekly.find((r) => r.sql.includes('week >= ?'))!)).toMatch(/^SEARCH calibration_weeks USING PRIMARY KEY \(week>\?\)/);
    for (const r of rec.seen) expect(planOf(db, r), r.sql).not.toMatch(/^SCAN promises\b/m);
    ctx.close();
  });
});
