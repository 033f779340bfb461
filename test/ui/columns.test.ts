import { describe, expect, it } from 'vitest';
import { outputColumns } from '../../src/context.js';

describe('the width output is fitted to', () => {
  it.each([
    [{ isTTY: true, columns: 80 }, {}, 80],
    [{ isTTY: true, columns: 50 }, { COLUMNS: '120' }, 120], // COLUMNS set by the user wins
    [{ isTTY: false }, {}, Number.POSITIVE_INFINITY], // piped: whole lines for scripts and files
    [{ isTTY: false }, { COLUMNS: '60' }, 60],
    [{ isTTY: false }, { COLUMNS: 'wide' }, Number.POSITIVE_INFINITY],
    [{ isTTY: true, columns: 0 }, { COLUMNS: '0' }, Number.POSITIVE_INFINITY],
  ])('%j with %j: %d', (stream, env, width) => {
    expect(outputColumns(stream, env as NodeJS.ProcessEnv)).toBe(width);
  });
});
