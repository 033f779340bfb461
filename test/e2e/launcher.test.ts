/**
 * The launcher keeps V8's code cache for the bundle. A cache must never change what runs: it is
 * named by the bundle's size and time of writing, and a damaged one is ignored and replaced.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDb, trust } from '../helpers/cli.js';

const dist = new URL('../../dist/', import.meta.url).pathname;
const caches = () => readdirSync(dist).filter((f) => f.endsWith('.cache'));

describe('the code cache', () => {
  it('is named after the bundle it belongs to, and a damaged one changes nothing', () => {
    const db = tempDb();
    for (const f of caches()) rmSync(join(dist, f));
    const first = trust(['log', 'Send the deck', '--to', 'Alice', '--json'], { db });
    expect(first.code).toBe(0);
    const { size, mtimeMs } = statSync(join(dist, 'cli.cjs'));
    const hash = `${size}-${Math.round(mtimeMs)}`;
    expect(caches()).toEqual([`cli.cjs.${hash}.cache`]);

    const cached = trust(['list', '--json'], { db });
    writeFileSync(join(dist, `cli.cjs.${hash}.cache`), Buffer.from('not a code cache at all'));
    const damaged = trust(['list', '--json'], { db });
    expect(damaged).toEqual(cached);
    expect(readFileSync(join(dist, `cli.cjs.${hash}.cache`)).length).toBeGreaterThan(1000); // written afresh
  });
});
