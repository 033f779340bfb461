/**
 * An export in the layout `trust export` writes (one item to a line) is imported line by line.
 * It restores a journal exactly; a line that is not an item, or an item that fails its checks,
 * refuses the whole file naming the line, and nothing is written.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir, trust } from '../helpers/cli.js';
import { asyncJournalFixture } from '../helpers/fixture.js';

process.env.TZ = 'Europe/Berlin';

const now = '2026-11-23T09:00:00';

/** Two people, three promises (one broken, with a repair and a check-in), one renegotiated. */
const journal = asyncJournalFixture(async (db) => {
  const at = (when: string, ...args: string[]) => {
    const r = trust(args, { db, now: when });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  at('2026-11-16T09:00:00', 'log', 'Send the deck', '--to', 'Alice', '--due', 'tue');
  at('2026-11-16T09:05:00', 'log', 'Call the bank', '--to', 'Bob', '--due', 'fri');
  at('2026-11-16T09:10:00', 'log', 'Bring the cake', '--to', 'Alice', '--due', 'sat');
  at('2026-11-17T10:00:00', 'renegotiate', '3', '--due', 'sun', '--note', 'agreed');
  at('2026-11-18T10:00:00', 'broken', '1');
  at('2026-11-19T10:00:00', 'kept', '2');
});

function exported(db: string): string {
  const file = join(tempDir(), 'export.json');
  const r = trust(['export', '--out', file], { db, now });
  expect(r.code, r.stderr).toBe(0);
  return file;
}

describe('import of an export, line by line', () => {
  it('restores the journal as it was', async () => {
    const db = await journal();
    const file = exported(db);
    const copy = tempDb();
    const r = trust(['import', file], { db: copy, now });
    expect(r.code, r.stderr).toBe(0);
    const json = (d: string) => JSON.parse(trust(['export'], { db: d, now }).stdout);
    const original = json(db);
    const restored = json(copy);
    expect(restored.people).toEqual(original.people);
    expect(restored.conversations).toEqual(original.conversations);
    expect(restored.promises.map((p: { history: unknown[] }) => p.history.length)).toEqual(original.promises.map((p: { history: unknown[] }) => p.history.length));
    const linked = (p: Record<string, unknown>) => [p.uuid, p.id, p.person, p.conversation, p.status, p.due];
    expect(restored.promises.map(linked)).toEqual(original.promises.map(linked));
    expect(restored.promises.every((p: { conversation: unknown }) => typeof p.conversation === 'string')).toBe(true);
    expect(trust(['stats', '--json'], { db: copy, now }).stdout).toBe(trust(['stats', '--json'], { db, now }).stdout);
  });

  it.each([
    ['a line cut short', (line: string) => line.slice(0, 30), /line (\d+) is not an item written as JSON/],
    ['an item that fails its checks', (line: string) => line.replace('"status":"kept"', '"status":"done"'), /line (\d+), promises\[1\]\.status: should be one of/],
  ])('%s: refused whole, naming the line, nothing written', async (_what, spoil, message) => {
    const db = await journal();
    const file = exported(db);
    const lines = readFileSync(file, 'utf8').split('\n');
    const target = lines.findIndex((l) => l.includes('"status":"kept"'));
    lines[target] = spoil(lines[target]!);
    writeFileSync(file, lines.join('\n'));
    const into = tempDb();
    trust(['log', 'Already here', '--to', 'Carol'], { db: into, now });
    const before = trust(['export'], { db: into, now }).stdout;
    const r = trust(['import', file], { db: into, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(Number(message.exec(r.stderr)![1])).toBe(target + 1);
    expect(r.stderr).toContain('nothing was imported');
    expect(trust(['export'], { db: into, now }).stdout).toBe(before);
  });

  it('a refused file leaves nothing behind where there was no journal yet: no file, no folder', async () => {
    const db = await journal();
    const file = exported(db);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"status":"kept"', '"status":"done"'));
    const dir = tempDir();
    const into = join(dir, 'new', 'trust.db');
    const r = trust(['import', file], { db: into, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing was imported');
    expect(existsSync(join(dir, 'new'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    // And the next run starts a journal there as usual.
    expect(trust(['import', exported(db)], { db: into, now }).code).toBe(0);
  });

  it('a file cut off before its end is refused, saying so', async () => {
    const db = await journal();
    const file = exported(db);
    const lines = readFileSync(file, 'utf8').split('\n');
    const cut = lines.findIndex((l) => l.includes('"repairs"'));
    writeFileSync(file, lines.slice(0, cut).join('\n'));
    const r = trust(['import', file], { db: tempDb(), now });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/before the export does: it may have been cut short/);
  });
});
