/**
 * At a terminal with stdout sent to a file, trust still asks its questions: they are drawn on
 * stderr and answered on stdin, and the file receives only the result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDb, tempDir, trustJson } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

const env = (db: string) => ({ TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin', TERM: 'xterm-256color', NO_COLOR: '1' });

describe.skipIf(!hasTmux)('trust log > file at a terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('asks its questions on the terminal and writes only the result to the file', async () => {
    const db = tempDb();
    const file = join(tempDir(), 'out.txt');
    term = new Terminal(['log', '--to', 'Bob', '--relation', 'friend'], env(db), { stdoutTo: file });
    await term.answer('How often would you like to be in touch with Bob?');
    await term.answer('What did you promise Bob?', 'Lend the tent');
    await term.answer('By when?', 'fri');
    await term.answer('A note for later?');
    await term.answer('Another promise to Bob?');
    await term.answer('Save this?');
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('#1 Lend the tent → Bob · due Fri 27 Nov (in 6 days)');
    expect(written).not.toMatch(/\?|\u001b/); // no question, no cursor movement
    expect(trustJson(['list'], { db }).promises[0]).toMatchObject({ text: 'Lend the tent', person: 'Bob' });
  });
});
