/**
 * The figures trust keeps up to date on each change must always equal a full recomputation from
 * the promises, whatever happens: resolutions in and out of order, edits, deletions, imports.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { remove } from '../../src/commands/delete.js';
import { edit } from '../../src/commands/edit.js';
import { log } from '../../src/commands/log.js';
import { reopen } from '../../src/commands/reopen.js';
import { resolve } from '../../src/commands/resolve.js';
import { readExport } from '../../src/store/exporter.js';
import { importExport } from '../../src/store/importer.js';
import { computeStats, readJournalStats, readPersonStats, readWeekStats } from '../../src/store/stats.js';
import { readCalibrationWeeks } from '../../src/store/calibration.js';
import { writeTx } from '../../src/store/tx.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function expectMaintainedEqualsRecomputed(ctx: TestContext, step: string) {
  const db = ctx.db('write');
  const fresh = computeStats(db);
  const journal = readJournalStats(db);
  expect({ ...journal, score: journal.score.toFixed(12) }, step).toEqual({ ...fresh.journal, score: fresh.journal.score.toFixed(12) });
  const people = readPersonStats(db);
  for (const [id, p] of fresh.people) {
    if (p.made === 0) continue; // someone with no promises may have no row yet
    const kept = people.get(id);
    expect(kept && { ...kept, score: kept.score.toFixed(12) }, `${step}: person ${id}`).toEqual({ ...p, score: p.score.toFixed(12) });
  }
  const weeks = readWeekStats(db);
  for (const [key, t] of weeks) if (t.kept === 0 && t.broken === 0) weeks.delete(key);
  expect(weeks, step).toEqual(fresh.weeks);
  expect(readCalibrationWeeks(db), `${step}: calibration`).toEqual(fresh.calibration);
}

describe('figures kept up to date', () => {
  it('equal a full recomputation after 300 random changes', async () => {
    const db = tempDb();
    const next = random(42);
    // Cues and their corrections from a sequence of their own, so the rest of the run is as it was.
    const cueRoll = random(7);
    const names = ['Alice', 'Bob', 'Carol', '田中さん'];
    let clock = new Date('2026-01-05T09:00:00').getTime();
    let made = 0;
    const done = new Map<string, number>();
    for (let step = 0; step < 300; step++) {
      clock += Math.floor(next() * 20) * 3_600_000; // time moves on by up to a day
      const ctx = testContext(db, [], new Date(clock));
      open.push(ctx);
      const id = () => String(1 + Math.floor(next() * Math.max(1, made)));
      const roll = next();
      const attempt = async (what: string, run: () => Promise<unknown>) => {
        try {
          await run();
          done.set(what.split(' ')[0]!, (done.get(what.split(' ')[0]!) ?? 0) + 1);
        } catch (e) {
          if (!(e instanceof Error) || !('exitCode' in e)) throw e; // refusals (already kept, deleted …) are fine
        }
        expectMaintainedEqualsRecomputed(ctx, `step ${step}: ${what}`);
      };
      if (roll < 0.35) {
        made++;
        const when = cueRoll() < 0.4 ? 'after lunch' : undefined;
        await attempt('log', () => log({ text: `Promise ${made}`, to: names[Math.floor(next() * names.length)], due: next() < 0.8 ? `+${1 + Math.floor(next() * 5)}d` : undefined, when }, ctx));
      } else if (roll < 0.62) {
        const outcome = (['kept', 'kept', 'broken', 'released'] as const)[Math.floor(next() * 4)]!;
        // Sometimes dated days back: a resolution before the latest one.
        const at = next() < 0.3 ? `${1 + Math.floor(next() * 4)} days ago` : undefined;
        await attempt(`${outcome} ${at ?? ''}`, () => resolve(outcome, [id()], { at }, ctx));
      } else if (roll < 0.72) {
        // Undoing an outcome anywhere in the order of resolutions, with more resolved after it.
        await attempt('reopen', () => reopen(id(), { note: next() < 0.5 ? 'marked by mistake' : undefined }, ctx));
      } else if (roll < 0.8) {
        await attempt('edit due', () => edit(id(), { due: next() < 0.5 ? '2026-01-01' : '+9d' }, ctx));
      } else if (roll < 0.88) {
        await attempt('edit person', () => edit(id(), { person: names[Math.floor(next() * names.length)] }, ctx));
      } else if (roll < 0.95) {
        await attempt('delete', () => remove(id(), { yes: true }, ctx));
      } else {
        await attempt('import of itself', async () => {
          const file = readExport(ctx.db('write'), ctx.now);
          writeTx(ctx.db('write'), () => importExport(ctx.db('write'), file, ctx.now));
        });
      }
      if (cueRoll() < 0.1) {
        const which = String(1 + Math.floor(cueRoll() * Math.max(1, made)));
        await attempt('edit cue', () => edit(which, { when: cueRoll() < 0.5 ? '-' : 'after the stand-up' }, ctx));
      }
      ctx.close();
      open.pop();
    }
    expect(made).toBeGreaterThan(80);
    expect(done.get('reopen')).toBeGreaterThan(10);
    expect(done.get('edit')).toBeGreaterThan(20);
  }, 60_000);
});

describe('calibration figures kept up to date', () => {
  it('follow a cue added to or taken from a promise already kept', async () => {
    const db = tempDb();
    const made = testContext(db, [], new Date('2026-11-16T10:00:00'));
    await log({ text: 'Send the deck', to: 'Alice', due: '2026-11-18' }, made);
    made.close();
    const ctx = testContext(db, [], new Date('2026-11-20T10:00:00'));
    open.push(ctx);
    await resolve('kept', ['1'], {}, ctx);
    const week = { keeps: 1, late: 1, cued: 0, cuedLate: 0 };
    expect([...readCalibrationWeeks(ctx.db('write')).values()]).toEqual([week]);
    await edit('1', { when: 'after the stand-up' }, ctx);
    expect([...readCalibrationWeeks(ctx.db('write')).values()]).toEqual([{ ...week, cued: 1, cuedLate: 1 }]);
    expectMaintainedEqualsRecomputed(ctx, 'cue added');
    await edit('1', { when: '-' }, ctx);
    expect([...readCalibrationWeeks(ctx.db('write')).values()]).toEqual([week]);
  });
});
