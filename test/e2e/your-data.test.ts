import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/commands/repair.js';
import { CancelledError } from '../../src/errors.js';
import { review } from '../../src/commands/review.js';
import { CTRL_C } from '../helpers/fake-prompt.js';
import { tempDb, tempDir, trust, trustJson } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { asyncJournalFixture } from '../helpers/fixture.js';
import { openJournal } from '../../src/store/open.js';
import { writeTx } from '../../src/store/tx.js';
import { recordApologyDelivered } from '../../src/store/repairs.js';
import { recordShortApology } from '../../src/store/apologies.js';
import { insertRepair } from '../../src/store/repairs.js';

process.env.TZ = 'Europe/Berlin';

/** A journal with something of everything: people in several scripts, every status, history, a repair and a review. Built once; each test gets a copy. */
const fullJournal = asyncJournalFixture(async (db) => {
  const at = (now: string, ...args: string[]) => {
    const r = trust(args, { db, now });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  at('2026-11-16T09:00:00', 'log', 'Send the deck', '--to', 'Alice Smith', '--due', 'tue', '--relation', 'work', '--note', 'for the board', '--when', 'after the Monday stand-up');
  at('2026-11-16T09:01:00', 'log', '電話する 📞', '--to', '田中さん', '--due', 'fri', '--relation', 'customer');
  at('2026-11-16T09:02:00', 'log', 'Cafe\u0301 with Alice', '--to', 'Bob', '--relation', 'friend');
  at('2026-11-17T10:00:00', 'kept', '1', '--note', 'Alice Smith was pleased');
  at('2026-11-18T10:00:00', 'broken', '2');
  at('2026-11-18T11:00:00', 'renegotiate', '3', '--due', 'sun');
  at('2026-11-19T10:00:00', 'log', 'Oops', '--to', 'Bob');
  at('2026-11-19T10:01:00', 'delete', '4', '--yes');
  const r = testContext(db, ['It was late.', 'Mine.', CTRL_C], new Date('2026-11-19T12:00:00'));
  await expect(repair('2', { cause: 'mistake' }, r)).rejects.toBeInstanceOf(CancelledError);
  r.close();
  const v = testContext(db, ['I forgot the time difference', true, 'Call 田中さん first thing', '', '', '', '', ''], new Date('2026-11-22T19:00:00'));
  await review({}, v);
  v.close();
  at('2026-11-22T20:00:00', 'people', 'set', 'Bob', '--every', '2w');
  // Apologies have no command of their own yet: written through the store.
  const j = openJournal(db, { create: false });
  writeTx(j, () => {
    recordApologyDelivered(j, 1, new Date('2026-11-19T10:30:00Z'), new Date('2026-11-19T11:00:00Z'));
    recordShortApology(j, 2, new Date('2026-11-18T09:30:00Z'), 'said sorry to 田中さん on the phone', new Date('2026-11-18T10:00:00Z'));
  });
  j.close();
});

const now = '2026-11-23T09:00:00';

describe('trust export', () => {
  it('json is complete: people, promises with history, repairs with answers, reviews, with UUIDs and a format version', async () => {
    const db = await fullJournal();
    const out = trustJson(['export'], { db, now }) as any;
    expect(out).toMatchObject({ format: 'trust-export', formatVersion: 2, exportedAt: '2026-11-23T08:00:00.000Z', anonymized: false });
    expect(out.people.map((p: any) => p.name)).toEqual(['Alice Smith', '田中さん', 'Bob']);
    expect(out.promises).toHaveLength(4); // the deleted one too, with its deletion
    expect(out.promises[3].deletedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(out.promises[2].history.map((e: any) => e.kind)).toEqual(['created', 'renegotiated']);
    expect(out.repairs[0].answers.map((a: any) => a.step)).toEqual(['facts', 'own']);
    expect(out.reviews[0].answers[1]).toMatchObject({ promptKey: 'intention:broken:2', answer: 'Call 田中さん first thing', intention: true });
    for (const item of [...out.people, ...out.promises, ...out.repairs, ...out.reviews]) expect(item.uuid).toMatch(/^[0-9a-f-]{36}$/);
    // Journal version 7's data: a rhythm, a cue, a repair's kind and apology, a short apology.
    expect(out.people.map((p: any) => p.rhythmDays)).toEqual([null, null, 14]);
    expect(out.promises.map((p: any) => p.cue)).toEqual(['after the Monday stand-up', null, null, null]);
    expect(out.repairs[0]).toMatchObject({ kind: 'apology', apologyAt: '2026-11-19T10:30:00.000Z' });
    expect(out.promises[1].apologies).toEqual([{ saidAt: '2026-11-18T09:30:00.000Z', note: 'said sorry to 田中さん on the phone', recordedAt: '2026-11-18T10:00:00.000Z' }]);
    expect(out.promises[0].apologies).toEqual([]);
  });

  it('round-trips a self-repair and an edited cue, and both ways of writing an export give the same fields', async () => {
    const db = await fullJournal();
    trust(['edit', '1', '--when', 'after lunch'], { db, now });
    const j = openJournal(db, { create: false });
    writeTx(j, () => insertRepair(j, { personId: 3, promiseId: null, cause: 'other', checklistVersion: 2, kind: 'self' }, new Date(now)));
    j.close();
    const first = trust(['export'], { db, now }).stdout;
    expect(JSON.parse(first).repairs[1].kind).toBe('self');
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, first);
    const other = tempDb();
    expect(trust(['import', file], { db: other, now }).code).toBe(0);
    expect(trust(['export'], { db: other, now }).stdout).toBe(first);
    // Anonymizing builds each item as an object instead of taking SQLite's JSON: the same fields.
    const anonymized = trustJson(['export', '--anonymize'], { db, now }) as any;
    expect(Object.keys(anonymized.promises[0])).toEqual(Object.keys(JSON.parse(first).promises[0]));
    expect(anonymized.promises[1].apologies[0].note).toMatch(/^said sorry to Person [0-9A-F]{6} on the phone$/);
  });

  it('an export from before journal version 7 (format 1, without its fields) still imports', async () => {
    const db = await fullJournal();
    const old = JSON.parse(trust(['export'], { db, now }).stdout);
    old.formatVersion = 1;
    for (const p of old.people) delete p.rhythmDays;
    for (const p of old.promises) {
      delete p.cue;
      delete p.apologies;
      for (const e of p.history) if (e.kind === 'edited') for (const side of [e.detail.from, e.detail.to]) delete side.cue;
    }
    for (const r of old.repairs) {
      delete r.kind;
      delete r.apologyAt;
    }
    const file = join(tempDir(), 'old.json');
    writeFileSync(file, JSON.stringify(old, null, 2));
    const other = tempDb();
    expect(trust(['import', file], { db: other, now })).toMatchObject({ code: 0 });
    const back = trustJson(['export'], { db: other, now }) as any;
    expect(back.promises.map((p: any) => [p.text, p.cue, p.apologies])).toEqual(old.promises.map((p: any) => [p.text, null, []]));
    expect(back.people.map((p: any) => p.rhythmDays)).toEqual([null, null, null]);
    expect(back.repairs[0]).toMatchObject({ kind: 'apology', apologyAt: null });
    // Into the journal it came from, an old file leaves the newer fields as they are.
    const newer = join(tempDir(), 'old-newer.json');
    old.people[2].updatedAt = '2026-11-30T00:00:00.000Z';
    writeFileSync(newer, JSON.stringify(old, null, 2));
    expect(trustJson(['import', newer], { db, now }).people).toEqual({ added: 0, updated: 1, skipped: 2 });
    expect(trustJson(['person', 'Bob', '--json'], { db, now }).rhythmDays).toBe(14);
  });

  it('round-trips: export, import into an empty journal, export again gives the same data', async () => {
    const db = await fullJournal();
    const first = trust(['export'], { db, now }).stdout;
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, first);
    const other = tempDb();
    expect(trust(['import', file], { db: other, now }).code).toBe(0);
    expect(trust(['export'], { db: other, now }).stdout).toBe(first);
    expect(trust(['list', '--status', 'all'], { db: other, now }).stdout).toContain('電話する 📞');
    // Into an empty journal the indexes are set aside and built again: the same ones, the same way.
    const schema = (path: string) => {
      const raw = new Database(path, { readonly: true });
      const rows = raw.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY name").all();
      raw.close();
      return rows;
    };
    expect(schema(other)).toEqual(schema(db));
    expect(schema(other)).toContainEqual(expect.objectContaining({ name: 'promises_person_resolved' }));
  });

  it('writes --out files privately, and csv and markdown', async () => {
    const db = await fullJournal();
    const dir = tempDir();
    for (const format of ['json', 'csv', 'markdown']) {
      const file = join(dir, `out.${format}`);
      const r = trust(['export', '--format', format, '--out', file], { db, now });
      expect(r.code).toBe(0);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('id,uuid,person,relation,text,note,status,late,made_at,due,due_time,resolved_at,cue');
    expect(csv[1]).toMatch(/^1,[0-9a-f-]{36},Alice Smith,work,Send the deck,for the board,kept,false,/);
    expect(csv).toHaveLength(5); // header, three promises (not the deleted one), and the final line break
    const md = readFileSync(join(dir, 'out.markdown'), 'utf8');
    expect(md).toContain('## 田中さん (customer)');
    expect(md).toContain('## Reviews');
  });

  it('--anonymize replaces names with stable pseudonyms, in text too', async () => {
    const db = await fullJournal();
    const a = trustJson(['export', '--anonymize'], { db, now }) as any;
    const b = trustJson(['export', '--anonymize'], { db, now }) as any;
    expect(a.people.map((p: any) => p.name)).toEqual(b.people.map((p: any) => p.name));
    const text = JSON.stringify(a);
    for (const name of ['Alice Smith', '田中さん', 'Bob']) expect(text).not.toContain(name);
    expect(a.promises[0].history[1].note).toMatch(/^Person [0-9A-F]{6} was pleased$/);
    expect(a.anonymized).toBe(true);
  });

  it('refuses an unknown format', async () => {
    expect(trust(['export', '--format', 'xml'], { db: await fullJournal() })).toMatchObject({ code: 2, stderr: expect.stringContaining('json, csv, markdown or ics') });
  });
});

describe('trust import', () => {
  it('merges by UUID: known items are skipped or updated by their newer change, never duplicated', async () => {
    const db = await fullJournal();
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, trust(['export'], { db, now }).stdout);
    const copy = tempDb();
    trust(['import', file], { db: copy, now });
    // The original moves on: Bob's promise is kept later.
    trust(['kept', '3'], { db, now: '2026-11-24T09:00:00' });
    const newer = join(tempDir(), 'newer.json');
    writeFileSync(newer, trust(['export'], { db, now: '2026-11-24T10:00:00' }).stdout);
    const report = trustJson(['import', newer], { db: copy, now });
    expect(report.promises).toEqual({ added: 0, updated: 1, skipped: 3 });
    expect(report.people).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(trustJson(['show', '3'], { db: copy, now }).history.map((e: any) => e.kind)).toEqual(['created', 'renegotiated', 'kept']);
    expect(trustJson(['import', newer], { db: copy, now }).promises).toEqual({ added: 0, updated: 0, skipped: 4 });
    expect(trustJson(['list', '--status', 'all'], { db: copy, now }).total).toBe(3);
  });

  it('adds to a journal that already has its own promises, keeping both', async () => {
    const db = await fullJournal();
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, trust(['export'], { db, now }).stdout);
    const other = tempDb();
    trust(['log', 'My own', '--to', 'Alice Smith'], { db: other, now });
    const report = trustJson(['import', file], { db: other, now });
    expect(report.people).toEqual({ added: 2, updated: 0, skipped: 1 }); // Alice Smith matched by name
    expect(trustJson(['person', 'alice smith'], { db: other, now }).promises.map((p: any) => p.text)).toEqual(['Send the deck', 'My own']); // oldest first
  });

  it.each([
    ['not JSON', 'hello', /is not JSON/],
    ['another JSON file', '{"name": "package"}', /not a trust export/],
    ['a newer format', '{"format": "trust-export", "formatVersion": 99}', /newer than this trust reads/],
    ['a broken reference', JSON.stringify({ format: 'trust-export', formatVersion: 1, people: [], conversations: [], promises: [{ uuid: '00000000-0000-4000-8000-000000000000', id: 1, person: '00000000-0000-4000-8000-000000000001' }], repairs: [], reviews: [] }), /promises\[0\]\.person: refers to a person not in the file/],
  ])('refuses %s whole, with exit 2, importing nothing', async (_what, content, message) => {
    const db = await fullJournal();
    const before = trust(['export'], { db, now }).stdout;
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, content);
    const r = trust(['import', file], { db, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(trust(['export'], { db, now }).stdout).toBe(before);
  });

  it('checks the whole file first: one bad item at the end imports nothing', async () => {
    const db = await fullJournal();
    const data = trustJson(['export'], { db, now }) as any;
    data.promises.at(-1).status = 'done';
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const empty = tempDb();
    trust(['log', 'Mine', '--to', 'Zoe'], { db: empty, now });
    const r = trust(['import', file], { db: empty, now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('promises[3].status: should be one of open, kept, broken, released');
    expect(trustJson(['people'], { db: empty, now }).map((p: any) => p.name)).toEqual(['Zoe']);
  });

  it('says so when the file is missing, naming it and what to do', () => {
    const r = trust(['import', '/nonexistent/export.json'], { db: tempDb() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Could not read "/nonexistent/export.json": there is no such file.\nCheck its name and folder; `trust export --out FILE` makes a file to import.');
  });

  it('takes an empty file name for a usage mistake (exit 2)', () => {
    const r = trust(['import', ''], { db: tempDb() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('trust import needs the name of a file to import.');
  });

  it('reads a file that begins with a byte order mark, as Notepad saves it', async () => {
    const db = await fullJournal();
    const file = join(tempDir(), 'notepad.json');
    writeFileSync(file, '\uFEFF' + trust(['export'], { db, now }).stdout);
    const copy = tempDb();
    expect(trust(['import', file], { db: copy, now }).code).toBe(0);
    expect(trustJson(['list', '--status', 'all'], { db: copy, now }).total).toBe(3);
  });

  it('refuses a name with an invisible character, which could pass for someone else', async () => {
    const db = await fullJournal();
    const data = trustJson(['export'], { db, now }) as any;
    data.people[0].name = 'Ali\u200fce Smith';
    const file = join(tempDir(), 'spoof.json');
    writeFileSync(file, JSON.stringify(data));
    const r = trust(['import', file], { db: tempDb(), now });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('people[0].name: The name contains control or invisible characters');
  });

  it('says in the history of a promise which changes came from an import, and from which file', async () => {
    const db = await fullJournal();
    const data = trustJson(['export'], { db, now }) as any;
    Object.assign(data.promises[0], { text: 'Send the new deck', updatedAt: '2026-11-23T07:00:00.000Z' });
    const file = join(tempDir(), 'laptop.json');
    writeFileSync(file, JSON.stringify(data));
    expect(trust(['import', file], { db, now }).code).toBe(0);
    const shown = trust(['show', '1'], { db, now, env: { COLUMNS: '200' } }).stdout;
    expect(shown).toMatch(/edited +│ text: "Send the deck" → "Send the new deck"; from import of laptop\.json/);
  });
});

describe('trust backup and restore', () => {
  it('backs up beside the journal with a timestamp, privately, and never over an existing file', async () => {
    const db = await fullJournal();
    const r = trustJson(['backup'], { db, now });
    expect(r.path).toBe(join(db, '..', 'trust-backup-20261123-090000.db'));
    expect(statSync(r.path).mode & 0o777).toBe(0o600);
    const copy = new Database(r.path, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM promises').get()).toEqual({ n: 4 });
    copy.close();
    expect(trustJson(['backup'], { db, now }).path).toBe(join(db, '..', 'trust-backup-20261123-090000-2.db')); // the same second: the next free name
  });

  it('restores a backup, keeping the journal as it was', async () => {
    const db = await fullJournal();
    const file = join(tempDir(), 'b.db');
    trust(['backup', file], { db, now });
    trust(['log', 'After the backup', '--to', 'Bob'], { db, now });
    expect(trust(['restore', file], { db, now })).toMatchObject({ code: 2, stderr: expect.stringContaining('--yes') });
    const r = trustJson(['restore', file, '--yes'], { db, now });
    expect(r.previousJournal).toBe(`${db}.before-restore-20261123-090000`);
    expect(trustJson(['list', '--status', 'all'], { db, now }).promises.map((p: any) => p.text)).not.toContain('After the backup');
    const kept = new Database(r.previousJournal, { readonly: true });
    expect((kept.prepare("SELECT count(*) AS n FROM promises WHERE text = 'After the backup'").get() as any).n).toBe(1);
    kept.close();
    expect(trust(['doctor'], { db, now }).code).toBe(0);
  });

  it('checks the file before restoring, and leaves the journal alone when it is not a good backup', async () => {
    const db = await fullJournal();
    const before = trust(['export'], { db, now }).stdout;
    const text = join(tempDir(), 'notes.txt');
    writeFileSync(text, 'hello');
    expect(trust(['restore', text, '--yes'], { db, now })).toMatchObject({ code: 1, stderr: expect.stringContaining('not a SQLite database') });
    const other = join(tempDir(), 'other.db');
    new Database(other).close();
    expect(trust(['restore', other, '--yes'], { db, now })).toMatchObject({ code: 1, stderr: expect.stringContaining('not a trust journal') });
    expect(trust(['export'], { db, now }).stdout).toBe(before);
    expect(existsSync(`${db}.before-restore-20261123-090000`)).toBe(false);
  });
});

describe('trust doctor', () => {
  it('reports a healthy journal and exits 0', async () => {
    const db = await fullJournal();
    const r = trust(['doctor'], { db, now });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('All good.');
    const j = trustJson(['doctor'], { db, now });
    expect(j).toMatchObject({ ok: true, mode: '0600', integrity: ['ok'], foreignKeyProblems: 0, counts: { people: 3, promises: 3, deletedPromises: 1, repairs: 1, reviews: 1 } });
  });

  it('exits 1 and says what to do when the file is open to others', async () => {
    const db = await fullJournal();
    (await import('node:fs')).chmodSync(db, 0o644);
    const r = trust(['doctor'], { db, now });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Run: chmod 600 "${db}"`);
  });

  it('exits 1 for a missing journal or one that is not a database', () => {
    const missing = join(tempDir(), 'none.db');
    expect(trust(['doctor'], { db: missing })).toMatchObject({ code: 1, stdout: expect.stringContaining('There is no journal') });
    const text = join(tempDir(), 'x.db');
    writeFileSync(text, 'not a database at all');
    expect(trust(['doctor'], { db: text })).toMatchObject({ code: 1, stdout: expect.stringContaining('not a SQLite database') });
    expect(readFileSync(text, 'utf8')).toBe('not a database at all');
  });
});

describe('Unicode, end to end', () => {
  it('Japanese names, emoji and combining characters survive log, list, export and import', () => {
    const db = tempDb();
    const entries = [
      ['お土産を買う 🎁', '山田 太郎'],
      ['Appeler Zoe\u0308 👩‍👩‍👧‍👦', 'Zoe\u0308'],
      ['שלום — לקנות פרחים', 'דנה'],
    ];
    for (const [text, name] of entries) expect(trust(['log', text!, '--to', name!, '--due', 'fri'], { db, now }).code).toBe(0);
    // Stored in NFC, the form that compares equal however it was typed.
    const expected = entries.map(([text, name]) => [text!.normalize('NFC'), name!.normalize('NFC')]);
    const listed = trustJson(['list'], { db, now }).promises.map((p: any) => [p.text, p.person]);
    expect(listed).toEqual(expected);
    expect(trust(['list'], { db, now }).stdout).toContain('お土産を買う 🎁');
    expect(trustJson(['person', 'zoe\u0308'], { db, now }).name).toBe('Zoe\u0308'.normalize('NFC'));
    const file = join(tempDir(), 'u.json');
    writeFileSync(file, trust(['export'], { db, now }).stdout);
    const other = tempDb();
    expect(trust(['import', file], { db: other, now }).code).toBe(0);
    expect(trustJson(['list'], { db: other, now }).promises.map((p: any) => [p.text, p.person])).toEqual(expected);
    expect(trust(['export'], { db: other, now }).stdout).toBe(readFileSync(file, 'utf8'));
  });
});
