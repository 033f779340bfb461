/**
 * trust export --format ics, read back by a calendar parser (ical.js): open promises with a due
 * date and repair check-ins as events, stable UIDs, whole days and times, alarms, the person in
 * the summary, the cue, and notes only when asked for.
 */
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir, trust } from '../helpers/cli.js';

const NOW = '2026-11-22T10:00:00';

interface Parsed {
  uid: string;
  summary: string;
  description: string | null;
  allDay: boolean;
  start: string;
  end: string | null;
  alarmSeconds: number | null;
  sequence: number;
}

function events(text: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const trigger = component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger') as ICAL.Duration | undefined;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? null,
      allDay: event.startDate.isDate,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: event.startDate.isDate ? null : event.endDate.toJSDate().toISOString(),
      alarmSeconds: trigger ? trigger.toSeconds() : null,
      sequence: event.sequence,
    };
  });
}

function journal() {
  const db = tempDb();
  const run = (...args: string[]) => expect(trust(args, { db, now: NOW }).code, args.join(' ')).toBe(0);
  run('log', 'Send the slides', '--to', 'Alice', '--due', 'tomorrow 09:00', '--when', 'after the stand-up', '--note', 'the private figures');
  run('log', 'Book the table', '--to', 'Bob', '--due', '2026-11-25', '--note', 'a surprise');
  run('log', 'Someday', '--to', 'Bob');
  run('log', 'Already done', '--to', 'Carol', '--due', 'fri');
  run('kept', '4');
  return db;
}

describe('trust export --format ics', () => {
  it('writes open promises with a due date as events a calendar parser reads', () => {
    const db = journal();
    const r = trust(['export', '--format', 'ics'], { db, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const uuids = JSON.parse(trust(['list', '--json'], { db, now: NOW }).stdout).promises.map((p: { uuid: string }) => p.uuid);
    expect(events(r.stdout).map(({ sequence: _sequence, ...e }) => e)).toEqual([
      {
        uid: `${uuids[0]}@trust`,
        summary: 'Send the slides (Alice)',
        description: 'When: after the stand-up',
        allDay: false,
        start: '2026-11-23T08:00:00.000Z',
        end: '2026-11-23T08:30:00.000Z',
        alarmSeconds: -3600,
      },
      { uid: `${uuids[1]}@trust`, summary: 'Book the table (Bob)', description: null, allDay: true, start: '2026-11-25', end: null, alarmSeconds: -86400 },
    ]);
  });

  it('keeps each UID when a date moves, so a calendar updates the event instead of adding one', () => {
    const db = journal();
    const before = events(trust(['export', '--format', 'ics'], { db, now: NOW }).stdout);
    expect(trust(['renegotiate', '2', '--due', '2026-11-27 15:00'], { db, now: '2026-11-22T11:00:00' }).code).toBe(0);
    const after = events(trust(['export', '--format', 'ics'], { db, now: NOW }).stdout);
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after[1]).toMatchObject({ allDay: false, start: '2026-11-27T14:00:00.000Z' });
    // A higher sequence, or calendar apps keep the old date.
    expect(after[1]!.sequence).toBeGreaterThan(before[1]!.sequence);
    expect(after[0]!.sequence).toBe(before[0]!.sequence);
  });

  it('puts notes in only with --notes, and sets the alarm with --alarm', () => {
    const db = journal();
    const out = join(tempDir(), 'trust.ics');
    const r = trust(['export', '--format', 'ics', '--notes', '--alarm', '2h', '--out', out], { db, now: NOW });
    expect(r.code).toBe(0);
    const parsed = events(readFileSync(out, 'utf8'));
    expect(parsed.map((e) => e.description)).toEqual(['When: after the stand-up\n\nthe private figures', 'a surprise']);
    expect(parsed.map((e) => e.alarmSeconds)).toEqual([-7200, -7200]);
    expect(trust(['export', '--format', 'ics'], { db, now: NOW }).stdout).not.toContain('private');
  });

  it('adds the check-ins of repairs under way, from today on', async () => {
    const db = journal();
    const { testContext } = await import('../helpers/context.js');
    const { addCheckins, insertRepair } = await import('../../src/store/repairs.js');
    const ctx = testContext(db, [], new Date(NOW), false);
    const id = insertRepair(ctx.db('write'), { personId: 1, promiseId: null, cause: 'mistake', checklistVersion: 1 }, ctx.now);
    addCheckins(ctx.db('write'), id, ['2026-11-20', '2026-11-22', '2026-11-29']);
    ctx.close();
    const parsed = events(trust(['export', '--format', 'ics'], { db, now: NOW }).stdout).filter((e) => e.summary.startsWith('Update'));
    expect(parsed.map((e) => [e.summary, e.start, e.allDay])).toEqual([
      ['Update Alice on repair #1', '2026-11-22', true],
      ['Update Alice on repair #1', '2026-11-29', true],
    ]);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(2);
  });

  it('speaks Japanese in its summaries', () => {
    const db = tempDb();
    trust(['log', '資料を送る', '--to', '田中さん', '--due', 'tomorrow 09:00', '--when', '朝会のあと'], { db, now: NOW });
    const [event] = events(trust(['export', '--format', 'ics'], { db, now: NOW, env: { TRUST_LANG: 'ja' } }).stdout);
    expect(event).toMatchObject({ summary: '資料を送る（田中さん）', description: 'きっかけ：朝会のあと' });
  });

  it('refuses an alarm it cannot read, and --alarm or --notes without ics, writing nothing', () => {
    const db = journal();
    const out = join(tempDir(), 'trust.ics');
    const bad = trust(['export', '--format', 'ics', '--alarm', 'soon', '--out', out], { db, now: NOW });
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: 'trust: "soon" is not a length of time for --alarm.\nWrite it as a number and a unit, such as 30m, 2h or 1d.\n' });
    expect(trust(['export', '--notes'], { db, now: NOW })).toMatchObject({ code: 2, stderr: expect.stringContaining('--notes only goes with --format ics.') });
    expect(trust(['export', '--format', 'csv', '--alarm', '1h'], { db, now: NOW }).code).toBe(2);
    expect(() => readFileSync(out)).toThrow();
  });
});
