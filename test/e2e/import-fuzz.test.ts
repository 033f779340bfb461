/**
 * Hostile import files: each is imported into a copy of a journal with something of everything,
 * then every read command runs on it. Whatever the file: exit 0, 1 or 2, never an internal
 * error, and a refused file leaves the journal exactly as it was. The cases the checks exist for
 * must be refused with exit 2, naming the item at fault.
 */
import { copyFileSync, closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { repair } from '../../src/commands/repair.js';
import { review } from '../../src/commands/review.js';
import { CTRL_C } from '../helpers/fake-prompt.js';
import { figures } from '../helpers/figures.js';
import { tempDb, tempDir } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { contents, sink } from '../helpers/sink.js';

process.env.TZ = 'Europe/Berlin';
const env = { TRUST_NOW: '2026-11-23T09:00:00', TZ: 'Europe/Berlin', HOME: '/nonexistent' };


async function run(db: string, args: string[]) {
  const out = sink();
  const err = sink();
  const code = await main(['node', 'trust', ...args], { stdin: {}, stdout: out.stream, stderr: err.stream, env: { ...env, TRUST_DB: db } });
  return { code, stdout: out.text(), stderr: err.text() };
}


const READS = [
  ['list', '--status', 'all'], ['people'], ['person', 'Alice Smith'], ['show', '1'], ['show', '3'], ['stats'], ['review', '--history'],
  ['review', '--no-prompts', '--week', '2026-W47'], ['repair', '--list'], ['repair', '--show', '1'], ['export'], ['export', '--format', 'markdown'],
  ['export', '--format', 'csv'], ['doctor'],
];

let template: string;
let base: any;

beforeAll(async () => {
  template = tempDb();
  const at = async (now: string, ...args: string[]) => {
    const out = sink();
    const err = sink();
    const code = await main(['node', 'trust', ...args], { stdin: {}, stdout: out.stream, stderr: err.stream, env: { ...env, TRUST_DB: template, TRUST_NOW: now } });
    if (code !== 0) throw new Error(`${args.join(' ')}: ${err.text()}`);
  };
  await at('2026-11-16T09:00:00', 'log', 'Send the deck', '--to', 'Alice Smith', '--due', 'tue 17:00', '--relation', 'work', '--note', 'for the board');
  await at('2026-11-16T09:01:00', 'log', '電話する', '--to', '田中さん', '--due', 'fri', '--relation', 'customer');
  await at('2026-11-16T09:02:00', 'log', 'Coffee', '--to', 'Bob');
  await at('2026-11-17T10:00:00', 'kept', '1', '--note', 'pleased');
  await at('2026-11-18T10:00:00', 'broken', '2');
  await at('2026-11-18T11:00:00', 'renegotiate', '3', '--due', 'sun');
  const r = testContext(template, ['It was late.', 'Mine.', CTRL_C], new Date('2026-11-19T12:00:00'));
  await expect(repair('2', { cause: 'mistake' }, r)).rejects.toThrow();
  r.close();
  const v = testContext(template, ['Call 田中さん first thing', true, '', '', '', '', ''], new Date('2026-11-22T19:00:00'));
  await review({}, v);
  v.close();
  base = JSON.parse((await run(template, ['export'])).stdout);
  // Answers of every kind, as the repair walk saves them, so that each shape can be spoiled.
  base.repairs[0].answers.push(
    { step: 'apology', title: 'The apology', answer: { parts: { regret: 'I was late', explanation: '', responsibility: '', change: '', amends: '', forgiveness: '' }, draft: 'I am sorry that I was late. I hope you can forgive me.' }, answeredAt: '2026-11-19T11:05:00.000Z' },
    { step: 'repair-promises', title: 'Repair promises', answer: { promiseIds: [3] }, answeredAt: '2026-11-19T11:06:00.000Z' },
    { step: 'delivered', title: 'Deliver the apology', answer: { text: 'By phone', at: '2026-11-19T11:00:00.000Z' }, answeredAt: '2026-11-19T11:07:00.000Z' },
    { step: 'checkins', title: 'Share progress', answer: { dates: ['2026-11-30'] }, answeredAt: '2026-11-19T11:08:00.000Z' },
  );
});

const BIG = 'x'.repeat(10 * 1024 * 1024);

/** [what, how the file is spoiled, the item the refusal must name (null: any refusal or acceptance will do)] */
type Case = [string, (d: any) => unknown, string | null];
const CASES: Case[] = [
  ['a repair answer null', (d) => (d.repairs[0].answers[0].answer = null), 'repairs[0].answers[0].answer'],
  ['checklistVersion 99', (d) => (d.repairs[0].checklistVersion = 99), 'repairs[0].checklistVersion'],
  ['review figures null', (d) => (d.reviews[0].figures = null), 'reviews[0].figures'],
  ['review figures {}', (d) => (d.reviews[0].figures = {}), 'reviews[0].figures'],
  ['figures with a text count', (d) => (d.reviews[0].figures.counts.made = 'many'), 'reviews[0].figures.counts.made'],
  ['due 2026-99-99', (d) => (d.promises[2].due = '2026-99-99'), 'promises[2].due'],
  ['dueTime 99:99', (d) => (d.promises[0].dueTime = '99:99'), 'promises[0].dueTime'],
  ['dueTime without due', (d) => ((d.promises[2].due = null), (d.promises[2].dueTime = '10:00')), 'promises[2].dueTime'],
  ['madeAt 2026-02-30', (d) => (d.promises[0].madeAt = '2026-02-30T10:00:00.000Z'), 'promises[0].madeAt'],
  ['updatedAt 25:00', (d) => (d.promises[0].updatedAt = '2026-11-20T25:00:00.000Z'), 'promises[0].updatedAt'],
  ['check-in 2026-99-99', (d) => d.repairs[0].checkins.push('2026-99-99'), 'repairs[0].checkins[0]'],
  ['check-in answer 2026-02-30', (d) => (d.repairs[0].answers[5].answer.dates = ['2026-02-30']), 'repairs[0].answers[5].answer.dates[0]'],
  ['week 2026-W99', (d) => (d.reviews[0].week = '2026-W99'), 'reviews[0].week'],
  ['figures of another week', (d) => (d.reviews[0].week = '2026-W40'), 'reviews[0].figures'],
  ['a rhythm of 0 days', (d) => (d.people[0].rhythmDays = 0), 'people[0].rhythmDays'],
  ['a rhythm of "2w"', (d) => (d.people[0].rhythmDays = '2w'), 'people[0].rhythmDays'],
  ['a 10 MB cue', (d) => (d.promises[0].cue = BIG), 'promises[0].cue'],
  ['a cue of 201 characters', (d) => (d.promises[0].cue = 'x'.repeat(201)), 'promises[0].cue'],
  ['an escape sequence in a cue', (d) => (d.promises[0].cue = 'after \u001b[2J lunch'), 'promises[0].cue'],
  ['an apology at 25:00', (d) => (d.promises[0].apologies = [{ saidAt: '2026-11-20T25:00:00.000Z', note: null, recordedAt: '2026-11-20T10:00:00.000Z' }]), 'promises[0].apologies[0].saidAt'],
  ['an apology with an unknown key', (d) => (d.promises[0].apologies = [{ saidAt: '2026-11-20T10:00:00.000Z', note: null, recordedAt: '2026-11-20T10:00:00.000Z', by: 'x' }]), 'promises[0].apologies[0]'],
  ['apologies not a list', (d) => (d.promises[0].apologies = 'sorry'), 'promises[0].apologies'],
  ['a repair kind "penance"', (d) => (d.repairs[0].kind = 'penance'), 'repairs[0].kind'],
  ['a repair apologyAt of 2026-02-30', (d) => (d.repairs[0].apologyAt = '2026-02-30T10:00:00.000Z'), 'repairs[0].apologyAt'],
  ['formatVersion -7', (d) => (d.formatVersion = -7), 'file.formatVersion'],
  ['formatVersion "1"', (d) => (d.formatVersion = '1'), 'file.formatVersion'],
  ['a 10 MB promise text', (d) => (d.promises[0].text = BIG), 'promises[0].text'],
  ['a 10 MB name', (d) => (d.people[0].name = BIG), 'people[0].name'],
  ['a 10 MB note', (d) => (d.promises[0].note = BIG), 'promises[0].note'],
  ['a 10 MB review answer', (d) => (d.reviews[0].answers[0].answer = BIG), 'reviews[0].answers[0].answer'],
  ['a 10 MB repair answer', (d) => (d.repairs[0].answers[0].answer.text = BIG), 'repairs[0].answers[0].answer.text'],
  ['a 10 MB history note', (d) => (d.promises[0].history[1].note = BIG), 'promises[0].history[1].note'],
  ['a 10 MB step title', (d) => (d.repairs[0].answers[0].title = BIG), 'repairs[0].answers[0].title'],
  ['an id of 2^53-1', (d) => (d.promises[0].id = 2 ** 53 - 1), 'promises[0].id'],
  ['an id of 0', (d) => (d.people[0].id = 0), 'people[0].id'],
  ['an escape sequence in a text', (d) => (d.promises[0].text = 'Send \u001b[2J\u001b[Hthe deck'), 'promises[0].text'],
  ['a bell in a name', (d) => (d.people[1].name = 'Bob\u0007'), 'people[1].name'],
  ['a bidi override in a name', (d) => (d.people[1].name = '\u202eboB'), 'people[1].name'],
  ['a title escape in a review answer', (d) => (d.reviews[0].answers[0].answer = '\u001b]0;pwned\u0007'), 'reviews[0].answers[0].answer'],
  ['an escape in a repair answer', (d) => (d.repairs[0].answers[1].answer.text = '\u001b[31mred'), 'repairs[0].answers[1].answer.text'],
  ['an escape in an apology draft', (d) => (d.repairs[0].answers[2].answer.draft = 'Sorry\u009b2J'), 'repairs[0].answers[2].answer.draft'],
  ['an escape in a history note', (d) => (d.promises[0].history[1].note = '\u001b[2J'), 'promises[0].history[1].note'],
  ['an escape in review figures', (d) => (d.reviews[0].figures.people[0].person = '\u001b[2J'), 'reviews[0].figures.people[0].person'],
  ['an edit without from', (d) => d.promises[0].history.push({ kind: 'edited', at: '2026-11-20T10:00:00.000Z', recordedAt: '2026-11-20T10:00:00.000Z', note: null, detail: { to: { text: 'x' } } }), 'promises[0].history[2].detail.from'],
  ['a renegotiation to nowhere', (d) => (d.promises[2].history[1].detail = { from: null, to: '2026-12-01' }), 'promises[2].history[1].detail.to'],
  ['an apology without a draft', (d) => delete d.repairs[0].answers[2].answer.draft, 'repairs[0].answers[2].answer.draft'],
  ['repair promises that are not ids', (d) => (d.repairs[0].answers[3].answer.promiseIds = ['3']), 'repairs[0].answers[3].answer.promiseIds[0]'],
  ['repair promises not in the file', (d) => (d.repairs[0].answers[3].answer.promiseIds = [77]), 'repairs[0].answers[3].answer.promiseIds[0]'],
  ['a step of another checklist', (d) => (d.repairs[0].answers[0].step = 'disclosure'), 'repairs[0].answers[0].step'],
  ['a delivery time that is not one', (d) => (d.repairs[0].answers[4].answer.at = 'yesterday'), 'repairs[0].answers[4].answer.at'],
  ['a late broken promise', (d) => (d.promises[1].late = true), 'promises[1].late'],
  ['a closed repair still in progress', (d) => (d.repairs[0].closedAt = '2026-11-20T10:00:00.000Z'), 'repairs[0]'],
  ['people as an object', (d) => (d.people = {}), 'people'],
  ['a text status', (d) => (d.promises[0].late = 'yes'), 'promises[0].late'],
  ['an id as text', (d) => (d.promises[0].id = '1'), 'promises[0].id'],
  ['no reviews section', (d) => delete d.reviews, 'reviews'],
  ['no promises section', (d) => delete d.promises, 'promises'],
  ['a duplicate UUID', (d) => (d.promises[1].uuid = d.promises[0].uuid), 'promises[1].uuid'],
  ['a duplicate id', (d) => (d.promises[1].id = d.promises[0].id), 'promises[1].id'],
  ['a dangling person', (d) => (d.promises[0].person = '00000000-0000-4000-8000-000000000000'), 'promises[0].person'],
  ['a dangling conversation', (d) => (d.promises[0].conversation = '00000000-0000-4000-8000-000000000000'), 'promises[0].conversation'],
  ['a dangling repair promise', (d) => (d.repairs[0].promise = '00000000-0000-4000-8000-000000000000'), 'repairs[0].promise'],
  ['an unknown field in a promise', (d) => (d.promises[0].owner = 'root'), 'promises[0]'],
];

/** Files that are not JSON, or not JSON a parser survives naively. */
const RAW: Array<[string, () => string, RegExp]> = [
  ['malformed JSON', () => '{"format": "trust-export",', /is not JSON/],
  ['an empty file', () => '', /is not JSON/],
  ['a string for the whole file', () => '"trust"', /: file: should be an object/],
  ['a list for the whole file', () => '[]', /: file: should be an object/],
  ['null for the whole file', () => 'null', /: file: should be an object/],
  ['a NUL byte', () => '\u0000', /is not JSON/],
  ['10,000 levels of nesting', () => JSON.stringify({ ...base, repairs: [{ ...base.repairs[0], answers: [{ ...base.repairs[0].answers[0], answer: '@@' }] }] }).replace('"@@"', '{"text":'.repeat(10_000) + '1' + '}'.repeat(10_000)), /repairs\[0\]\.answers\[0\]\.answer\.text: should be text/],
  ['100,000 levels in a detail', () => JSON.stringify(base).replace('"detail":null', `"detail":${'['.repeat(100_000)}${']'.repeat(100_000)}`), /promises\[0\]\.history\[0\]\.detail: should be an object/],
];

async function importAndRead(file: string, what: string) {
  const db = tempDb();
  copyFileSync(template, db);
  const before = contents(db);
  const imported = await run(db, ['import', file]);
  const codes: number[] = [imported.code];
  const check = (r: { code: number; stderr: string }, args: string[]) => {
    const label = `${what}: trust ${args.join(' ')} → ${r.code}\n${r.stderr}`;
    expect([0, 1, 2], label).toContain(r.code);
    expect(r.stderr, label).not.toContain('Something went wrong inside trust');
    expect(r.stderr, label).not.toMatch(/\n\s+at .*:\d+:\d+|Maximum call stack|0x1fffffe8/);
  };
  check(imported, ['import']);
  if (imported.code !== 0) expect(contents(db), what).toBe(before);
  for (const args of READS) {
    const r = await run(db, args);
    check(r, args);
    codes.push(r.code);
  }
  return imported;
}

describe('hostile import files', () => {
  it.each(CASES)('%s: refused whole, naming the item, then every read command still works', async (what, spoil, item) => {
    const data = structuredClone(base);
    spoil(data);
    const file = join(tempDir(), 'hostile.json');
    writeFileSync(file, JSON.stringify(data));
    const r = await importAndRead(file, what);
    expect(r.code, r.stderr).toBe(2);
    if (item) expect(r.stderr).toContain(`: ${item}`);
    expect(r.stderr).toContain('nothing was imported');
  });

  it.each(RAW)('%s: refused with a clear message', async (what, text, message) => {
    const file = join(tempDir(), 'hostile.json');
    writeFileSync(file, text());
    const r = await importAndRead(file, what);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a file too large to read whole is refused before it is read, and a device is no file', async () => {
    const file = join(tempDir(), 'huge.json');
    // Sparse: 600 MB on paper, nothing on disk.
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 600 * 1024 * 1024);
    closeSync(fd);
    const r = await importAndRead(file, 'huge');
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('too large to import: 600 MB') });
    expect(await importAndRead('/dev/zero', 'device')).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a file') });
  });

  it('the untouched file, and one with times in other zones, import and read fine', async () => {
    const file = join(tempDir(), 'good.json');
    writeFileSync(file, JSON.stringify(base));
    expect((await importAndRead(file, 'untouched')).code).toBe(0);
    const zoned = structuredClone(base);
    zoned.promises[0].madeAt = '2026-11-16T13:00:00+05:00';
    zoned.promises[0].history[0].at = '2026-11-16T13:00:00+05:00';
    writeFileSync(file, JSON.stringify(zoned));
    expect((await importAndRead(file, 'zoned')).code).toBe(0);
  });
});

describe('an import that changes a known promise', () => {
  async function journalAndFile(spoil: (d: any) => void) {
    const db = tempDb();
    copyFileSync(template, db);
    const data = structuredClone(base);
    spoil(data);
    const file = join(tempDir(), 'changed.json');
    writeFileSync(file, JSON.stringify(data));
    return { db, file };
  }
  const show = async (db: string, id: string) => JSON.parse((await run(db, ['show', id, '--json'])).stdout);

  it('a newer copy that reopens a kept promise and changes its text and person leaves events, and the figures agree', async () => {
    const { db, file } = await journalAndFile((d) => {
      Object.assign(d.promises[0], { text: 'Send the new deck', person: d.people[2].uuid, status: 'open', resolvedAt: null, resolvedWeek: null, late: false, updatedAt: '2026-11-22T10:00:00.000Z' });
    });
    expect((await run(db, ['import', file])).code).toBe(0);
    const p = await show(db, '1');
    expect(p).toMatchObject({ status: 'open', text: 'Send the new deck', person: 'Bob' });
    const kinds = p.history.map((e: any) => e.kind);
    expect(kinds).toEqual(['created', 'kept', 'reopened', 'edited']);
    expect(p.history[2].detail).toEqual({ origin: 'import', file: 'changed.json' });
    expect(p.history[3].detail).toEqual({ from: { text: 'Send the deck', person: 'Alice Smith' }, to: { text: 'Send the new deck', person: 'Bob' }, origin: 'import', file: 'changed.json' });
    const f = await figures(db);
    expect(f.held).toEqual(f.recomputed);
    // The same file again: nothing more.
    expect(JSON.parse((await run(db, ['import', file, '--json'])).stdout).promises).toMatchObject({ updated: 0 });
    expect((await show(db, '1')).history).toHaveLength(4);
  });

  it('kept to broken goes through reopen and break; the file\'s own events are not doubled', async () => {
    const { db, file } = await journalAndFile((d) => {
      const p = d.promises[0];
      p.history.push(
        { kind: 'reopened', at: '2026-11-20T09:00:00.000Z', recordedAt: '2026-11-20T09:00:00.000Z', note: 'wrong one', detail: null },
        { kind: 'broken', at: '2026-11-20T10:00:00.000Z', recordedAt: '2026-11-20T10:00:00.000Z', note: null, detail: null },
      );
      Object.assign(p, { status: 'broken', resolvedAt: '2026-11-20T10:00:00.000Z', resolvedWeek: '2026-W47', late: false, updatedAt: '2026-11-20T10:00:00.000Z' });
    });
    expect((await run(db, ['import', file])).code).toBe(0);
    expect((await run(db, ['import', file])).code).toBe(0);
    const p = await show(db, '1');
    expect(p.status).toBe('broken');
    expect(p.history.map((e: any) => [e.kind, e.note])).toEqual([['created', null], ['kept', 'pleased'], ['reopened', 'wrong one'], ['broken', null]]);
    const f = await figures(db);
    expect(f.held).toEqual(f.recomputed);
    expect(JSON.parse((await run(db, ['stats', '--json'])).stdout).overall).toMatchObject({ kept: 0, broken: 2 });
  });

  it('a change the file\'s own edit event explains and one it does not both land, each once', async () => {
    const { db, file } = await journalAndFile((d) => {
      const p = d.promises[2];
      // The note changed on another device (its edit event comes along); the text by hand, without one.
      p.history.push({ kind: 'edited', at: '2026-11-20T09:00:00.000Z', recordedAt: '2026-11-20T09:00:00.000Z', note: null, detail: { from: { note: null }, to: { note: 'oat milk' } } });
      Object.assign(p, { text: 'Coffee on Friday', note: 'oat milk', updatedAt: '2026-11-20T09:00:00.000Z' });
    });
    expect((await run(db, ['import', file])).code).toBe(0);
    const p = await show(db, '3');
    expect(p).toMatchObject({ text: 'Coffee on Friday', note: 'oat milk' });
    const edits = p.history.filter((e: any) => e.kind === 'edited').map((e: any) => e.detail);
    expect(edits).toEqual([
      { from: { note: null }, to: { note: 'oat milk' } },
      { from: { text: 'Coffee' }, to: { text: 'Coffee on Friday' }, origin: 'import', file: 'changed.json' },
    ]);
  });

  it('compares times as instants: 11:00+05:00 is older than the 10:00Z it would have replaced', async () => {
    const { db, file } = await journalAndFile((d) => {
      // The journal's copy was last changed at 2026-11-18T10:00:00Z (renegotiated); this is 06:00Z.
      Object.assign(d.promises[2], { text: 'Coffee, older', updatedAt: '2026-11-18T11:00:00+05:00' });
    });
    const r = JSON.parse((await run(db, ['import', file, '--json'])).stdout);
    expect(r.promises).toMatchObject({ updated: 0 });
    expect((await show(db, '3')).text).toBe('Coffee');
  });
});
