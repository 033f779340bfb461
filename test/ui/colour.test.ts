/**
 * When trust paints: the rules of chalk's own terminal detection (supports-color) for
 * FORCE_COLOR, --color and --no-color and TERM=dumb, plus NO_COLOR (no-color.org).
 */
import { describe, expect, it } from 'vitest';
import { colourLevel, painter, wantsColour } from '../../src/ui/colour.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colourLevel', () => {
  it.each([
    // At a terminal: colour unless something says otherwise.
    [tty, {}, undefined, 1],
    [tty, { TERM: 'xterm-256color' }, undefined, 1],
    [tty, { NO_COLOR: '1' }, undefined, 0],
    [tty, { NO_COLOR: '' }, undefined, 1], // set but empty does not count (no-color.org)
    [tty, { TERM: 'dumb' }, undefined, 0],
    [tty, {}, false, 0], // --no-color
    [tty, { FORCE_COLOR: '0' }, undefined, 0],
    [tty, { FORCE_COLOR: 'false' }, undefined, 0],
    // Piped: none unless forced.
    [pipe, {}, undefined, 0],
    [{}, {}, undefined, 0],
    [pipe, {}, true, 1], // --color
    [pipe, { FORCE_COLOR: '1' }, undefined, 1],
    [pipe, { FORCE_COLOR: '2' }, undefined, 2],
    [pipe, { FORCE_COLOR: '3' }, undefined, 3],
    [pipe, { FORCE_COLOR: '9' }, undefined, 3],
    [pipe, { FORCE_COLOR: '' }, undefined, 1],
    [pipe, { FORCE_COLOR: 'true' }, undefined, 1],
    [pipe, { FORCE_COLOR: 'yes please' }, undefined, 1],
    // --no-color always wins; NO_COLOR outranks FORCE_COLOR (the product's rule), but not a
    // --color given for this very run (no-color.org); FORCE_COLOR=0 outranks --color.
    [tty, { FORCE_COLOR: '0' }, true, 0],
    [pipe, { FORCE_COLOR: '2' }, false, 0],
    [pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, undefined, 0],
    [pipe, { NO_COLOR: '1' }, true, 1],
    [pipe, { FORCE_COLOR: '1', TERM: 'dumb' }, undefined, 1],
    [tty, { NO_COLOR: '1' }, true, 1], // a flag for this run outranks the standing wish (no-color.org)
    [tty, { TERM: 'dumb' }, true, 1],
  ] as Array<[{ isTTY?: boolean }, NodeJS.ProcessEnv, boolean | undefined, number]>)('%j %j flag %s → %i', (stream, env, flag, level) => {
    expect(colourLevel(stream, env, flag)).toBe(level);
    expect(wantsColour(stream, env, flag)).toBe(level > 0);
  });
});

describe('painter', () => {
  it('paints at the level asked, and not at all at 0', async () => {
    expect((await painter(0)).red('x')).toBe('x');
    expect((await painter(1)).red('x')).toBe('\u001b[31mx\u001b[39m');
    expect((await painter(3)).level).toBe(3);
  });
});
