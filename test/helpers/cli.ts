/** Runs the built binary the way a user would, against a throwaway journal. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/trust.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh folder under the run's own (test/helpers/global-setup.ts), which goes at the end. */
export function tempDir(): string {
  return mkdtempSync(join(process.env.TRUST_TEST_TMP ?? tmpdir(), 'trust-test-'));
}

export function tempDb(): string {
  return join(tempDir(), 'trust.db');
}

export interface RunOptions {
  db: string;
  now?: string;
  tz?: string;
  env?: Record<string, string>;
}

function envFor(o: RunOptions): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: tempDir(),
    TRUST_DB: o.db,
    TRUST_NOW: o.now ?? '2026-11-21T10:00:00',
    TZ: o.tz ?? 'Europe/Berlin',
    ...o.env,
  };
}

export function trust(args: string[], o: RunOptions): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: envFor(o), stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without waiting: for several processes at once. */
export function trustAsync(args: string[], o: RunOptions): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: envFor(o), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolveRun({ code: code ?? -1, stdout, stderr }));
  });
}

/** Runs and parses --json output, failing loudly if the command did not succeed. */
export function trustJson<T = any>(args: string[], o: RunOptions): T {
  const r = trust([...args, '--json'], o);
  if (r.code !== 0) throw new Error(`trust ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
