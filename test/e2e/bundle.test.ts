/**
 * scripts/build.mjs puts stubs in place of modules that would cost start-up time on every run
 * (see src/stubs/). These tests fail if one of them comes back into the bundle, or if the
 * program loads child_process after all.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDb, tempDir, trust } from '../helpers/cli.js';

const dist = resolve(import.meta.dirname, '../../dist');
const bundle = readFileSync(join(dist, 'cli.cjs'), 'utf8');
// The files esbuild put into the bundle, as the build script lists them.
const inputs: string[] = JSON.parse(readFileSync(join(dist, 'inputs.json'), 'utf8'))['cli.cjs'];

describe('the bundle', () => {
  it('lists what it is made of', () => {
    expect(inputs).toContain('src/cli.ts');
    expect(inputs.some((f) => f.startsWith('node_modules/commander/'))).toBe(true);
  });

  it.each(['emoji-regex', 'string-width', 'strip-ansi', '@colors/colors', 'chalk/source/vendor/supports-color'])('carries no %s', (name) => {
    expect(inputs.filter((f) => f.startsWith(`node_modules/${name}/`))).toEqual([]);
  });

  it('is plain ASCII, so that V8 holds its source as a one-byte string (scripts/build.mjs escapes the rest)', () => {
    expect(bundle.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  });

  it('never requires child_process', () => {
    expect(bundle).not.toMatch(/require\("(node:)?child_process"\)/);
  });

  it('draws a table in colour without loading child_process', () => {
    const db = tempDb();
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db }).code).toBe(0);
    // A hook that reports, once trust is done, the built-in modules Node loaded for it.
    const hook = join(tempDir(), 'hook.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write('\\nLOADED ' + process.moduleLoadList.join(',')));\n");
    const r = spawnSync(process.execPath, ['--require', hook, BIN, 'list'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin', FORCE_COLOR: '1', COLUMNS: '80' },
    });
    expect(r.stdout).toContain('\u001b[90m┌');
    const loaded = r.stderr.split('LOADED ')[1]!.split(',');
    expect(loaded).not.toContain('NativeModule child_process');
  });
});
