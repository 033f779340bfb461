/**
 * trust export --out never destroys what is already on disk (issue 10, items 1 and 9): not the
 * journal, not a file it did not make, not a device node; and it never leaves a temporary file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { BIN, tempDb, tempDir, trust } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';
const isRoot = process.getuid?.() === 0;
/**
 * As root, a regression could replace the machine's own /dev/null or /dev/stdout, breaking every
 * program on it. The tests that touch those run only once a copy of /dev/null made here has come
 * through unharmed. (Without root, trust cannot rename anything into /dev.)
 */
let devicesProvedSafe = !isRoot;

async function journal(promises = 2): Promise<string> {
  const db = tempDb();
  const ctx = testContext(db, []);
  for (let i = 0; i < promises; i++) await log({ text: `Promise ${i}, with a little text to give the export some weight`, to: i % 2 ? 'Alice' : '田中さん' } as never, ctx);
  ctx.close();
  return db;
}

const bytes = (path: string) => readFileSync(path);
/** Whatever is in a folder besides what the test put there: a temporary file left behind would show. */
const leftovers = (dir: string, expected: string[]) => readdirSync(dir).filter((f) => !expected.includes(f));
const noInternalError = (stderr: string) => expect(stderr).not.toMatch(/went wrong inside|report it/);

describe('export --out and a device node', () => {
  it.runIf(isRoot)('writes into a character device in place, leaving the node a device (a copy of /dev/null)', async () => {
    const db = await journal();
    const dir = tempDir();
    const node = join(dir, 'null');
    expect(spawnSync('mknod', [node, 'c', '1', '3']).status).toBe(0);
    const r = trust(['export', '--out', node, '--force'], { db });
    expect(r.code).toBe(0);
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
    expect(statSync(node).rdev).toBe(statSync('/dev/null').rdev);
    expect(leftovers(dir, ['null'])).toEqual([]);
    // Without --force too: a device is not a file someone made.
    expect(trust(['export', '--out', node], { db }).code).toBe(0);
    expect(lstatSync(node).isCharacterDevice()).toBe(true);
    devicesProvedSafe = true;
  });
});

describe('export --out and a disk', () => {
  it.runIf(isRoot)('refuses a block device without --force', async () => {
    const db = await journal();
    const node = join(tempDir(), 'disk');
    // A loop device number that is almost surely unused: nothing is ever opened here anyway.
    expect(spawnSync('mknod', [node, 'b', '7', '250']).status).toBe(0);
    const r = trust(['export', '--out', node], { db });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is a disk device');
    expect(lstatSync(node).isBlockDevice()).toBe(true);
  });
});

describe('export --out and the journal', () => {
  it('never writes over the journal in use, by name, symbolic link or hard link, even with --force', async () => {
    const db = await journal();
    const before = bytes(db);
    const dir = dirname(db);
    symlinkSync(db, join(dir, 'link.db'));
    linkSync(db, join(dir, 'hard.db'));
    for (const out of [db, join(dir, 'link.db'), join(dir, 'hard.db'), join(dir, '.', 'trust.db')]) {
      for (const flags of [[], ['--force']]) {
        const r = trust(['export', '--format', 'csv', '--out', out, ...flags], { db });
        expect(r, `${out} ${flags}`).toMatchObject({ code: 2, stdout: '' });
        expect(r.stderr).toContain('That file is your journal');
      }
    }
    expect(bytes(db).equals(before)).toBe(true);
    expect(trust(['list', '--json'], { db }).code).toBe(0);
    expect(leftovers(dir, ['trust.db', 'link.db', 'hard.db', 'trust.db-wal', 'trust.db-shm'])).toEqual([]);
  });

  it('never writes over the journal\'s -wal or -shm, which exist while it is open, nor a -journal that does not exist yet', async () => {
    const db = await journal();
    for (const suffix of ['-wal', '-shm', '-journal']) {
      const r = trust(['export', '--out', db + suffix, '--force'], { db });
      expect(r.code, suffix).toBe(2);
      expect(r.stderr).toContain(`That file is your journal (its ${suffix} file)`);
    }
    expect(existsSync(`${db}-journal`)).toBe(false);
    expect(trust(['list', '--json'], { db }).code).toBe(0);
  });
});

describe('export --out and files that exist', () => {
  it('refuses an existing file without --force (exit 1), and replaces it whole and privately with it', async () => {
    const db = await journal();
    const file = join(tempDir(), 'mine.txt');
    writeFileSync(file, 'my own notes\n', { mode: 0o644 });
    const refused = trust(['export', '--out', file], { db });
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('already exists');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('my own notes\n');

    const forced = trust(['export', '--out', file, '--force'], { db });
    expect(forced).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('trust-export');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(leftovers(dirname(file), ['mine.txt'])).toEqual([]);
  });

  it('replaces the file a symbolic link points to, not the link', async () => {
    const db = await journal();
    const dir = tempDir();
    writeFileSync(join(dir, 'target.csv'), 'old');
    symlinkSync(join(dir, 'target.csv'), join(dir, 'link.csv'));
    expect(trust(['export', '--format', 'csv', '--out', join(dir, 'link.csv'), '--force'], { db }).code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.csv'), 'utf8')).toMatch(/^id,uuid,person/);
  });

  it('never replaces a SQLite database (a backup, the copy kept before an upgrade), even with --force', async () => {
    const db = await journal();
    const dir = tempDir();
    const copies = [join(dir, 'trust-backup-20261121-093000.db'), join(dir, 'trust.db.pre-v4')];
    for (const copy of copies) {
      expect(trust(['backup', copy], { db }).code).toBe(0);
      const before = bytes(copy);
      for (const flags of [[], ['--force']]) {
        const r = trust(['export', '--format', 'csv', '--out', copy, ...flags], { db });
        expect(r.code, `${copy} ${flags}`).toBe(1);
        expect(bytes(copy).equals(before)).toBe(true);
      }
      expect(trust(['export', '--out', copy, '--force'], { db }).stderr).toContain('is a SQLite database');
    }
  });
});

describe('export --out to what is not a regular file', () => {
  it('says where a file went on stderr, keeping stdout empty', async () => {
    const db = await journal();
    const file = join(tempDir(), 'out.json');
    expect(trust(['export', '--out', file], { db })).toEqual({ code: 0, stdout: '', stderr: `Exported the journal to ${file}.\n` });
  });

  it('writes to /dev/null itself and leaves it a character device', async () => {
    expect(devicesProvedSafe, 'a copy of /dev/null was harmed; not trying the real one').toBe(true);
    const db = await journal();
    const before = statSync('/dev/null');
    for (const flags of [[], ['--force']]) expect(trust(['export', '--out', '/dev/null', ...flags], { db }).code).toBe(0);
    const after = lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.rdev, after.ino, after.mode]).toEqual([before.rdev, before.ino, before.mode]);
  });

  it('writes --out - and /dev/stdout to standard output, and says nothing on stderr', async () => {
    expect(devicesProvedSafe, 'a copy of /dev/null was harmed; not trying /dev/stdout').toBe(true);
    const db = await journal();
    const plain = trust(['export'], { db });
    for (const out of ['-', '/dev/stdout']) expect(trust(['export', '--out', out], { db })).toEqual({ code: 0, stdout: plain.stdout, stderr: '' });
  });

  it('writes into a FIFO for whoever reads it', async () => {
    const db = await journal();
    const fifo = join(tempDir(), 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('timeout', ['20', 'cat', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let read = '';
    reader.stdout.on('data', (c: Buffer) => (read += c.toString()));
    const closed = new Promise((done) => reader.on('close', done));
    const r = await new Promise<number | null>((done) => spawn(process.execPath, [BIN, 'export', '--out', fifo], { env: { ...process.env, TRUST_DB: db } }).on('close', done));
    await closed;
    expect(r).toBe(0);
    expect(JSON.parse(read).format).toBe('trust-export');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('fails at once, exit 1, when nothing reads the FIFO (it used to wait for ever)', async () => {
    const db = await journal();
    const fifo = join(tempDir(), 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    const r = spawnSync('timeout', ['10', process.execPath, BIN, 'export', '--out', fifo], { encoding: 'utf8', env: { ...process.env, TRUST_DB: db } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Nothing is reading ${fifo}, a named pipe (FIFO), so the export was not written.`);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('writes all of an export larger than the pipe to a slow reader, started a moment late', async () => {
    const db = await journal(250);
    const whole = trust(['export'], { db }).stdout;
    expect(Buffer.byteLength(whole)).toBeGreaterThan(2 * 65536);
    const fifo = join(tempDir(), 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const writer = new Promise<number | null>((done) => spawn(process.execPath, [BIN, 'export', '--out', fifo], { env: { ...process.env, TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00' }, stdio: 'ignore' }).on('close', done));
    // Opens its end a moment after trust first tried, then lets the pipe fill up before it reads.
    const reader = spawn('sh', ['-c', 'sleep 0.3; exec 3<"$1"; sleep 1; cat <&3', 'reader', fifo], { stdio: ['ignore', 'pipe', 'inherit'] });
    let read = '';
    reader.stdout.on('data', (c: Buffer) => (read += c.toString()));
    const closed = new Promise((done) => reader.on('close', done));
    expect(await writer).toBe(0);
    await closed;
    expect(read).toBe(whole);
  });
});

describe('export --out mistakes: a clear sentence, exit 2, nothing left behind', () => {
  it('a folder', async () => {
    const db = await journal();
    const dir = tempDir();
    const r = trust(['export', '--out', dir], { db });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('is a folder');
    noInternalError(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a folder that does not exist', async () => {
    const db = await journal();
    const dir = tempDir();
    const r = trust(['export', '--out', join(dir, 'missing', 'out.json')], { db });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain(`The folder ${join(dir, 'missing')} does not exist.`);
    noInternalError(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a path through a file', async () => {
    const db = await journal();
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const r = trust(['export', '--out', join(dir, 'file', 'out.json')], { db });
    expect(r.code).toBe(2);
    noInternalError(r.stderr);
  });

  it.each([100_000, 256])('a name of %i characters', async (length) => {
    const db = await journal();
    const dir = tempDir();
    const r = trust(['export', '--out', join(dir, 'x'.repeat(length))], { db });
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('That file name is too long');
    expect(r.stderr.length).toBeLessThan(300);
    noInternalError(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an empty name', async () => {
    const r = trust(['export', '--out', ''], { db: await journal() });
    expect(r).toMatchObject({ code: 2, stdout: '' });
  });

  it('a disk that fills half-way: exit 1, no file, no temporary file', async () => {
    const db = await journal(400);
    const dir = tempDir();
    const file = join(dir, 'out.json');
    // A file size limit makes write() fail part-way (EFBIG) once the signal it would raise is ignored.
    const r = spawnSync('sh', ['-c', 'trap "" XFSZ; ulimit -f 100; exec "$0" "$@"', process.execPath, BIN, 'export', '--out', file], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: tempDir(), TRUST_DB: db, TZ: 'Europe/Berlin' },
    });
    expect(trust(['export'], { db }).stdout.length).toBeGreaterThan(100 * 1024);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('There was no room to finish writing');
    noInternalError(r.stderr);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(isRoot)('a folder it may not write to: exit 1, nothing left behind', async () => {
    const db = await journal();
    const dir = join(tempDir(), 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const r = trust(['export', '--out', join(dir, 'out.json')], { db });
    chmodSync(dir, 0o700);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('may not write');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });
});

describe('an export killed halfway', () => {
  it('leaves a temporary file that the next export into that folder removes, and only one whose writer is gone', async () => {
    const db = await journal();
    const dir = tempDir();
    // What a killed export leaves: its pid is no longer running. And one of a running export (this test's runner).
    const dead = join(dir, '.trust-out-999999999-lk2a9abc.tmp');
    const running = join(dir, `.trust-out-${process.pid}-lk2a9abd.tmp`);
    writeFileSync(dead, 'half an export');
    writeFileSync(running, 'being written');
    const r = trust(['export', '--out', join(dir, 'journal.json')], { db });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([running.slice(dir.length + 1), 'journal.json'].sort());
  });

  it('really killed: SIGKILL during a big export, then an export into the same folder', async () => {
    const db = await journal(400);
    const dir = tempDir();
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'markdown', '--out', join(dir, 'a.md')], {
      env: { ...process.env, TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00' },
      stdio: 'ignore',
    });
    // Wait for its temporary file, then kill it before it is renamed (or after: both must leave a clean folder).
    const deadline = Date.now() + 10_000;
    while (readdirSync(dir).length === 0 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    expect(trust(['export', '--out', join(dir, 'b.json')], { db }).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
