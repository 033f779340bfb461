import { afterEach, describe, expect, it } from 'vitest';
import { tempDb, trustJson } from '../helpers/cli.js';
import { hasTmux, Terminal } from '../helpers/tmux.js';

// CI installs tmux (.ci/run); elsewhere these tests are skipped, saying so, when it is missing.
if (!hasTmux && process.env.CI) throw new Error('tmux is needed for the real-terminal tests in CI');

const env = (db: string) => ({ TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin', TERM: 'xterm-256color', NO_COLOR: '1' });

describe.skipIf(!hasTmux)('trust log in a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('adds a promise to someone new', async () => {
    const db = tempDb();
    term = new Terminal(['log'], env(db));
    await term.waitFor('Who did you talk with?');
    term.type('Alice');
    await term.waitFor('Add "Alice" as someone new');
    term.press('Enter');
    await term.waitFor('How do you know Alice?');
    term.press('Up', 'Up', 'Up', 'Up', 'Up', 'Up', 'Enter'); // from "other" up to "work"
    await term.waitFor('What did you promise Alice?');
    term.type('Send the deck');
    term.press('Enter');
    await term.waitFor('By when?');
    term.type('fri');
    term.press('Enter');
    await term.waitFor('A note for later?');
    term.press('Enter');
    await term.waitFor('Another promise to Alice?');
    term.press('Enter');
    await term.waitFor('Save this?');
    term.press('Enter');
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    expect(screen).toContain('#1 Send the deck → Alice · due Fri 27 Nov (in 6 days)');
    const [promise] = trustJson(['list'], { db }).promises;
    expect(promise).toMatchObject({ text: 'Send the deck', person: 'Alice', due: '2026-11-27' });
    expect(trustJson(['people'], { db })[0].relation).toBe('work');
  });

  it('saves nothing on Ctrl-C, says so, and exits 130', async () => {
    const db = tempDb();
    term = new Terminal(['log', '--to', 'Bob', '--relation', 'friend'], env(db));
    await term.waitFor('What did you promise Bob?');
    term.type('Lend the tent');
    term.press('Enter');
    await term.waitFor('By when?');
    term.press('C-c');
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('Cancelled. Nothing was saved.');
    expect(screen).toContain('EXIT=130');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(trustJson(['list'], { db }).total).toBe(0);
  });
});
