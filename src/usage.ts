/**
 * Usage mistakes caught by commander (an unknown option, a missing argument, one too many) and
 * by trust's own look at the command name, told the way every other trust error is: one
 * sentence after "trust:", then the help to read, exit 2.
 */
import type { Command, CommanderError } from 'commander';
import { usageError, type TrustError } from './errors.js';
import { t } from './i18n/messages.js';

/**
 * How many single edits (insert, delete, replace, swap two neighbours) turn one word into the
 * other: the optimal string alignment distance, enough for typos such as lgo → log.
 */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known word nearest to what was typed, if it is near enough to be a typo (as git does). */
export function nearest(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  // A third of the word may be wrong, at least one letter: "lgo" finds log, "tanaka" finds nothing.
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(word, name);
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** `trust lgo`, `trust help lgo`: not a command, with the nearest one if it looks like a typo. */
export function unknownCommand(word: string, names: readonly string[]): TrustError {
  const guess = nearest(word, names);
  const m = t().usage;
  return usageError(m.notACommand({ word }), guess ? m.didYouMeanCommand({ guess }) : m.seeCommands());
}

/** "trust people rename", as the user types it. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Commander's message for one of its own checks, in trust's words. */
export function fromCommander(e: CommanderError, cmd: Command): TrustError {
  const m = t().usage;
  const path = commandPath(cmd);
  const help = m.seeHelp({ path });
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  switch (e.code) {
    case 'commander.unknownOption': {
      const guess = /Did you mean (\S+)\?/.exec(e.message)?.[1];
      const problem = cmd.parent ? m.noSuchOptionOf({ path, option: quoted }) : m.noSuchOption({ option: quoted });
      return usageError(problem, guess ? m.didYouMeanOption({ guess, help }) : help);
    }
    case 'commander.missingArgument': {
      const argument = cmd.registeredArguments.find((a) => a.name() === quoted);
      const about = argument?.description;
      return usageError(about ? m.needsArgumentAbout({ path, argument: quoted, about }) : m.needsArgument({ path, argument: quoted }), help);
    }
    case 'commander.optionMissingArgument': {
      const [flag, value] = quoted.split(/[ ,]+/).filter((w) => w.startsWith('--') || w.startsWith('<')).slice(-2);
      return usageError(value ? m.needsValueLike({ flag: flag!, value }) : m.needsValue({ flag: flag! }), help);
    }
    case 'commander.excessArguments': {
      // `trust people bogus` reaches people's default subcommand, never named: the word was meant as a subcommand.
      const parent = cmd.parent;
      if (parent?.parent && parent.args[0] !== cmd.name() && !cmd.aliases().includes(parent.args[0] ?? '')) {
        const word = cmd.args[0]!;
        const guess = nearest(word, parent.commands.map((c) => c.name()));
        const where = commandPath(parent);
        return usageError(m.notASubcommand({ word, path: where }), guess ? m.didYouMeanSubcommand({ path: where, guess }) : m.seeSubcommands({ path: where }));
      }
      const expected = cmd.registeredArguments.length;
      const given = cmd.args.length;
      return usageError(m.tooManyArguments({ path, expected, given }), m.quoteSpaces({ help }));
    }
    default:
      // Any other check of commander's: its own words, without its "error:" prefix.
      return usageError(`${e.message.replace(/^error: /, '').replace(/^./, (c) => c.toUpperCase())}.`.replace(/\.\.$/, '.'), help);
  }
}

/** Flags that contradict each other or make no sense alone, refused before anything runs. */
export interface FlagRules {
  /** Each group holds ways of using the command of which at most one may be given; `<name>` is an argument. */
  exclusive?: string[][];
  /** An option that only means something with another: markdown → show. */
  needs?: Record<string, string>;
}

/** How the user wrote an option or argument, by its key: `--show <repair-id>`, `<promise-id>`. */
function spelled(cmd: Command, key: string, withValue = false): string {
  if (key.startsWith('<')) return key;
  const option = cmd.options.find((o) => o.attributeName() === key);
  if (!option) return `--${key}`;
  return withValue ? option.flags.replace(/^-\w, /, '') : (option.long ?? option.flags);
}

function given(cmd: Command, key: string): boolean {
  if (key.startsWith('<')) {
    const index = cmd.registeredArguments.findIndex((a) => `<${a.name()}>` === key);
    return index >= 0 && cmd.args[index] !== undefined;
  }
  return cmd.getOptionValueSource(key) === 'cli';
}

export function checkFlags(cmd: Command, rules: FlagRules): void {
  const m = t().usage;
  const path = commandPath(cmd);
  const help = m.seeHelp({ path });
  for (const group of rules.exclusive ?? []) {
    const clash = group.filter((key) => given(cmd, key));
    if (clash.length > 1) {
      const [a, b] = clash.map((key) => spelled(cmd, key));
      throw usageError(m.together({ a: a!, b: b! }), help);
    }
  }
  for (const [key, partner] of Object.entries(rules.needs ?? {})) {
    if (given(cmd, key) && !given(cmd, partner)) throw usageError(m.onlyWith({ flag: spelled(cmd, key), partner: spelled(cmd, partner, true) }), help);
  }
}
