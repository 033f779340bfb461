/**
 * The per-week and per-person paths read through indexes: EXPLAIN QUERY PLAN of every statement
 * they run shows no full scan of the promises or their history.
 */
import { describe, expect, it } from 'vitest';
import { person } from '../../src/commands/person.js';
import { people } from '../../src/commands/people.js';
import { buildReport } from '../../src/commands/review-report.js';
import { stats } from '../../src/commands/stats.js';
import { dashboard } from '../../src/commands/dashboard.js';
import { repair } from '../../src/commands/repair.js';
import { log } from '../../src/commands/log.js';
import { resolve } from '../../src/commands/resolve.js';
import type { DB } from '../../src/store/open.js';
import { weekOf } from '../../src/domain/weeks.js';
import { addCheckins, brokenWithoutRepair, insertRepair } from '../../src/store/repairs.js';
import { insertPerson, peopleByRecency } from '../../src/store/people.js';
import { listPromises } from '../../src/store/promises.js';
import { tempDb } from '../helpers/cli.js';
import { recording as recordingOnly } from '../helpers/query-recorder.js';

const recording = (db: DB) => recordingOnly(db, ['all', 'get', 'run', 'iterate']);
import { testContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

/** Records each statement a piece of code runs, with the values it was run with. */

function fullScans(db: DB, seen: Array<{ sql: string; args: unknown[] }>): string[] {
  const scans: string[] = [];
  for (const { sql, args } of seen) {
    if (/^\s*(INSERT|UPDATE|DELETE|PRAGMA)/i.test(sql)) continue;
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>;
    for (const { detail } of plan) {
      // A search through an index is fine; reading the whole of promises or their history is not.
      if (/^SCAN (pr|promises|e|promise_events)\b/.test(detail)) scans.push(`${detail}  ←  ${sql.replace(/\s+/g, ' ').slice(0, 120)}`);
    }
  }
  return scans;
}

describe('query plans', () => {
  it('use indexes on the per-week and per-person paths', async () => {
    const path = tempDb();
    const writer = testContext(path, []);
    for (let i = 0; i < 30; i++) await log({ text: `Promise ${i}`, to: i % 2 ? 'Alice' : 'Bob', due: 'fri' }, writer);
    await resolve('kept', ['1', '2', '3'], {}, writer);
    await resolve('broken', ['4', '5'], { note: 'sorry' }, writer);
    // The dashboard's repair sections: one repair under way, one break without a repair.
    insertRepair(writer.db('write'), { personId: 1, promiseId: 4, cause: 'mistake', checklistVersion: 1 }, writer.now);
    // And a repair with someone not logged with since: its check-in was missed.
    const carol = insertPerson(writer.db('write'), 'Carol', 'friend', new Date('2026-01-01T10:00:00Z'));
    addCheckins(writer.db('write'), insertRepair(writer.db('write'), { personId: carol.id, promiseId: null, cause: 'other', checklistVersion: 1 }, writer.now), ['2026-01-05']);
    writer.close();
    // A fresh connection: statements are compiled once per connection and then reused, so one
    // compiled by the writes above would run unrecorded.
    const ctx = testContext(path, []);
    const db = ctx.db('read');
    const rec = recording(db);
    buildReport(db, weekOf('2026-11-16'), ctx.now);
    await people({}, ctx);
    await person('Alice', {}, ctx);
    await stats({}, ctx);
    await dashboard({}, ctx);
    const dashboardSql = rec.seen.map((r) => r.sql).join('\n');
    expect(dashboardSql).toMatch(/NOT EXISTS \(SELECT 1 FROM apologies a WHERE a\.promise_id = pr\.id\)/); // broken, no apology yet
    expect(dashboardSql).toMatch(/FROM repair_answers/); // next steps of the repairs under way
    expect(ctx.output()).toMatch(/Check-ins \(1\)/);
    expect(ctx.output()).toContain('Broken, no apology yet (1)');
    expect(ctx.output()).toContain('Repairs in progress (2)');
    rec.stop();
    // Recent breaks are read by resolution time, not among every broken promise ever.
    for (const { sql, args } of rec.seen.filter((r) => r.sql.includes('FROM repairs r WHERE r.promise_id = pr.id'))) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan[0]).toMatch(/^SEARCH pr USING INDEX promises_resolved \(resolved_at>\?\)/);
    }
    // Check-ins are counted and picked in SQL, read by date from the earliest day anyone
    // concerned was last logged with (the date index), not repair by repair, nor whole.
    const checkins = rec.seen.filter((r) => r.sql.includes('FROM repair_checkins c'));
    expect(checkins).toHaveLength(1);
    const checkinPlan = (db.prepare(`EXPLAIN QUERY PLAN ${checkins[0]!.sql}`).all(...checkins[0]!.args) as Array<{ detail: string }>).map((r) => r.detail);
    expect(checkinPlan).toContain('SEARCH c USING INDEX repair_checkins_date (date>? AND date<?)');
    expect(checkinPlan).not.toContain('SEARCH r USING INDEX repairs_state (state=?)');
    expect(checkinPlan.some((d) => /^SCAN (c|r)\b/.test(d))).toBe(false);
    // `repair --list` and `--show` read each repair's check-ins through the same index.
    const listed = recording(db);
    await repair(undefined, { list: true }, ctx);
    await repair(undefined, { show: '2' }, ctx);
    listed.stop();
    const repairCheckins = listed.seen.filter((r) => r.sql.includes('FROM repair_checkins'));
    expect(repairCheckins.length).toBeGreaterThan(2);
    for (const { sql, args } of repairCheckins) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan.join('\n')).toContain('USING COVERING INDEX repair_checkins_repair (repair_id=?)');
    }
    expect(fullScans(db, listed.seen)).toEqual([]);
    // Before the first question of `trust log` and `trust repair`: each person's latest
    // conversation alone (not every conversation, grouped), and the breaks newest first along the
    // index of resolutions, stopping at the limit (not every broken promise, sorted).
    const asking = recording(db);
    peopleByRecency(db);
    brokenWithoutRepair(db, 8);
    asking.stop();
    const [recency, breaks] = asking.seen.map(({ sql, args }) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail));
    expect(recency).toContain('SEARCH c USING COVERING INDEX conversations_person_at (person_id=?)');
    expect(recency!.join('\n')).not.toMatch(/LEFT-JOIN|SCAN c\b/);
    expect(breaks![0]).toMatch(/^SEARCH pr USING INDEX promises_resolved/);
    expect(breaks!.join('\n')).not.toMatch(/TEMP B-TREE/);
    // `trust list --status all` (alone, or for one person) takes its total from the kept
    // figures rather than counting every resolution, and the total is still right.
    const counting = recording(db);
    const all = listPromises(db, { status: 'all', limit: 5 });
    const alices = listPromises(db, { status: 'all', personId: 1, limit: 5 });
    counting.stop();
    expect(counting.seen.filter((r) => /count\(\*\)/.test(r.sql))).toEqual([]);
    expect(all.total).toBe((db.prepare('SELECT count(*) AS n FROM promises WHERE deleted_at IS NULL').get() as { n: number }).n);
    expect(alices.total).toBe((db.prepare('SELECT count(*) AS n FROM promises WHERE deleted_at IS NULL AND person_id = 1').get() as { n: number }).n);
    expect(all.total).toBeGreaterThan(alices.total);
    expect(rec.seen.length).toBeGreaterThan(10);
    expect(fullScans(db, rec.seen)).toEqual([]);
    ctx.close();
  });
});
