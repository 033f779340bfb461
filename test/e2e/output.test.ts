/**
 * stdout written straight to the file descriptor (src/ui/output.ts): a reader that stops early,
 * a pipe another program made non-blocking, and no stream built when nothing needs one.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDb, tempDir, trust } from '../helpers/cli.js';

async function benchJournal(promises: number): Promise<string> {
  const db = tempDb();
  // @ts-expect-error: the bench's journal builder is plain JavaScript
  const { buildJournal } = await import('../bench/journal.mjs');
  buildJournal(db, promises, new Date('2026-11-21T10:00:00Z'));
  return db;
}

const env = (db: string) => ({ PATH: process.env.PATH, HOME: tempDir(), TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin' });

describe('stdout', () => {
  it('ends quietly when the reader stops after one line: trust list | head -1', async () => {
    const db = await benchJournal(1000);
    // All of them, well over the 64 KB a pipe holds: trust is still writing when head has gone.
    const list = `"${process.execPath}" "${BIN}" list --status all --limit 1000`;
    const r = spawnSync('bash', ['-c', `${list} 2>"${db}.err" | head -1; echo "\${PIPESTATUS[0]}"; cat "${db}.err"`], { encoding: 'utf8', env: env(db) });
    const [first, code, ...rest] = r.stdout.split('\n');
    expect(first).toMatch(/^┌/);
    expect(code).toBe('0');
    expect(rest.join('')).toBe('');
  });

  // Node makes a child's stdio blocking when it starts one, so a few lines of Python stand in
  // for the program that shares a non-blocking pipe with trust (as some shells and editors do).
  const python = spawnSync('python3', ['-c', 'pass']).status === 0;
  it.skipIf(!python)('waits for a slow reader on a pipe another program made non-blocking, and writes all of it', async () => {
    const db = await benchJournal(300);
    const script = `
import fcntl, json, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
child = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.PIPE)
os.close(w)
time.sleep(0.5)  # the export (well over the 64 KB a pipe holds) fills it and must wait
data = b''
while True:
    chunk = os.read(r, 65536)
    if not chunk:
        break
    data += chunk
print(json.dumps({'code': child.wait(), 'stderr': child.stderr.read().decode(), 'out': data.decode()}))
`;
    const r = spawnSync('python3', ['-c', script, process.execPath, BIN, 'export'], { encoding: 'utf8', env: env(db), maxBuffer: 64 * 1024 * 1024 });
    const { code, stderr, out } = JSON.parse(r.stdout);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out).promises).toHaveLength(300);
  });

  it('still reports a full disk in one sentence (trust list > /dev/full)', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db });
    const full = openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [BIN, 'list'], { env: env(db), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
    closeSync(full);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('trust: Could not write the output: there is no space left on the device.\nCheck where the output goes, or write it with --out to a file elsewhere.\n');
  });

  /** The built-in modules Node loaded for a run of trust, reported once it is done (on fd 2: no stream there either). */
  function modulesLoaded(args: string[], db: string, stdout: 'pipe' | 'ignore'): { out: string; loaded: string[] } {
    const hook = join(tempDir(), 'hook.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeSync(2, '\\nLOADED ' + process.moduleLoadList.join(',')));\n");
    const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { encoding: 'utf8', env: env(db), stdio: ['ignore', stdout, 'pipe'] });
    return { out: r.stdout ?? '', loaded: r.stderr.split('LOADED ')[1]!.split(',') };
  }
  // Node's own start-up loads a few stream helpers; these come only with process.stdout.
  const streams = ['NativeModule stream', 'NativeModule net', 'NativeModule tty', 'NativeModule internal/streams/writable', 'NativeModule internal/fs/sync_write_stream'];

  it.each([['list'], ['people'], ['list', '--json'], ['export']])('builds no stream for trust %s through a pipe: Node\'s stream modules stay unloaded', (...args) => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db });
    const { out, loaded } = modulesLoaded(args, db, 'pipe');
    expect(out).toContain('Alice');
    expect(loaded.filter((m) => streams.includes(m))).toEqual([]);
  });

  it('builds no stream either when the output is thrown away (trust list > /dev/null, as from cron)', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db });
    const { loaded } = modulesLoaded(['list'], db, 'ignore');
    expect(loaded).toContain('NativeModule internal/fs/utils');
    expect(loaded.filter((m) => streams.includes(m))).toEqual([]);
  });
});
