/**
 * The answer to one press of Tab: `trust __complete <words…>` gets the words after `trust`, the
 * last one being the word under the cursor, and prints what may come there, one a line, with a
 * tab and a description where there is one. A line `:files` alone asks the shell for file names.
 * Commands and flags come from the program itself, so they never fall out of step with it.
 * It never creates a journal and never prints an error: a completion must not spoil the line.
 */
import type { Command, Option } from 'commander';
import type { Io } from '../context.js';
import { CAUSES } from '../domain/checklist.js';
import { EXPORT_FORMATS } from '../domain/export-format.js';
import { LANGUAGES } from '../i18n/language.js';
import { SCRIPTS } from './scripts.js';
import { RELATIONS, STATUSES } from '../domain/promise.js';
import type { Candidate, PromiseGroup } from '../store/completion.js';

export const FILES = ':files';
export const SHELLS = Object.keys(SCRIPTS) as Array<keyof typeof SCRIPTS>;
/** Enough to choose from; a shell would ask before showing more anyway. */
const LIMIT = 200;

type Source = { fixed: readonly string[] } | { people: true } | { promises: PromiseGroup } | { files: true } | null;

const fixed = (words: readonly string[]): Source => ({ fixed: words });

function optionValues(long: string | undefined): Source {
  switch (long) {
    case '--to':
    case '--person':
      return { people: true };
    case '--relation':
      return fixed(RELATIONS);
    case '--status':
      return fixed([...STATUSES, 'all']);
    case '--cause':
      return fixed(CAUSES);
    case '--format':
      return fixed(EXPORT_FORMATS);
    case '--week':
      return fixed(['this', 'last']);
    case '--lang':
      return fixed([...LANGUAGES]);
    case '--db':
    case '--out':
      return { files: true };
    default:
      return null;
  }
}

function argumentValues(command: string, argument: string): Source {
  if (argument === 'id' || argument === 'promise-id') return { promises: command === 'reopen' ? 'resolved' : command === 'repair' ? 'broken' : 'open' };
  if (argument === 'name' || argument === 'old') return { people: true };
  if (argument === 'file') return { files: true };
  if (argument === 'shell') return fixed(SHELLS);
  return null;
}

/** The word as the command will get it: shell quotes and backslashes taken off. */
export function unquote(word: string): string {
  const quote = word[0];
  if (quote === '"' || quote === "'") return word.slice(1, word.endsWith(quote) && word.length > 1 ? -1 : undefined);
  return word.replace(/\\(.)/g, '$1');
}

const takesValue = (o: Option) => o.required || o.optional;

/** The option a word names, looked up in the command and then in those above it (--db and --json are the program's). */
function findOption(cmd: Command, word: string): Option | undefined {
  const flag = word.split('=')[0];
  for (let c: Command | null = cmd; c; c = c.parent) {
    const found = c.options.find((o) => o.long === flag || o.short === flag);
    if (found) return found;
  }
  return undefined;
}

const visible = (cmd: Command) => !(cmd as unknown as { _hidden?: boolean })._hidden;

interface Position {
  cmd: Command;
  /** How many arguments the command already has. */
  given: string[];
  /** The option whose value is being typed. */
  pending?: Option;
}

/** Walks the words before the cursor as commander would read them. */
function locate(program: Command, before: string[]): Position {
  let cmd = program;
  const given: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    if (word.startsWith('-') && word !== '-') {
      const option = findOption(cmd, word);
      if (option && takesValue(option) && !word.includes('=')) {
        if (i === before.length - 1) return { cmd, given, pending: option };
        i++;
      }
      continue;
    }
    const sub = given.length === 0 ? cmd.commands.find((c) => c.name() === word || c.aliases().includes(word)) : undefined;
    if (sub) cmd = sub;
    else given.push(word);
  }
  return { cmd, given };
}

/** The journal the words name with --db, else the usual one; null when there is no file. */
async function journal(words: string[], env: NodeJS.ProcessEnv) {
  const at = words.lastIndexOf('--db');
  let flag = at >= 0 ? words[at + 1] : words.find((w) => w.startsWith('--db='))?.slice(5);
  if (flag?.startsWith('~/') && env.HOME) flag = env.HOME + flag.slice(1);
  const [{ journalPath }, { sqlite }] = await Promise.all([import('../store/open.js'), import('../store/sqlite.js')]);
  // Read-only and never created: a mistyped --db must not leave a journal behind.
  return sqlite(journalPath(flag, env), { readonly: true, fileMustExist: true, timeout: 0 });
}

async function fromJournal(source: { people: true } | { promises: PromiseGroup }, typed: string, words: string[], given: string[], env: NodeJS.ProcessEnv): Promise<Candidate[]> {
  const db = await journal(words, env);
  try {
    const store = await import('../store/completion.js');
    if ('people' in source) return store.peopleStartingWith(db, typed, LIMIT);
    // Ids already on the line are not offered again (trust kept 12 14 …).
    return store.promisesStartingWith(db, source.promises, typed, LIMIT + given.length).filter((c) => !given.includes(c.word));
  } finally {
    db.close();
  }
}

function flags(cmd: Command, typed: string): Candidate[] {
  const out: Candidate[] = [];
  for (const o of cmd.options) {
    if (o.hidden) continue;
    for (const flag of [o.long, o.short]) if (flag?.startsWith(typed)) out.push({ word: flag, description: o.description });
  }
  for (const flag of ['--help', '-h']) if (flag.startsWith(typed) && !out.some((c) => c.word === flag)) out.push({ word: flag, description: 'show help' });
  return out;
}

async function candidates(program: Command, words: string[], env: NodeJS.ProcessEnv): Promise<Candidate[] | typeof FILES> {
  const before = words.slice(0, -1).map(unquote);
  const typed = unquote(words.at(-1) ?? '');
  const { cmd, given, pending } = locate(program, before);
  let source: Source;
  if (pending) source = optionValues(pending.long);
  else if (typed.startsWith('-')) return flags(cmd, typed);
  else if (cmd.commands.length > 0 && given.length === 0) {
    const shown = cmd.commands.filter(visible);
    const about = (c: Command) => c.summary() || c.description().split('\n')[0]!;
    const named = shown.filter((c) => c.name().startsWith(typed));
    // An alias only when its command's own name does not fit what is typed (str → streak), so the full list stays short.
    const aliased = shown.flatMap((c) => (named.includes(c) ? [] : c.aliases().filter((a) => a.startsWith(typed)).map((word) => ({ word, description: about(c) }))));
    return [...named.map((c) => ({ word: c.name(), description: about(c) })), ...aliased];
  } else {
    const args = cmd.registeredArguments;
    const last = args.at(-1);
    const argument = given.length < args.length ? args[given.length] : last?.variadic ? last : undefined;
    source = argument ? argumentValues(cmd.name(), argument.name()) : null;
  }
  if (!source) return [];
  if ('files' in source) return FILES;
  if ('fixed' in source) return source.fixed.filter((w) => w.startsWith(typed)).map((word) => ({ word, description: '' }));
  return fromJournal(source, typed, before, given, env);
}

/** One line per candidate; tabs and line breaks inside a description would break the lines. */
const line = (c: Candidate) => (c.description ? `${c.word}\t${c.description.replace(/\s+/g, ' ')}` : c.word);

export async function answer(words: string[], io: Io, program: () => Command): Promise<number> {
  try {
    const found = await candidates(program(), words.length > 0 ? words : [''], io.env);
    const text = found === FILES ? FILES : found.filter((c) => !/[\n\r]/.test(c.word)).map(line).join('\n');
    if (text) io.stdout.write(`${text}\n`);
  } catch (e) {
    // Whatever went wrong (no journal yet, an older one, a locked one), Tab just offers nothing.
    if (io.env.TRUST_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  }
  return 0;
}
