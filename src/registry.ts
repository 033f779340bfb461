/**
 * Every trust command as a table: names, help, arguments and flags, the rules its flags obey, and
 * the handler that runs it, imported only when that command runs (as changesets' CLI does).
 * registerCommands() adds them to the program; it adds only the command being run (all of them
 * for the overall help), which spares building the other twenty at every start.
 *
 * Arguments and flags are declared on a command typed by @commander-js/extra-typings (types
 * only: at run time it is commander's own Command), so each handler is checked against the
 * options its command really parses.
 */
import type { Command as TypedCommand, Option as TypedOption, OptionValues } from '@commander-js/extra-typings';
import { Option, type Command } from 'commander';
import type { Context } from './context.js';
import { pastDateForms } from './domain/dates.js';
import { RELATIONS } from './domain/promise.js';
import type { FlagRules } from './usage.js';
import { t } from './i18n/messages.js';

/** The examples after a command's help, one command a line as the catalogue gives them. */
export const examples = (lines: string) => `\n${t().cli.examples()}\n${lines.split('\n').map((l) => `  $ ${l}`).join('\n')}\n`;

/** The program's own options, which every command's handler sees too. */
export interface GlobalOptions {
  db?: string;
  json?: true;
  color?: boolean;
  lang?: string;
}

/** One trust command. `Args` and `Opts` are what `define` declares, and what `run` is given. */
export interface CommandDef<Args extends unknown[] = unknown[], Opts extends OptionValues = OptionValues> {
  name: string;
  /** Other names it answers to, shown beside the name in the help (kept|keep). */
  aliases?: string[];
  /** Its words, from the catalogue: one line for `trust --help`, the opening of its own help, and examples. */
  words: () => { summary: () => string; description: () => string; examples: () => string };
  /** Arguments and options. */
  define?: (cmd: TypedCommand) => TypedCommand<Args, Opts>;
  /** Flags that contradict each other, refused before the journal is opened. */
  rules?: FlagRules;
  /** False for commands that inspect or replace the journal file itself: no upgrade first. */
  upgrade?: boolean;
  /** The subcommand run when none is named (people → people list). */
  isDefault?: boolean;
  subcommands?: CommandDef[];
  /** Imports the handler and runs it; only when this command runs. */
  run?: (ctx: Context, args: Args, opts: Opts & GlobalOptions) => Promise<unknown>;
}

/** Checks a definition's handler against its arguments and options (the table itself holds any). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const command = <Args extends unknown[], Opts extends OptionValues>(def: CommandDef<Args, Opts>): CommandDef<any, any> => def;

// The help of flags is looked up when a command is defined, which happens only once a language is loaded.
const h = () => t().help;

/** --json, for every command that prints data. */
const json = () => new Option('--json', h().common.json()) as unknown as TypedOption<'--json'>;

/** --limit with its default shown as the number it is, (default: 20), not as a string. */
const limit = (help: string, n: number) => new Option('--limit <n>', help).default(n) as unknown as TypedOption<'--limit <n>', undefined, number>;

// Each outcome answers to both forms of its verb, as people say them: keep/kept, break/broken.
const outcome = (name: 'kept' | 'broken' | 'release', alias: 'keep' | 'break' | 'released', status: 'kept' | 'broken' | 'released') =>
  command({
    name,
    aliases: [alias],
    words: () => h()[name],
    define: (c) =>
      c
        .argument('<id...>', h().common.promiseIds())
        .option('--note <text>', h().outcome.note())
        .option('--at <date>', h().outcome.at({ forms: pastDateForms() }))
        .addOption(json()),
    // From the command line, a break at a terminal is followed by the offer to apologise early.
    run: async (ctx, [ids], opts) => (await import('./commands/resolve.js')).resolve(status, ids, { ...opts, offer: true }, ctx),
  });

export const COMMANDS: CommandDef[] = [
  command({
    name: 'log',
    words: () => h().log,
    define: (c) =>
      c
        .argument('[promise]', h().log.promise())
        .option('--to <name>', h().log.to())
        .option('--due <date>', h().log.due())
        .option('--relation <relation>', h().log.relation({ relations: RELATIONS.join(', ') }))
        .option('--note <text>', h().log.note())
        .option('--when <cue>', h().log.when())
        .addOption(json()),
    run: async (ctx, [text], opts) => (await import('./commands/log.js')).log({ ...opts, text }, ctx),
  }),
  outcome('kept', 'keep', 'kept'),
  outcome('broken', 'break', 'broken'),
  outcome('release', 'released', 'released'),
  command({
    name: 'reopen',
    words: () => h().reopen,
    define: (c) => c.argument('<id>', h().common.promiseId()).option('--note <text>', h().reopen.note()).addOption(json()),
    run: async (ctx, [id], opts) => (await import('./commands/reopen.js')).reopen(id, opts, ctx),
  }),
  command({
    name: 'renegotiate',
    words: () => h().renegotiate,
    define: (c) => c.argument('<id>', h().common.promiseId()).option('--due <date>', h().renegotiate.due()).option('--note <text>', h().renegotiate.note()).addOption(json()),
    run: async (ctx, [id], opts) => (await import('./commands/renegotiate.js')).renegotiate(id, opts, ctx),
  }),
  command({
    name: 'repair',
    words: () => h().repair,
    define: (c) => {
      const w = h().repair;
      return c
        .argument('[promise-id]', w.promiseId())
        .option('--person <name>', w.person())
        .option('--cause <cause>', w.cause())
        .option('--resume <repair-id>', w.resume())
        .option('--list', w.list())
        .option('--show <repair-id>', w.show())
        .option('--markdown', w.markdown())
        .option('--close <repair-id>', w.close())
        .option('--learned <text>', w.learned())
        .option('--force', w.force())
        .option('--abandon <repair-id>', w.abandon())
        .option('--apologised [when]', w.apologised())
        .option('--note <text>', w.note())
        .addOption(limit(w.limit(), 30))
        .addOption(json());
    },
    rules: {
      // One thing at a time: start (from a promise or a person), resume, list, show, close or set aside.
      exclusive: [
        ['<promise-id>', 'person', 'resume', 'list', 'show', 'close', 'abandon'],
        ['cause', 'resume', 'list', 'show', 'close', 'abandon', 'apologised'],
      ],
      needs: { markdown: 'show', learned: 'close', force: 'close', limit: 'list', apologised: '<promise-id>', note: 'apologised' },
    },
    run: async (ctx, [promiseId], opts) => (await import('./commands/repair.js')).repair(promiseId, opts, ctx),
  }),
  command({
    name: 'review',
    words: () => h().review,
    define: (c) => {
      const w = h().review;
      return c.option('--week <week>', w.week()).option('--no-prompts', w.noPrompts()).option('--history', w.history()).option('--show <week>', w.show()).addOption(json());
    },
    // A review of a week, the list of past ones, or one saved review: not two at once.
    rules: { exclusive: [['week', 'history', 'show'], ['prompts', 'history', 'show']] },
    run: async (ctx, _args, opts) => (await import('./commands/review.js')).review(opts, ctx),
  }),
  command({
    name: 'stats',
    aliases: ['streak'],
    words: () => h().stats,
    define: (c) => c.addOption(limit(h().stats.limit(), 20)).addOption(json()),
    run: async (ctx, _args, opts) => (await import('./commands/stats.js')).stats(opts, ctx),
  }),
  command({
    name: 'remind',
    words: () => h().remind,
    define: (c) =>
      c
        .option('--within <duration>', h().remind.within(), '24h')
        .option('--notify', h().remind.notify())
        .option('--again', h().remind.again())
        .option('--install', h().remind.install())
        .addOption(json()),
    rules: { exclusive: [['install', 'notify'], ['install', 'again'], ['install', 'within']] },
    run: async (ctx, _args, opts) => (await import('./commands/remind.js')).remind(opts, ctx),
  }),
  command({
    name: 'doctor',
    words: () => h().doctor,
    define: (c) => c.option('--repair', h().doctor.repair()).addOption(json()),
    upgrade: false,
    run: async (ctx, _args, opts) => (await import('./commands/doctor.js')).doctor(opts, ctx),
  }),
  command({
    name: 'export',
    words: () => h().export,
    define: (c) => {
      const w = h().export;
      return c
        .option('--format <format>', w.format(), 'json')
        .option('--out <file>', w.out())
        .option('--force', w.force())
        .option('--anonymize', w.anonymize())
        // Both spelled out, so that neither is the default: without either, the language decides.
        .option('--bom', w.bom())
        .option('--no-bom', w.noBom())
        .option('--alarm <duration>', w.alarm())
        .option('--notes', w.notes());
    },
    rules: { needs: { force: 'out' } },
    run: async (ctx, _args, opts) => (await import('./commands/export.js')).exportJournal(opts, ctx),
  }),
  command({
    name: 'import',
    words: () => h().import,
    define: (c) => c.argument('<file>', h().import.file()).addOption(json()),
    run: async (ctx, [file], opts) => (await import('./commands/import.js')).importJournal(file, opts, ctx),
  }),
  command({
    name: 'backup',
    words: () => h().backup,
    define: (c) => c.argument('[file]', h().backup.file()).addOption(json()),
    run: async (ctx, [file], opts) => (await import('./commands/backup.js')).backup(file, opts, ctx),
  }),
  command({
    name: 'restore',
    words: () => h().restore,
    define: (c) => c.argument('<file>', h().restore.file()).option('-y, --yes', h().common.yes()).addOption(json()),
    upgrade: false,
    run: async (ctx, [file], opts) => (await import('./commands/backup.js')).restore(file, opts, ctx),
  }),
  command({
    name: 'list',
    words: () => h().list,
    define: (c) => {
      const w = h().list;
      return c
        .option('--person <name>', w.person())
        .option('--status <status>', w.status(), 'open')
        .option('--overdue', w.overdue())
        .option('--due-before <date>', w.dueBefore())
        .addOption(limit(w.limit(), 20))
        .addOption(json());
    },
    rules: { exclusive: [['overdue', 'status']] },
    run: async (ctx, _args, opts) => (await import('./commands/list.js')).list(opts, ctx),
  }),
  {
    name: 'people',
    words: () => h().people,
    subcommands: [
      command({
        name: 'list',
        isDefault: true,
        words: () => h().peopleList,
        define: (c) => c.addOption(limit(h().peopleList.limit(), 30)).option('--by-name', h().peopleList.byName()).addOption(json()),
        run: async (ctx, _args, opts) => (await import('./commands/people.js')).people(opts, ctx),
      }),
      command({
        name: 'rename',
        words: () => h().peopleRename,
        define: (c) => c.argument('<old>', h().peopleRename.old()).argument('<new>', h().peopleRename.new()).addOption(json()),
        run: async (ctx, [oldName, newName], opts) => (await import('./commands/people.js')).rename(oldName, newName, opts, ctx),
      }),
      command({
        name: 'set',
        words: () => h().peopleSet,
        define: (c) =>
          c
            .argument('<name>', h().common.anyCase())
            .option('--relation <relation>', RELATIONS.join(', '))
            .option('--every <duration>', h().peopleSet.every())
            .addOption(json()),
        run: async (ctx, [name], opts) => (await import('./commands/people.js')).set(name, opts, ctx),
      }),
    ],
  },
  command({
    name: 'show',
    words: () => h().show,
    define: (c) => c.argument('<id>', h().common.promiseId()).addOption(json()),
    run: async (ctx, [id], opts) => (await import('./commands/show.js')).show(id, opts, ctx),
  }),
  command({
    name: 'person',
    words: () => h().person,
    define: (c) => c.argument('<name>', h().common.anyCase()).addOption(limit(h().person.limit(), 50)).addOption(json()),
    run: async (ctx, [name], opts) => (await import('./commands/person.js')).person(name, opts, ctx),
  }),
  command({
    name: 'edit',
    words: () => h().edit,
    define: (c) => {
      const w = h().edit;
      return c
        .argument('<id>', h().common.promiseId())
        .option('--text <text>', w.text())
        .option('--due <date>', w.due())
        .option('--person <name>', w.person())
        .option('--note <text>', w.note())
        .option('--when <cue>', w.when())
        .addOption(json());
    },
    run: async (ctx, [id], opts) => (await import('./commands/edit.js')).edit(id, opts, ctx),
  }),
  command({
    name: 'delete',
    words: () => h().delete,
    define: (c) => c.argument('<id>', h().common.promiseId()).option('-y, --yes', h().common.yes()).addOption(json()),
    run: async (ctx, [id], opts) => (await import('./commands/delete.js')).remove(id, opts, ctx),
  }),
  command({
    name: 'completion',
    words: () => h().completion,
    define: (c) => c.argument('<shell>', h().completion.shell()),
    upgrade: false,
    run: async (ctx, [shell]) => (await import('./commands/completion.js')).completion(shell, ctx),
  }),
];

/** Every name a command answers to, aliases included. */
export const namesOf = (def: CommandDef) => [def.name, ...(def.aliases ?? [])];

/** How a command's handler is run: its context built, the journal upgraded unless told not to, its flags checked. */
export type Runner = (cmd: Command, work: (ctx: Context, opts: GlobalOptions & OptionValues) => Promise<unknown>, how: { upgrade: boolean; rules?: FlagRules }) => Promise<void>;

/** Adds the commands to the program: the one named `only`, or every one for 'all'. */
export function registerCommands(program: Command, only: string | 'all' | null, runner: Runner): void {
  for (const def of COMMANDS) if (only === 'all' || namesOf(def).includes(only ?? '')) add(program, def, runner);
}

function add(parent: Command, def: CommandDef, runner: Runner): void {
  const cmd = parent.command(def.name, def.isDefault ? { isDefault: true } : {});
  for (const alias of def.aliases ?? []) cmd.alias(alias);
  const words = def.words();
  cmd.summary(words.summary()).description(words.description());
  // At run time the typed command is this very object: the types are all extra-typings adds.
  def.define?.(cmd as unknown as TypedCommand);
  cmd.addHelpText('after', () => examples(words.examples()));
  const { run } = def;
  if (run) {
    cmd.action((...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      return runner(self, (ctx, opts) => run(ctx, self.processedArgs, opts), { upgrade: def.upgrade ?? true, rules: def.rules });
    });
  }
  for (const sub of def.subcommands ?? []) add(cmd, sub, runner);
}
