/**
 * Hostile and random argument lists for every command, through the real command line (in this
 * process, for speed). Whatever comes in: no unhandled error, exit code 0, 1 or 2, the journal
 * whole, and its contents unchanged unless the command was a valid write.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { tempDb, trust } from '../helpers/cli.js';
import { contents, sink } from '../helpers/sink.js';

const HOSTILE = [
  '', ' ', '-', '--', '---', '-1', '0', '1', '2', '3', '#1', '99999999999999999999', 'NaN', '1e3', '0x10',
  'x'.repeat(5000), 'A'.repeat(281), "'; DROP TABLE promises; --", '" OR 1=1 --', 'Robert\'); DELETE FROM people;--',
  '\u0000', '\u001b[2J\u001b[H', '\u0007bell', 'tab\there', 'line\nbreak', '\r\n',
  '🙂', '👩‍👩‍👧‍👦', 'e\u0301', 'مرحبا بالعالم', 'שלום', '\u202eevil\u202c', '田中さん', 'Ｆｕｌｌ', 'İstanbul', 'ß',
  '%s%n%x', '${HOME}', '$(rm -rf /)', '`id`', '../../etc/passwd', '/dev/null', 'C:\\\\Windows',
  'fri', 'tomorrow 25:99', '2026-02-30', '2026-W99', 'last', 'eow', 'next week', '+99999d', 'yesterday',
  'open', 'kept', 'broken', 'released', 'all', 'work', 'self', 'mistake', 'breach',
  'Alice', 'alice', 'ALICE', 'Bob',
  '--json', '--help', '--version', '--yes', '--force', '--overdue', '--no-prompts', '--history', '--list', '--markdown', '--anonymize',
  '--to', '--due', '--note', '--at', '--relation', '--status', '--limit', '--person', '--text', '--week', '--show', '--close', '--abandon',
  '--resume', '--cause', '--learned', '--format', '--due-before', '--=', '--to=Alice', '--limit=-5', '--status=all',
];

/** Commands whose arguments never name files: those that do (backup, restore, import, --out) are covered on their own. */
const COMMANDS = [[], ['log'], ['kept'], ['broken'], ['release'], ['renegotiate'], ['list'], ['people'], ['people', 'rename'], ['show'], ['person'], ['edit'], ['delete'], ['repair'], ['review'], ['stats'], ['streak'], ['doctor'], ['export']];

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}



const WRITES = new Set(['log', 'kept', 'broken', 'release', 'renegotiate', 'edit', 'delete', 'rename', 'repair']);

describe('argument fuzzing', () => {
  it('survives 600 random and hostile argument lists', async () => {
    const db = tempDb();
    for (const args of [['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], ['log', 'Call', '--to', 'Bob'], ['broken', '2'], ['log', 'Third', '--to', 'Alice']]) {
      expect(trust(args, { db }).code).toBe(0);
    }
    const env = { TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: process.env.TZ ?? 'UTC', HOME: '/nonexistent' };
    const next = random(20261121);
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    const outcomes = { written: 0, read: 0, refused: 0 };
    const maybe = (...a: string[]) => (next() < 0.5 ? a : []);
    const id = () => String(1 + Math.floor(next() * 8));
    /** Well-formed commands carrying hostile values, so that writes happen too. */
    const shaped = () =>
      pick([
        () => ['log', pick(HOSTILE), '--to', pick(HOSTILE), ...maybe('--due', pick(HOSTILE)), ...maybe('--note', pick(HOSTILE))],
        () => [pick(['kept', 'broken', 'release']), id(), ...maybe('--note', pick(HOSTILE)), ...maybe('--at', pick(HOSTILE))],
        () => ['edit', id(), pick(['--text', '--note', '--due', '--person']), pick(HOSTILE)],
        () => ['renegotiate', id(), '--due', pick(HOSTILE)],
        () => ['people', 'rename', pick(['Alice', 'Bob', ...HOSTILE]), pick(HOSTILE)],
        () => ['list', pick(['--person', '--status', '--due-before', '--limit']), pick(HOSTILE)],
        () => [pick(['show', 'person']), pick(HOSTILE), ...maybe('--json')],
      ])();
    for (let i = 0; i < 600; i++) {
      const raw = next() < 0.5 ? shaped() : [...pick(COMMANDS), ...Array.from({ length: Math.floor(next() * 5) }, () => pick(HOSTILE))];
      const args = raw.filter((a) => !/^--(db|out)\b/.test(a));
      const before = contents(db);
      const out = sink();
      const err = sink();
      const code = await main(['node', 'trust', ...args], { stdin: {}, stdout: out.stream, stderr: err.stream, env });
      const what = `trust ${JSON.stringify(args)} → ${code}\n${err.text()}`;
      expect([0, 1, 2], what).toContain(code);
      expect(err.text(), what).not.toContain('Something went wrong inside trust');
      expect(err.text(), what).not.toMatch(/\n\s+at .*:\d+:\d+/);
      const changed = contents(db) !== before;
      outcomes[changed ? 'written' : code === 0 ? 'read' : 'refused']++;
      if (changed) {
        expect(code, what).toBe(0);
        expect(args.some((a) => WRITES.has(a)), what).toBe(true);
      }
    }
    // The run must have exercised all three paths, or it proved nothing.
    expect(outcomes.written).toBeGreaterThan(30);
    expect(outcomes.read).toBeGreaterThan(30);
    expect(outcomes.refused).toBeGreaterThan(100);
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  }, 120_000);
});
