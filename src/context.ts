/**
 * What every command handler is given: the clock, the journal, the prompt adapter and the
 * output streams. Tests build one by hand; cli.ts builds the real one.
 */
import { usageError } from './errors.js';
import { journalPath, openJournal, upgradeJournal, type DB } from './store/open.js';
import { colourLevel, painter, type Paint } from './ui/colour.js';
import { noPrompter, terminalPrompter, type Prompter } from './ui/prompt.js';

export interface Context {
  now: Date;
  /** The journal; reading commands pass 'read' so that a missing file is reported, not created. */
  db(mode: 'read' | 'write'): DB;
  dbPath: string;
  prompt: Prompter;
  /** A person is at a terminal, so questions may be asked. */
  interactive: boolean;
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  c: Paint;
}

/** TRUST_NOW fixes "now" for tests and demos. */
export function clock(env: NodeJS.ProcessEnv): Date {
  if (!env.TRUST_NOW) return new Date();
  const now = new Date(env.TRUST_NOW);
  if (Number.isNaN(now.getTime())) {
    throw usageError(`TRUST_NOW is set to "${env.TRUST_NOW}", which is not a time.`, 'Use an ISO time such as 2026-11-21T09:30, or unset it.');
  }
  return now;
}

export interface Io {
  stdin: { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export interface RealContext extends Context {
  /** Upgrades a journal written by an older trust (with a copy kept first). */
  prepare(): Promise<void>;
  close(): void;
}

/** `colourFlag` is --color (true) or --no-color (false), if given. */
export async function realContext(dbFlag: string | undefined, io: Io, colourFlag?: boolean): Promise<RealContext> {
  let db: DB | undefined;
  const dbPath = journalPath(dbFlag, io.env);
  // stdout first: when it is not a terminal, stdin is never looked at, and Node never builds
  // the stdin stream (a file or pipe stream loads a dozen modules, about 1 ms).
  const interactive = Boolean(io.stdout.isTTY && io.stdin.isTTY);
  return {
    now: clock(io.env),
    dbPath,
    db: (mode) => (db ??= openJournal(dbPath, { create: mode === 'write' })),
    prompt: interactive ? terminalPrompter : noPrompter,
    interactive,
    out: io.stdout,
    // Looked up only when something is written to it: Node builds the stderr stream on first
    // use, about 1 ms, and most runs write nothing there.
    get err() {
      return io.stderr;
    },
    c: await painter(colourLevel(io.stdout, io.env, colourFlag)),
    prepare: async () => {
      const copy = await upgradeJournal(dbPath);
      if (copy) io.stderr.write(`trust: Upgraded your journal to this version of trust; the copy from before is at ${copy}.\n`);
    },
    close: () => db?.close(),
  };
}
