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
import { PAST_DATE_FORMS } from './domain/dates.js';
import { RELATIONS } from './domain/promise.js';
import type { FlagRules } from './usage.js';

export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** The program's own options, which every command's handler sees too. */
export interface GlobalOptions {
  db?: string;
  json?: true;
  color?: boolean;
}

/** One trust command. `Args` and `Opts` are what `define` declares, and what `run` is given. */
export interface CommandDef<Args extends unknown[] = unknown[], Opts extends OptionValues = OptionValues> {
  name: string;
  /** Other names it answers to, shown beside the name in the help (kept|keep). */
  aliases?: string[];
  /** One line, for the list in `trust --help`. */
  summary: string;
  /** The opening of the command's own help; the summary if none. */
  description?: string;
  /** Arguments and options. */
  define?: (cmd: TypedCommand) => TypedCommand<Args, Opts>;
  examples: string[];
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

/** --json, for every command that prints data. Shared: commander reads it, never changes it. */
const json = new Option('--json', 'print the result as JSON') as unknown as TypedOption<'--json'>;

/** --limit with its default shown as the number it is, (default: 20), not as a string. */
const limit = (help: string, n: number) => new Option('--limit <n>', help).default(n) as unknown as TypedOption<'--limit <n>', undefined, number>;

// Each outcome answers to both forms of its verb, as people say them: keep/kept, break/broken.
const outcome = (name: 'kept' | 'broken' | 'release', alias: 'keep' | 'break' | 'released', status: 'kept' | 'broken' | 'released', summary: string) =>
  command({
    name,
    aliases: [alias],
    summary,
    description: `${summary[0]!.toUpperCase()}${summary.slice(1)}.`,
    define: (c) =>
      c
        .argument('<id...>', 'promise ids, as trust list shows them')
        .option('--note <text>', 'a note about what happened')
        .option('--at <date>', `when it happened, if not now (a day alone means some time that day): ${PAST_DATE_FORMS}`)
        .addOption(json),
    examples: [`trust ${name} 12`, `trust ${name} 12 14 --note "${status === 'broken' ? 'forgot, apologised the same day' : 'done'}"`, `trust ${name} 12 --at yesterday`],
    run: async (ctx, [ids], opts) => (await import('./commands/resolve.js')).resolve(status, ids, opts, ctx),
  });

export const COMMANDS: CommandDef[] = [
  command({
    name: 'log',
    summary: 'record a conversation: promises kept, broken, and made',
    description: 'Record a conversation: who it was with, what became of the promises you owed them, and what you promised this time. At a terminal it asks for whatever the flags leave out; with the text and --to it asks nothing.',
    define: (c) =>
      c
        .argument('[promise]', 'what you promised, in a few words')
        .option('--to <name>', 'who the promise is to (added if new)')
        .option('--due <date>', 'when it is due')
        .option('--relation <relation>', `for someone new: ${RELATIONS.join(', ')} (default: other)`)
        .option('--note <text>', 'a note to keep with the promise')
        .addOption(json),
    examples: ['trust log', 'trust log "Send the deck" --to Alice --due fri', 'trust log "Call the plumber" --to Sam --due "tomorrow 17:00" --relation family', 'trust log "Go for a run" --to Me --relation self --due +2d'],
    run: async (ctx, [text], opts) => (await import('./commands/log.js')).log({ ...opts, text }, ctx),
  }),
  outcome('kept', 'keep', 'kept', 'mark promises as kept (after the due date counts as kept late)'),
  outcome('broken', 'break', 'broken', 'mark promises as broken; trust repair helps you make it right'),
  outcome('release', 'released', 'released', 'mark promises as released: the other person let you off, by agreement'),
  command({
    name: 'reopen',
    summary: 'undo a kept, broken or release recorded by mistake',
    description:
      'Make a resolved promise open again, when kept, broken or release was recorded by mistake. ' +
      'The outcome and the reopening both stay in its history; streaks and figures are worked out as if the outcome had never been recorded. ' +
      'If its due date has passed, it is simply overdue again.',
    define: (c) => c.argument('<id>', 'promise id').option('--note <text>', 'why it is reopened').addOption(json),
    examples: ['trust reopen 12', 'trust reopen 12 --note "marked the wrong promise"'],
    run: async (ctx, [id], opts) => (await import('./commands/reopen.js')).reopen(id, opts, ctx),
  }),
  command({
    name: 'renegotiate',
    summary: 'move a due date, agreed with the other person, before it passes',
    description: 'Move the due date of an open promise, agreed with the other person before it passes. Setting expectations honestly is not a break; it is kept in the promise history.',
    define: (c) => c.argument('<id>', 'promise id').option('--due <date>', 'the new due date').option('--note <text>', 'what was agreed').addOption(json),
    examples: ['trust renegotiate 12 --due "next week"', 'trust renegotiate 12 --due 2026-12-04 --note "Alice is fine with Friday"'],
    run: async (ctx, [id], opts) => (await import('./commands/renegotiate.js')).renegotiate(id, opts, ctx),
  }),
  command({
    name: 'repair',
    summary: 'work through repairing trust after a broken promise, step by step',
    description:
      'Work through a guided apology and repair, one step at a time. Every answer is saved as you give it, ' +
      'so you can stop at any point and continue later. Starting and resuming need a terminal; ' +
      '--list, --show, --close and --abandon also work without one.',
    define: (c) =>
      c
        .argument('[promise-id]', 'the broken promise to repair')
        .option('--person <name>', 'repair trust damaged without a logged promise')
        .option('--cause <cause>', 'mistake, breach, miscommunication or other (asked if not given)')
        .option('--resume <repair-id>', 'continue a repair where you left it, or take up one set aside')
        .option('--list', 'open and recent repairs with their progress')
        .option('--show <repair-id>', 'the whole repair: answers, apology, plan, promises, check-ins')
        .option('--markdown', 'with --show: a Markdown document to keep or share')
        .option('--close <repair-id>', 'close a repair once its steps are answered and its repair promises resolved')
        .option('--learned <text>', 'with --close: what you learned')
        .option('--force', 'with --close: close it as it stands, with steps unanswered or repair promises open or never made')
        .option('--abandon <repair-id>', 'set a repair aside without finishing it')
        .addOption(json),
    examples: ['trust repair', 'trust repair 12', 'trust repair --person Alice --cause miscommunication', 'trust repair --resume 3', 'trust repair --list', 'trust repair --show 3 --markdown > repair.md', 'trust repair --close 3 --learned "Say early when a date slips"', 'trust repair --close 4 --learned "They needed space, not a plan" --force'],
    rules: {
      // One thing at a time: start (from a promise or a person), resume, list, show, close or set aside.
      exclusive: [
        ['<promise-id>', 'person', 'resume', 'list', 'show', 'close', 'abandon'],
        ['cause', 'resume', 'list', 'show', 'close', 'abandon'],
      ],
      needs: { markdown: 'show', learned: 'close', force: 'close' },
    },
    run: async (ctx, [promiseId], opts) => (await import('./commands/repair.js')).repair(promiseId, opts, ctx),
  }),
  command({
    name: 'review',
    summary: 'the weekly reflection: figures, streaks, and a few questions',
    description:
      'Review an ISO week (Monday to Sunday): the figures, your streaks, then three to five questions chosen ' +
      'from the week, and last week\'s intentions. Saved as the figures stood, with your answers.',
    define: (c) =>
      c
        .option('--week <week>', 'this (default), last, an ISO week such as 2026-W46, or a date inside the week')
        .option('--no-prompts', 'print the report only, without questions')
        .option('--history', 'list past reviews')
        .option('--show <week>', 'print a saved review')
        .addOption(json),
    examples: ['trust review', 'trust review --week last', 'trust review --week 2026-W46 --no-prompts', 'trust review --json', 'trust review --history', 'trust review --show last'],
    // A review of a week, the list of past ones, or one saved review: not two at once.
    rules: { exclusive: [['week', 'history', 'show'], ['prompts', 'history', 'show']] },
    run: async (ctx, _args, opts) => (await import('./commands/review.js')).review(opts, ctx),
  }),
  command({
    name: 'stats',
    aliases: ['streak'],
    summary: 'streaks and reliability, overall and per person',
    define: (c) => c.addOption(limit('show at most n people', 20)).addOption(json),
    examples: ['trust stats', 'trust streak --json'],
    run: async (ctx, _args, opts) => (await import('./commands/stats.js')).stats(opts, ctx),
  }),
  command({
    name: 'doctor',
    summary: 'check the journal: permissions, version, integrity',
    description: 'Check the journal without changing it: where it is, sizes, permissions, schema version, SQLite integrity and foreign keys, what it holds, and copies left by an interrupted upgrade or restore. Exits 1 when something is wrong, saying what to do.\n\nWith --repair it first keeps a backup beside the journal, then rebuilds every index (REINDEX), then checks again.',
    define: (c) => c.option('--repair', 'back up the journal, then rebuild its indexes (for damage the integrity check found)').addOption(json),
    examples: ['trust doctor', 'trust doctor --repair', 'trust doctor --db ~/backup/trust.db --json'],
    upgrade: false,
    run: async (ctx, _args, opts) => (await import('./commands/doctor.js')).doctor(opts, ctx),
  }),
  command({
    name: 'export',
    summary: 'the whole journal as JSON, CSV or Markdown',
    description:
      'Export the journal. json is complete (people, promises with their history, repairs, reviews) and can be imported again; csv is the promises, for spreadsheets; markdown is a journal to read.\n\nWritten to stdout, or with --out to a new private (0600) file. ' +
      'An existing file is replaced only with --force, and never if it is the journal, its -wal or -shm, or any SQLite database. A device or FIFO (/dev/stdout, a named pipe) is written in place.',
    define: (c) =>
      c
        .option('--format <format>', 'json, csv or markdown', 'json')
        .option('--out <file>', 'write to this file instead of stdout (- is stdout)')
        .option('--force', 'replace an existing --out file (never a database)')
        .option('--anonymize', "replace people's names with stable pseudonyms"),
    examples: ['trust export > journal.json', 'trust export --format csv --out promises.csv', 'trust export --format csv --out promises.csv --force', 'trust export --format markdown --anonymize'],
    rules: { needs: { force: 'out' } },
    run: async (ctx, _args, opts) => (await import('./commands/export.js')).exportJournal(opts, ctx),
  }),
  command({
    name: 'import',
    summary: 'merge a trust JSON export into the journal',
    description: 'Import a file made by `trust export`. The whole file is checked first; then it is merged in one transaction: new items are added, known ones (by UUID) updated when the file has a later change, and nothing is duplicated.',
    define: (c) => c.argument('<file>', 'a JSON export').addOption(json),
    examples: ['trust import journal.json', 'trust --db new.db import journal.json'],
    run: async (ctx, [file], opts) => (await import('./commands/import.js')).importJournal(file, opts, ctx),
  }),
  command({
    name: 'backup',
    summary: 'a consistent copy of the journal',
    description: 'Copy the journal through SQLite\'s backup API, consistent even while trust is writing, then check the copy (exit 1 if the journal is damaged). Without FILE the copy goes beside the journal, named with the time. Works on a journal trust can only read.',
    define: (c) => c.argument('[file]', 'where to write the copy').addOption(json),
    examples: ['trust backup', 'trust backup ~/Dropbox/trust-backup.db'],
    run: async (ctx, [file], opts) => (await import('./commands/backup.js')).backup(file, opts, ctx),
  }),
  command({
    name: 'restore',
    summary: 'replace the journal with a backup (the current one is kept)',
    description: 'Replace the journal with a backup. The file is checked first (a trust journal, whole, every link intact) and the journal is changed only if it passes; the current journal is kept beside it. A backup from an older trust is upgraded on the next run.',
    define: (c) => c.argument('<file>', 'a backup made with trust backup').option('-y, --yes', 'do not ask (needed without a terminal)').addOption(json),
    examples: ['trust restore ~/.local/share/trust/trust-backup-20261121-093000.db'],
    upgrade: false,
    run: async (ctx, [file], opts) => (await import('./commands/backup.js')).restore(file, opts, ctx),
  }),
  command({
    name: 'list',
    summary: 'list promises (open ones by default)',
    define: (c) =>
      c
        .option('--person <name>', 'only promises to this person')
        .option('--status <status>', 'open, kept, broken, released or all', 'open')
        .option('--overdue', 'only open promises past their due date')
        .option('--due-before <date>', 'only promises due on or before this date')
        .addOption(limit('show at most n promises', 20))
        .addOption(json),
    examples: ['trust list', 'trust list --overdue', 'trust list --person Alice --status all', 'trust list --due-before eow --limit 50'],
    rules: { exclusive: [['overdue', 'status']] },
    run: async (ctx, _args, opts) => (await import('./commands/list.js')).list(opts, ctx),
  }),
  {
    name: 'people',
    summary: 'everyone in your journal, with how it stands',
    description: 'Everyone in your journal, with how it stands. Without a subcommand it lists them; rename and set correct a name or a relation.',
    examples: ['trust people', 'trust people --json', 'trust people rename Tanaka "田中さん"', 'trust people set Alice --relation work'],
    subcommands: [
      command({
        name: 'list',
        isDefault: true,
        summary: 'everyone, with promises made, kept and broken (the default)',
        description: 'Everyone in your journal: relation, promises made, kept, broken, keep rate and when you last logged a conversation.',
        define: (c) => c.addOption(limit('show at most n people, most recently logged with first', 30)).addOption(json),
        examples: ['trust people', 'trust people --json'],
        run: async (ctx, _args, opts) => (await import('./commands/people.js')).people(opts, ctx),
      }),
      command({
        name: 'rename',
        summary: 'rename someone; their promises follow',
        description: 'Rename someone; their promises follow.',
        define: (c) => c.argument('<old>', 'the name as it is now').argument('<new>', 'the new name').addOption(json),
        examples: ['trust people rename "Tanaka" "田中さん"'],
        run: async (ctx, [oldName, newName], opts) => (await import('./commands/people.js')).rename(oldName, newName, opts, ctx),
      }),
      command({
        name: 'set',
        summary: "change someone's relation",
        description: 'Change how you know someone: their relation.',
        define: (c) => c.argument('<name>', 'their name (any case)').option('--relation <relation>', RELATIONS.join(', ')).addOption(json),
        examples: ['trust people set Alice --relation work', 'trust people set "田中さん" --relation customer --json'],
        run: async (ctx, [name], opts) => (await import('./commands/people.js')).set(name, opts, ctx),
      }),
    ],
  },
  command({
    name: 'show',
    summary: 'one promise with its history',
    define: (c) => c.argument('<id>', 'promise id').addOption(json),
    examples: ['trust show 12', 'trust show 12 --json'],
    run: async (ctx, [id], opts) => (await import('./commands/show.js')).show(id, opts, ctx),
  }),
  command({
    name: 'person',
    summary: 'the story with one person',
    define: (c) => c.argument('<name>', 'their name (any case)').addOption(limit('show the latest n promises and notes', 50)).addOption(json),
    examples: ['trust person Alice', 'trust person 田中さん --json'],
    run: async (ctx, [name], opts) => (await import('./commands/person.js')).person(name, opts, ctx),
  }),
  command({
    name: 'edit',
    summary: 'correct a typo in a promise (the old values stay in its history)',
    define: (c) =>
      c
        .argument('<id>', 'promise id')
        .option('--text <text>', 'the corrected promise')
        .option('--due <date>', 'the corrected due date, or "none"')
        .option('--person <name>', 'the person it was really made to')
        .option('--note <text>', 'the corrected note ("" or - removes it)')
        .addOption(json),
    examples: ['trust edit 12', 'trust edit 12 --text "Send the final deck"', 'trust edit 12 --due none'],
    run: async (ctx, [id], opts) => (await import('./commands/edit.js')).edit(id, opts, ctx),
  }),
  command({
    name: 'delete',
    summary: 'delete a promise logged by mistake (asks first)',
    define: (c) => c.argument('<id>', 'promise id').option('-y, --yes', 'do not ask (needed without a terminal)').addOption(json),
    examples: ['trust delete 12', 'trust delete 12 --yes'],
    run: async (ctx, [id], opts) => (await import('./commands/delete.js')).remove(id, opts, ctx),
  }),
  command({
    name: 'completion',
    summary: 'a script for your shell that completes commands, flags, names and promise ids',
    description:
      "Print a completion script for bash, zsh or fish. Loaded by your shell, it completes commands, flags, people's names " +
      '(after --to, --person, person, people rename and people set) and promise ids, shown with their text in zsh and fish. ' +
      'On each Tab it asks trust, which reads the journal without changing it.\n\n' +
      "To load it in every new shell: bash: echo 'source <(trust completion bash)' >> ~/.bashrc; " +
      "zsh: echo 'source <(trust completion zsh)' >> ~/.zshrc (after compinit); fish: trust completion fish > ~/.config/fish/completions/trust.fish",
    define: (c) => c.argument('<shell>', 'bash, zsh or fish'),
    examples: ['trust completion bash', 'source <(trust completion zsh)'],
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
  cmd.summary(def.summary).description(def.description ?? `${def.summary[0]!.toUpperCase()}${def.summary.slice(1)}.`);
  // At run time the typed command is this very object: the types are all extra-typings adds.
  def.define?.(cmd as unknown as TypedCommand);
  cmd.addHelpText('after', examples(...def.examples));
  const { run } = def;
  if (run) {
    cmd.action((...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      return runner(self, (ctx, opts) => run(ctx, self.processedArgs, opts), { upgrade: def.upgrade ?? true, rules: def.rules });
    });
  }
  for (const sub of def.subcommands ?? []) add(cmd, sub, runner);
}
