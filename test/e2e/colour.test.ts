/**
 * Colour through the real binary: piped, and at a real terminal (tmux), with FORCE_COLOR,
 * --color, --no-color, NO_COLOR and TERM=dumb. The rules themselves are tested in test/ui.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempDb, trust } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const ESC = '\u001b[';
let db: string;
beforeAll(() => {
  db = tempDb();
  trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db });
});

describe('colour when piped', () => {
  it.each([
    [['list'], {}, false],
    [['list', '--color'], {}, true],
    [['--color', 'list'], {}, true],
    [['list', '--no-color', '--color'], {}, true], // the last one given counts
    [['list'], { FORCE_COLOR: '1' }, true],
    [['list'], { FORCE_COLOR: '' }, true],
    [['list'], { FORCE_COLOR: '0' }, false],
    [['list', '--color'], { FORCE_COLOR: '0' }, false],
    [['list'], { FORCE_COLOR: '1', NO_COLOR: '1' }, false], // NO_COLOR means no colour, whatever else is set
    [['list', '--color'], { NO_COLOR: '1', TERM: 'dumb' }, true],
  ] as Array<[string[], Record<string, string>, boolean]>)('trust %j with %j: colour %s', (args, env, coloured) => {
    const r = trust(args, { db, env });
    expect(r.code).toBe(0);
    expect(r.stdout.includes(ESC)).toBe(coloured);
  });

  it('FORCE_COLOR=1 paints the same as at a terminal; a higher level changes nothing trust draws', () => {
    const one = trust(['list'], { db, env: { FORCE_COLOR: '1' } }).stdout;
    expect(one).toMatch(/\u001b\[1m#/); // the header in bold
    expect(trust(['list'], { db, env: { FORCE_COLOR: '3' } }).stdout).toBe(one);
  });
});

describe.skipIf(!hasTmux)('colour at a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());
  const base = () => ({ TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin', TERM: 'xterm-256color' });

  it.each([
    [['list'], {}, true],
    [['list'], { TERM: 'dumb' }, false],
    [['list', '--no-color'], {}, false],
    [['--no-color', 'list'], {}, false],
    [['list'], { NO_COLOR: '1' }, false],
    [['list'], { FORCE_COLOR: '0' }, false],
    [['list', '--color'], { TERM: 'dumb' }, true],
  ] as Array<[string[], Record<string, string>, boolean]>)('trust %j with %j: colour %s', async (args, env, coloured) => {
    term = new Terminal(args, { ...base(), ...env });
    await term.waitFor('EXIT=0');
    expect(/\u001b\[1m#/.test(term.colouredScreen())).toBe(coloured);
  });
});
