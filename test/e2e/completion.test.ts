/**
 * Shell completion, driven through each shell's own machinery where the shell is installed:
 * bash always (its `complete` function is called as bash calls it on Tab), zsh and fish only
 * checked for syntax, and only where they exist.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDb, tempDir, trust } from '../helpers/cli.js';
import { journalFixture } from '../helpers/fixture.js';

const journal = journalFixture((db) => {
  const run = (...args: string[]) => trust(args, { db });
  run('log', 'Send the deck', '--to', 'Alice', '--due', 'fri'); // #1
  run('log', 'Call back\tsoon', '--to', '田中さん', '--due', 'tomorrow'); // #2 (a tab must not break the line)
  run('log', 'Fix the bike', '--to', 'Anna Lee'); // #3
  run('kept', '3');
  run('log', 'Water the plants', '--to', 'Alice'); // #4
  run('broken', '4');
});

/** A folder holding a `trust` on PATH that runs this build, as an installed trust would. */
function pathWithTrust(): string {
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'trust'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'trust'), 0o755);
  return `${bin}:${process.env.PATH}`;
}

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

/** What bash offers for the words, the last being the word under the cursor: `_trust` run as on Tab. */
function bashTab(db: string, words: string[], cwd?: string) {
  const array = ['trust', ...words].map((w) => `'${w.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `source <(trust completion bash); COMP_WORDS=(${array}); COMP_CWORD=${words.length}; _trust; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd, env: { PATH: pathWithTrust(), HOME: tempDir(), TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin', LANG: 'C.UTF-8' } });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('trust completion bash, through bash', () => {
  it('completes commands, their aliases and flags', () => {
    const db = journal();
    expect(bashTab(db, ['lo'])).toEqual(['log']);
    expect(bashTab(db, ['str'])).toEqual(['streak']);
    expect(bashTab(db, ['list', '--ov'])).toEqual(['--overdue']);
    expect(bashTab(db, ['people', ''])).toEqual(['list', 'rename', 'set']);
    expect(bashTab(db, ['list', '--status', 'b'])).toEqual(['broken']);
  });

  it("completes people's names, escaping a space, keeping Japanese as written", () => {
    const db = journal();
    expect(bashTab(db, ['person', '田'])).toEqual(['田中さん']);
    expect(bashTab(db, ['log', 'Send it', '--to', 'an'])).toEqual(['Anna\\ Lee']);
    // Inside an opened quote the name goes in as it is.
    expect(bashTab(db, ['people', 'rename', '"An'])).toEqual(['Anna Lee']);
    expect(bashTab(db, ['list', '--person', '']).sort()).toEqual(['Alice', 'Anna\\ Lee', '田中さん']);
  });

  it('completes open promise ids for kept and edit, resolved ones for reopen, broken ones for repair', () => {
    const db = journal();
    expect(bashTab(db, ['kept', '']).sort()).toEqual(['1', '2']);
    expect(bashTab(db, ['kept', '1', ''])).toEqual(['2']);
    expect(bashTab(db, ['reopen', '']).sort()).toEqual(['3', '4']);
    expect(bashTab(db, ['repair', ''])).toEqual(['4']);
    expect(bashTab(db, ['edit', '2'])).toEqual(['2']);
  });

  it('offers file names where a file is wanted', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'journal.json'), '{}');
    expect(bashTab(journal(), ['import', 'jo'], dir)).toEqual(['journal.json']);
  });

  it('offers nothing, says nothing and creates nothing when there is no journal', () => {
    const db = tempDb();
    expect(bashTab(db, ['kept', ''])).toEqual([]);
    expect(bashTab(journal(), ['--db', `${db}-other`, 'person', ''])).toEqual([]);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}-other`)).toBe(false);
  });
});

describe('trust __complete', () => {
  it('describes promise ids with their text and person, on one line each', () => {
    const r = trust(['__complete', 'kept', ''], { db: journal() });
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(['1\tSend the deck (Alice)', '2\tCall back soon (田中さん)']);
  });
});

describe('trust completion zsh and fish', () => {
  for (const shell of ['zsh', 'fish']) {
    it(`prints a ${shell} script${has(shell) ? ' that parses' : ` (${shell} is not installed: syntax not checked)`}`, () => {
      const r = trust(['completion', shell], { db: tempDb() });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('trust __complete');
      if (!has(shell)) return;
      const file = join(tempDir(), `trust.${shell}`);
      writeFileSync(file, r.stdout);
      const check = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      expect(check.stderr).toBe('');
      expect(check.status).toBe(0);
    });
  }

  it.skipIf(!has('fish'))('fish offers ids with their text and names as written (complete -C is fish on Tab)', () => {
    const db = journal();
    const script = join(tempDir(), 'trust.fish');
    writeFileSync(script, trust(['completion', 'fish'], { db }).stdout);
    const fish = (line: string) => {
      const r = spawnSync('fish', ['--no-config', '-c', `source ${script}; complete -C '${line}'`], { encoding: 'utf8', env: { PATH: pathWithTrust(), HOME: tempDir(), TRUST_DB: db, LANG: 'C.UTF-8' } });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean).sort();
    };
    expect(fish('trust kept ')).toEqual(['1\tSend the deck (Alice)', '2\tCall back soon (田中さん)']);
    expect(fish('trust person 田')).toEqual(['田中さん\tother']);
  });

  it('refuses a shell it does not know, naming the ones it does', () => {
    const r = trust(['completion', 'tcsh'], { db: tempDb() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Use one of: bash, zsh, fish.');
  });
});
