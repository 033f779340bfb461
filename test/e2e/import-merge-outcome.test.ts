/**
 * Two journals merged by export and import, back and forth: a promise's outcome follows the
 * merged history (the latest kept, broken, released or reopened wins), its fields the copy
 * changed last. Status and history never disagree, the figures equal a full recomputation, and
 * "Unchanged" means nothing was written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { figures } from '../helpers/figures.js';
import { tempDb, tempDir } from '../helpers/cli.js';
import { sink } from '../helpers/sink.js';

process.env.TZ = 'Europe/Berlin';
const DAY = '2026-11-16';

async function run(db: string, time: string, args: string[]) {
  const out = sink();
  const err = sink();
  const env = { TZ: 'Europe/Berlin', HOME: '/nonexistent', TRUST_DB: db, TRUST_NOW: `${DAY}T${time}:00` };
  const code = await main(['node', 'trust', ...args], { stdin: {}, stdout: out.stream, stderr: err.stream, env });
  return { code, stdout: out.text(), stderr: err.text() };
}

async function step(db: string, time: string, ...args: string[]) {
  const r = await run(db, time, args);
  expect(r.code, `trust ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

const dir = tempDir();
async function exported(db: string, time: string, name: string) {
  const file = join(dir, name);
  writeFileSync(file, await step(db, time, 'export'));
  return file;
}
const imported = async (db: string, time: string, file: string) => JSON.parse(await step(db, time, 'import', file, '--json')).promises;
const show = async (db: string) => JSON.parse(await step(db, '23:00', 'show', '1', '--json'));
/** The history's kinds in the order things happened (a journal lists events in the order it learnt them). */
const kinds = (p: any) =>
  [...p.history].sort((x: any, y: any) => Date.parse(x.at) - Date.parse(y.at) || Date.parse(x.recordedAt) - Date.parse(y.recordedAt)).map((e: any) => e.kind);

async function expectFiguresAgree(db: string, kept: number) {
  const f = await figures(db);
  expect(f.held).toEqual(f.recomputed);
  expect(JSON.parse(await step(db, '23:00', 'stats', '--json')).overall).toMatchObject({ kept });
}

/** Journal a logs a promise to Alice, and b gets it by import. */
async function twoJournals(time = '10:00') {
  const a = tempDb();
  const b = tempDb();
  await step(a, time, 'log', 'A thing', '--to', 'Alice', '--due', 'fri');
  await imported(b, time, await exported(a, time, `e1-${Math.random()}.json`));
  return { a, b };
}

describe('merging two journals keeps each outcome with its history', () => {
  it('a keep on one side survives a typo fixed later on the other, both ways', async () => {
    const { a, b } = await twoJournals();
    await step(a, '11:00', 'kept', '1');
    await step(b, '12:00', 'edit', '1', '--text', 'A thing (typo fixed)');
    const e2 = await exported(a, '12:30', 'e2.json');
    expect(await imported(b, '13:00', e2)).toMatchObject({ updated: 1, skipped: 0 });
    expect(await show(b)).toMatchObject({ status: 'kept', text: 'A thing (typo fixed)' });

    const e3 = await exported(b, '13:30', 'e3.json');
    expect(await imported(a, '14:00', e3)).toMatchObject({ updated: 1 });
    for (const db of [a, b]) {
      const p = await show(db);
      expect(p).toMatchObject({ status: 'kept', text: 'A thing (typo fixed)' });
      expect(kinds(p)).toEqual(['created', 'kept', 'edited']);
      await expectFiguresAgree(db, 1);
    }
    // The same files again write nothing.
    expect(await imported(b, '15:00', e2)).toMatchObject({ updated: 0, skipped: 1 });
    expect(await imported(a, '15:00', e3)).toMatchObject({ updated: 0, skipped: 1 });
    expect(kinds(await show(a))).toEqual(['created', 'kept', 'edited']);
  });

  it('with both changes at the same updatedAt, the keep still lands and is not recorded twice', async () => {
    const { a, b } = await twoJournals('10:00');
    await step(a, '10:00', 'kept', '1');
    await step(b, '10:00', 'edit', '1', '--text', 'A thing (typo fixed)');
    expect(await imported(b, '10:00', await exported(a, '10:00', 'same-a.json'))).toMatchObject({ updated: 1 });
    expect((await show(b)).status).toBe('kept');
    // Already kept: a second keep is refused rather than recorded again.
    expect((await run(b, '10:00', ['kept', '1'])).code).toBe(1);
    expect(await imported(a, '10:00', await exported(b, '10:00', 'same-b.json'))).toMatchObject({ updated: 1 });
    for (const db of [a, b]) {
      const p = await show(db);
      expect(p.status).toBe('kept');
      expect(kinds(p).filter((k: string) => k === 'kept')).toHaveLength(1);
      await expectFiguresAgree(db, 1);
    }
  });

  it('a reopen made after the keep on the other side wins: it is the later event', async () => {
    const { a, b } = await twoJournals();
    await step(a, '11:00', 'kept', '1');
    await imported(b, '11:30', await exported(a, '11:30', 'r2.json'));
    await step(b, '12:00', 'reopen', '1', '--note', 'not done after all');
    // a changes the text later, so a's copy is the newer one; its row still says kept.
    await step(a, '13:00', 'edit', '1', '--text', 'A thing (typo fixed)');
    expect(await imported(b, '13:30', await exported(a, '13:30', 'r3.json'))).toMatchObject({ updated: 1 });
    expect(await imported(a, '14:00', await exported(b, '14:00', 'r4.json'))).toMatchObject({ updated: 1 });
    for (const db of [a, b]) {
      const p = await show(db);
      expect(p).toMatchObject({ status: 'open', text: 'A thing (typo fixed)' });
      expect(kinds(p)).toEqual(['created', 'kept', 'reopened', 'edited']);
      await expectFiguresAgree(db, 0);
    }
  });

  it("a newer file's open row does not undo a keep its history does not know of", async () => {
    const { a, b } = await twoJournals();
    await step(a, '11:00', 'kept', '1');
    await step(b, '12:00', 'edit', '1', '--text', 'A thing (typo fixed)');
    // b never saw the keep: its newer copy says open.
    expect(await imported(a, '13:00', await exported(b, '13:00', 'n1.json'))).toMatchObject({ updated: 1 });
    expect(await imported(b, '14:00', await exported(a, '14:00', 'n2.json'))).toMatchObject({ updated: 1 });
    for (const db of [a, b]) {
      const p = await show(db);
      expect(p).toMatchObject({ status: 'kept', text: 'A thing (typo fixed)' });
      expect(kinds(p)).toEqual(['created', 'kept', 'edited']);
      await expectFiguresAgree(db, 1);
    }
  });
});
