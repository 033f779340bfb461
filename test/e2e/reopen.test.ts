/**
 * trust reopen: a mistaken kept, broken or release is undone, with both events kept in the
 * history and every figure as if the outcome had never been recorded.
 */
import { describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';

function journal() {
  const db = tempDb();
  const run = (args: string[], now = '2026-11-21T10:00:00') => trust(args, { db, now });
  const json = (args: string[], now = '2026-11-21T10:00:00') => trustJson(args, { db, now });
  run(['log', 'Send the deck', '--to', 'Alice', '--due', 'tomorrow']);
  run(['log', 'Water the plants', '--to', 'Bob', '--due', 'fri']);
  return { db, run, json };
}

describe('trust reopen', () => {
  it('makes a kept promise open again, keeps both events, and takes the keep out of the figures', () => {
    const { run, json } = journal();
    run(['kept', '1', '2']);
    expect(json(['stats']).streaks.keep.current).toBe(2);
    const r = run(['reopen', '1', '--note', 'marked the wrong one'], '2026-11-21T11:00:00');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Open again: #1 Send the deck → Alice · due Sun 22 Nov (tomorrow)');
    expect(r.stdout).toContain('It was kept');
    const shown = json(['show', '1']);
    expect(shown).toMatchObject({ status: 'open', resolvedAt: null, late: false });
    expect(shown.history.map((e: any) => [e.kind, e.note])).toEqual([
      ['created', null],
      ['kept', null],
      ['reopened', 'marked the wrong one'],
    ]);
    const stats = json(['stats']);
    expect(stats.streaks.keep).toEqual({ current: 1, best: 1, currentLate: 0 });
    expect(stats.overall).toMatchObject({ kept: 1, broken: 0 });
    expect(stats.people.map((p: any) => [p.name, p.kept])).toEqual([['Bob', 1]]);
    expect(run(['show', '1']).stdout).toMatch(/reopened +│ open again; "kept" of Sat 21 Nov 10:00 no longer counts; marked the wrong one/);
  });

  it('undoes a break, and then the promise can be kept', () => {
    const { run, json } = journal();
    run(['broken', '2']);
    expect(run(['reopen', '2']).code).toBe(0);
    expect(json(['stats']).overall).toMatchObject({ kept: 0, broken: 0 });
    expect(run(['kept', '2']).code).toBe(0);
    expect(json(['stats']).overall).toMatchObject({ kept: 1, broken: 0 });
  });

  it('leaves a reopened promise overdue when its date has passed', () => {
    const { run, json } = journal();
    run(['release', '1']);
    const later = '2026-11-25T09:00:00';
    expect(run(['reopen', '1'], later).stdout).toContain('(3 days overdue)');
    expect(json(['list', '--overdue'], later).promises.map((p: any) => p.id)).toEqual([1]);
    expect(json(['show', '1'], later)).toMatchObject({ status: 'open', overdue: true });
  });

  it('says so for an open promise, and refuses a deleted one', () => {
    const { run } = journal();
    const open = run(['reopen', '1']);
    expect(open.code).toBe(1);
    expect(open.stderr).toContain('Promise #1 is already open: there is no outcome to undo.');
    run(['kept', '2']);
    run(['delete', '2', '--yes']);
    const deleted = run(['reopen', '2']);
    expect(deleted.code).toBe(1);
    expect(deleted.stderr).toContain('Promise #2 was deleted.');
    expect(run(['reopen', 'x']).code).toBe(2);
  });

  it('is what the refusal to resolve twice suggests', () => {
    const { run } = journal();
    run(['kept', '1']);
    expect(run(['broken', '1']).stderr).toContain('`trust reopen 1` makes it open again');
  });
});

describe('trust show of a deleted promise', () => {
  it('says deleted, not overdue', () => {
    const { run, json } = journal();
    run(['delete', '1', '--yes']);
    const later = '2026-11-25T09:00:00';
    const out = run(['show', '1'], later).stdout;
    expect(out).toContain('Status:  deleted\n');
    expect(out).not.toContain('overdue\n');
    expect(out).toContain('Deleted on Sat 21 Nov 10:00.');
    expect(json(['show', '1'], later)).toMatchObject({ status: 'open', overdue: false, deletedAt: '2026-11-21T09:00:00.000Z' });
  });
});
