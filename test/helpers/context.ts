/** A Context for driving command handlers directly, with captured output and a scripted prompt. */
import { Writable } from 'node:stream';
import type { Context } from '../../src/context.js';
import { openJournal, type DB } from '../../src/store/open.js';
import { plain } from '../../src/ui/colour.js';
import type { Answer } from './fake-prompt.js';
import { ScriptedPrompter } from './fake-prompt.js';

export interface TestContext extends Context {
  prompt: ScriptedPrompter;
  output(): string;
  errors(): string;
  close(): void;
}

function capture() {
  const chunks: string[] = [];
  // Writes land synchronously, so output() right after a handler returns sees all of it.
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

export function testContext(dbPath: string, script: Answer[], now = new Date('2026-11-21T10:00:00'), interactive = true): TestContext {
  const out = capture();
  const err = capture();
  let db: DB | undefined;
  return {
    now,
    dbPath,
    db: (mode) => (db ??= openJournal(dbPath, { create: mode === 'write' })),
    prompt: new ScriptedPrompter(script),
    interactive,
    columns: Number.POSITIVE_INFINITY,
    // Never the runner's own: npm sets EDITOR=vi for scripts, and a test would open it.
    editor: undefined,
    out: out.stream,
    err: err.stream,
    c: plain,
    output: out.text,
    errors: err.text,
    close: () => db?.close(),
  };
}
