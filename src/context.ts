/**
 * What every command handler is given: the clock, the journal, the prompt adapter and the
 * output streams. Tests build one by hand; cli.ts builds the real one.
 */
import { usageError } from './errors.js';
import { t } from './i18n/messages.js';
import { parseIsoMoment } from './domain/dates.js';
import { journalPath, openJournal, upgradeJournal, type DB, type Upgrade } from './store/open.js';
import { colourLevel, painter, type Paint } from './ui/colour.js';
import { noPrompter, terminalPrompter, type Prompter } from './ui/prompt.js';
import { outputColumns, wrap } from './ui/wrap.js';
import { chosenEditor } from './ui/prompt-editor.js';
import { streamOf, type Output, type Terminal } from './ui/output.js';

export interface Context {
  now: Date;
  /** The journal; reading commands pass 'read' so that a missing file is reported, not created. */
  db(mode: 'read' | 'write'): DB;
  dbPath: string;
  prompt: Prompter;
  /** A person is at a terminal, so questions may be asked. */
  interactive: boolean;
  out: Output;
  err: Output;
  c: Paint;
  /** How many columns what is printed may take: the terminal's width, else COLUMNS, else no limit. */
  columns: number;
  /** The same for stderr (errors, warnings, notices); no limit when absent. */
  errColumns?: number;
  /** The editor the user chose ($VISUAL, else $EDITOR) for text longer than a line; none in tests unless given. */
  editor?: string;
}

// Defined beside the wrapping, which --help uses without loading the journal's modules.
export { outputColumns } from './ui/wrap.js';

/** TRUST_NOW fixes "now" for tests and demos: an ISO 8601 time, local unless it names a zone. */
export function clock(env: NodeJS.ProcessEnv): Date {
  if (!env.TRUST_NOW) return new Date();
  const now = parseIsoMoment(env.TRUST_NOW);
  if (now === null) {
    throw usageError(t().journal.badNow({ value: env.TRUST_NOW }), t().journal.badNowHint());
  }
  return now;
}

/** A failure to write (a full disk), as a stream's 'error' event reports it. */
type Failures = { on(event: 'error', listener: (e: NodeJS.ErrnoException) => void): unknown };

/** The process's streams in tests; in a real run, its file descriptors (see ui/output.ts). */
export interface Io {
  stdin: { isTTY?: boolean };
  stdout: Output & Terminal & Failures;
  stderr: Output & Terminal;
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
  // What prepare() found the file to be, so that opening it need not look again.
  let examined: Upgrade['examined'];
  const dbPath = journalPath(dbFlag, io.env);
  // The default place is trust's own folder; a folder named with --db or TRUST_DB is the user's.
  const privateFolder = !dbFlag && !io.env.TRUST_DB;
  // Measured only when something is written there (see err below).
  const errColumns = () => outputColumns(io.stderr, io.env);
  const notice = (message: string) => io.stderr.write(wrap(`trust: ${message}`, errColumns()) + '\n');
  let interactive: boolean | undefined;
  const atTerminal = () => (interactive ??= Boolean(io.stderr.isTTY && io.stdin.isTTY));
  let prompter: Prompter | undefined;
  return {
    now: clock(io.env),
    dbPath,
    db: (mode) => (db ??= openJournal(dbPath, { create: mode === 'write', notice, privateFolder, examined })),
    // Questions are asked on stderr and answered on stdin, so `trust log > file` still asks them
    // and the file gets only the result. Worked out only when a command may ask something:
    // looking at stdin or stderr makes Node build that stream (a file or pipe stream loads a
    // dozen modules, about 1 ms each), which `trust list` never needs. stderr first: a script
    // usually redirects it as well, and then stdin is never looked at.
    get interactive() {
      return atTerminal();
    },
    get prompt() {
      return (prompter ??= atTerminal() ? terminalPrompter(streamOf(io.stderr)) : noPrompter);
    },
    out: io.stdout,
    // Looked up only when something is written to it: Node builds the stderr stream on first
    // use, about 1 ms, and most runs write nothing there.
    get err() {
      return io.stderr;
    },
    c: await painter(colourLevel(io.stdout, io.env, colourFlag)),
    columns: outputColumns(io.stdout, io.env),
    get editor() {
      return chosenEditor(io.env);
    },
    get errColumns() {
      return errColumns();
    },
    prepare: async () => {
      const { copy, examined: found } = await upgradeJournal(dbPath, notice, { privateFolder });
      examined = found;
      if (copy) notice(t().journal.upgraded({ copy }));
    },
    close: () => db?.close(),
  };
}
