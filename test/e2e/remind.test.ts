/**
 * trust remind through the real binary, as a timer runs it: each thing said once, nothing said
 * when nothing is new, notifications through the system's notifier (a stand-in here), and the
 * timer's set-up printed, never installed.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir, trust, trustJson } from '../helpers/cli.js';

const NOW = '2026-11-22T10:00:00';

/** Every 15 minutes from `from` for `hours` hours, as a timer would: the local times of its runs. */
function timerRuns(from: string, hours: number): string[] {
  const start = new Date(`${from}Z`).getTime();
  return Array.from({ length: hours * 4 }, (_, i) => new Date(start + i * 15 * 60_000).toISOString().slice(0, 19));
}

/** A folder holding a notify-send stand-in that writes its arguments to a file. */
function fakeNotifier(): { path: string; calls: () => string[][] } {
  const dir = tempDir();
  const log = join(dir, 'calls');
  // Each argument ends with a NUL, each call with a record separator: a body holds newlines.
  writeFileSync(join(dir, 'notify-send'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done >> "${log}"\nprintf '\\036' >> "${log}"\n`);
  chmodSync(join(dir, 'notify-send'), 0o755);
  const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\x1e').filter(Boolean).map((l) => l.split('\0').filter(Boolean)) : []);
  return { path: `${dir}:${process.env.PATH}`, calls };
}

describe('trust remind', () => {
  it('run every 15 minutes, reminds of a promise due tomorrow exactly once, and is silent otherwise', () => {
    const db = tempDb();
    expect(trust(['log', 'Send the slides', '--to', 'Alice', '--due', '2026-11-23 17:00'], { db, now: NOW }).code).toBe(0);
    const said: string[] = [];
    // Before it comes within 24 hours, as it does, the evening before, and as it falls overdue.
    const runs = [...timerRuns('2026-11-22T16:00:00', 2), ...timerRuns('2026-11-22T22:00:00', 1), ...timerRuns('2026-11-23T16:30:00', 1), '2026-11-24T09:00:00'];
    for (const now of runs) {
      const r = trust(['remind'], { db, now });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      if (r.stdout !== '') said.push(`${now}\n${r.stdout}`);
    }
    expect(said).toHaveLength(1);
    // First said when it came within 24 hours.
    expect(said[0]).toMatch(/^2026-11-22T17:00:00\nDue in the next 24 hours \(1\)\n {2}#1 Send the slides → Alice · due Mon 23 Nov 17:00 \(tomorrow\) · at risk: trust renegotiate 1 --due <date>\n$/);
  });

  it('says it again after the date moves, and everything with --again', () => {
    const db = tempDb();
    trust(['log', 'Send the slides', '--to', 'Alice', '--due', 'today 18:00', '--when', 'after the Monday stand-up'], { db, now: NOW });
    const first = trust(['remind'], { db, now: NOW });
    expect(first.stdout).toContain('#1 Send the slides');
    expect(first.stdout).toContain('    When: after the Monday stand-up\n');
    expect(trust(['remind'], { db, now: NOW }).stdout).toBe('');
    expect(trust(['remind', '--again'], { db, now: NOW }).stdout).toBe(first.stdout);
    expect(trust(['renegotiate', '1', '--due', 'tomorrow 09:00'], { db, now: NOW }).code).toBe(0);
    expect(trust(['remind'], { db, now: NOW }).stdout).toContain('due Mon 23 Nov 09:00');
    expect(trust(['remind'], { db, now: NOW }).stdout).toBe('');
  });

  it('looks as far ahead as --within says, and lists overdue promises', () => {
    const db = tempDb();
    trust(['log', 'Late already', '--to', 'Bob', '--due', 'today 09:30'], { db, now: '2026-11-22T09:00:00' });
    trust(['log', 'In three days', '--to', 'Bob', '--due', '2026-11-25'], { db, now: NOW });
    // Three days from Sunday morning include all of Wednesday, as "in 3 days" does in trust list.
    const out = trust(['remind', '--within', '3d'], { db, now: NOW }).stdout;
    expect(out).toContain('Overdue (1)\n  #1 Late already → Bob · due Sun 22 Nov 09:30 (overdue since 09:30)\n');
    // Past 48 hours it is due soon, not yet at risk.
    expect(out).toContain('Due in the next 3 days (1)\n  #2 In three days → Bob · due Wed 25 Nov (in 3 days)\n');
  });

  it('lists a recent break with no apology yet, and people gone quiet against their rhythm', () => {
    const db = tempDb();
    trust(['log', 'Return the book', '--to', 'Dan'], { db, now: '2026-10-01T10:00:00' });
    trust(['people', 'set', 'Dan', '--every', '2w'], { db, now: '2026-10-01T10:00:00' });
    trust(['log', 'Call the bank', '--to', 'Erin'], { db, now: '2026-11-15T10:00:00' });
    trust(['broken', '2'], { db, now: '2026-11-20T10:00:00' });
    const out = trust(['remind'], { db, now: NOW }).stdout;
    expect(out).toContain('Broken, no apology yet (1)\n  #2 Call the bank → Erin · broken 2 days ago, no apology recorded: trust repair 2\n');
    expect(out).toContain('Gone quiet (1)\n  Dan: 7 weeks since you were last in touch (you aim for every 2 weeks)\n');
    const json = trustJson(['remind', '--again'], { db, now: NOW });
    expect(json.reminders.map((r: { kind: string }) => r.kind)).toEqual(['apology', 'quiet']);
    expect(json.reminders[0]).toMatchObject({ command: 'trust repair 2', promise: { id: 2, status: 'broken' } });
    expect(json.reminders[1].person).toMatchObject({ name: 'Dan', rhythmDays: 14, days: 52 });
  });

  it('prints nothing and creates no journal when there is none, and --json still gives a list', () => {
    const dir = tempDir();
    const db = join(dir, 'trust.db');
    expect(trust(['remind'], { db, now: NOW })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(trustJson(['remind'], { db, now: NOW })).toEqual({ reminders: [] });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--json says each reminder with its kind, and counts as having said it', () => {
    const db = tempDb();
    trust(['log', 'Send the slides', '--to', 'Alice', '--due', 'today 18:00'], { db, now: NOW });
    const json = trustJson(['remind'], { db, now: NOW });
    expect(json.reminders).toEqual([
      expect.objectContaining({ kind: 'due', atRisk: true, renegotiate: 'trust renegotiate 1 --due <date>', promise: expect.objectContaining({ id: 1, due: '2026-11-22', dueTime: '18:00' }) }),
    ]);
    expect(trustJson(['remind'], { db, now: NOW })).toEqual({ reminders: [] });
  });

  it('sends one desktop notification instead of printing, and not again', () => {
    const db = tempDb();
    trust(['log', 'Send the slides', '--to', 'Alice', '--due', 'today 18:00'], { db, now: NOW });
    trust(['log', 'Call back', '--to', 'Bob', '--due', 'tomorrow 09:00'], { db, now: NOW });
    const notifier = fakeNotifier();
    const r = trust(['remind', '--notify'], { db, now: NOW, env: { PATH: notifier.path } });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(notifier.calls()).toEqual([
      ['--app-name=trust', 'trust: 2 reminders', '#1 Send the slides → Alice · due Sun 22 Nov 18:00 (today at 18:00) · at risk: trust renegotiate 1 --due <date>\n#2 Call back → Bob · due Mon 23 Nov 09:00 (tomorrow) · at risk: trust renegotiate 2 --due <date>'],
    ]);
    expect(trust(['remind', '--notify'], { db, now: NOW, env: { PATH: notifier.path } }).code).toBe(0);
    expect(notifier.calls()).toHaveLength(1);
  });

  it('says plainly when there is no notifier, prints the reminders instead, and tries again next time', () => {
    const db = tempDb();
    trust(['log', 'Send the slides', '--to', 'Alice', '--due', 'today 18:00'], { db, now: NOW });
    const bare = { PATH: tempDir() };
    const r = trust(['remind', '--notify'], { db, now: NOW, env: bare });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('#1 Send the slides');
    expect(r.stderr).toBe(
      'trust: This system has no desktop notifier that trust knows (notify-send), so nothing was sent.\nThe reminders are printed above. Install notify-send, or run trust remind without --notify.\n',
    );
    expect(trust(['remind', '--notify'], { db, now: NOW, env: bare }).stdout).toContain('#1 Send the slides');
  });

  it('--install prints a systemd timer and a crontab line for this journal, and writes nothing', () => {
    const home = tempDir();
    const db = tempDb();
    const r = trust(['remind', '--install'], { db, now: NOW, env: { HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# ~/.config/systemd/user/trust-remind.timer\n[Unit]');
    expect(r.stdout).toContain('OnCalendar=*:0/15\nPersistent=true');
    expect(r.stdout).toMatch(new RegExp(`ExecStart=\\S+ \\S+trust\\.js remind --notify --db ${db.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n`));
    expect(r.stdout).toMatch(/\n {2}\*\/15 \* \* \* \* DBUS_SESSION_BUS_ADDRESS=unix:path=\/run\/user\/\d+\/bus \S+ \S+trust\.js remind --notify --db /);
    expect(readdirSync(home)).toEqual([]);
    expect(existsSync(db)).toBe(false);
    const json = trustJson(['remind', '--install'], { db, now: NOW });
    expect(Object.keys(json)).toEqual(['service', 'timer', 'enable', 'crontab']);
  });

  it('refuses a window it cannot read, and --install with --notify, leaving the journal as it was', () => {
    const db = tempDb();
    trust(['log', 'Send the slides', '--to', 'Alice', '--due', 'today 18:00'], { db, now: NOW });
    const bad = trust(['remind', '--within', 'soon'], { db, now: NOW });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('trust: "soon" is not a length of time trust understands.\nWrite it as a number and a unit, such as 30m, 24h, 2d or 1w.\n');
    expect(trust(['remind', '--install', '--notify'], { db, now: NOW }).code).toBe(2);
    // Nothing was remembered: the first real run still says it.
    expect(trust(['remind'], { db, now: NOW }).stdout).toContain('#1 Send the slides');
  });

  it('speaks Japanese', () => {
    const db = tempDb();
    trust(['log', '資料を送る', '--to', '田中さん', '--due', 'today 18:00', '--when', '朝会のあと'], { db, now: NOW });
    const out = trust(['remind'], { db, now: NOW, env: { TRUST_LANG: 'ja' } }).stdout;
    expect(out).toBe('これから24時間以内が期限（1件）\n  #1 資料を送る → 田中さん · 期限 11月22日(日) 18:00 今日 18:00 · 期限間近。結び直すなら：trust renegotiate 1 --due <新しい期限>\n    きっかけ：朝会のあと\n');
  });
});

describe('trust repair ID --apologised, for scripts', () => {
  it('notes an apology already made without a terminal, which ends the reminders about it', () => {
    const db = tempDb();
    trust(['log', 'Call the bank', '--to', 'Erin'], { db, now: '2026-11-15T10:00:00' });
    trust(['broken', '1'], { db, now: '2026-11-20T10:00:00' });
    const noted = trustJson(['repair', '1', '--apologised', 'yesterday', '--note', 'Called her back at once'], { db, now: NOW });
    expect(noted).toEqual({ promise: 1, saidAt: '2026-11-21T22:59:59.999Z', note: 'Called her back at once' });
    expect(trust(['remind'], { db, now: NOW }).stdout).toBe('');
    expect(trust([], { db, now: NOW }).stdout).not.toContain('no apology');
    expect(trust(['show', '1'], { db, now: NOW }).stdout).toContain('Apology: said Sat 21 Nov (1 day after the break)\n  What you said: Called her back at once\n');
    expect(trust(['stats', '--json'], { db, now: NOW }).stdout).toContain('"medianDays": 1');
  });

  it('refuses an open promise and a promise to yourself, with the command to run instead', () => {
    const db = tempDb();
    trust(['log', 'Call the bank', '--to', 'Erin'], { db, now: NOW });
    trust(['log', 'Go for a run', '--to', 'Me', '--relation', 'self'], { db, now: NOW });
    trust(['broken', '2'], { db, now: NOW });
    expect(trust(['repair', '1', '--apologised'], { db, now: NOW })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'trust: Promise #1 is open, not broken.\nAn apology is noted for a broken promise: trust broken 1 first.\n',
    });
    expect(trust(['repair', '2', '--apologised'], { db, now: NOW })).toMatchObject({ code: 2, stderr: 'trust: A promise to yourself owes no apology.\nLook back on it instead: trust repair 2\n' });
    expect(trust(['repair', '--apologised'], { db, now: NOW }).code).toBe(2);
  });
});
