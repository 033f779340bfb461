/**
 * Every trust command as commander knows it: arguments, flags, help with examples, and the
 * handler that runs it, imported only when that command runs. cli.ts registers only the command
 * being run (all of them for the overall help): building all twenty costs about 1 ms.
 */
import { Option, type Command } from 'commander';
import type { Context } from './context.js';
import { PAST_DATE_FORMS } from './domain/dates.js';
import { RELATIONS } from './domain/promise.js';
import type { FlagRules } from './usage.js';

/** --limit with its default shown as the number it is, (default: 20), not as a string. */
const limit = (help: string, n: number) => new Option('--limit <n>', help).default(n);

export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Options = Record<string, any>;
export type Handler = (ctx: Context, cmd: Command, opts: Options) => Promise<unknown>;

export interface Kit {
  /** Wraps a handler: builds its context, upgrading an older journal first unless told not to. */
  run: (handler: Handler, options?: { upgrade?: boolean; rules?: FlagRules }) => (...args: unknown[]) => Promise<void>;
  /** --json, for every command that prints data. */
  json: Option;
}

/** A command's names (with its alias) and how to add it to the program. */
export interface CommandSpec {
  names: string[];
  add(program: Command, kit: Kit): void;
}

// Each outcome answers to both forms of its verb, as people say them: keep/kept, break/broken.
const outcome = (name: 'kept' | 'broken' | 'release', alias: 'keep' | 'break' | 'released', status: 'kept' | 'broken' | 'released', summary: string): CommandSpec => ({
  names: [name, alias],
  add: (program, { run, json }) => {
    program
      .command(name)
      .alias(alias)
      .summary(summary)
      .description(`${summary[0]!.toUpperCase()}${summary.slice(1)}.`)
      .argument('<id...>', 'promise ids, as trust list shows them')
      .option('--note <text>', 'a note about what happened')
      .option('--at <date>', `when it happened, if not now: ${PAST_DATE_FORMS}`)
      .addOption(json)
      .addHelpText('after', examples(`trust ${name} 12`, `trust ${name} 12 14 --note "${status === 'broken' ? 'forgot, apologised the same day' : 'done'}"`, `trust ${name} 12 --at yesterday`))
      .action(run(async (ctx, cmd, opts) => (await import('./commands/resolve.js')).resolve(status, cmd.args, opts, ctx)));
  },
});

export const COMMANDS: CommandSpec[] = [
  {
    names: ['log'],
    add: (program, { run, json }) => {
      program
        .command('log')
        .summary('record a conversation: promises kept, broken, and made')
        .description('Record a conversation: who it was with, what became of the promises you owed them, and what you promised this time.\nAt a terminal it asks for whatever the flags leave out; with the text and --to it asks nothing.')
        .argument('[promise]', 'what you promised, in a few words')
        .option('--to <name>', 'who the promise is to (added if new)')
        .option('--due <date>', 'when it is due')
        .option('--relation <relation>', `for someone new: ${RELATIONS.join(', ')} (default: other)`)
        .option('--note <text>', 'a note to keep with the promise')
        .addOption(json)
        .addHelpText('after', examples('trust log', 'trust log "Send the deck" --to Alice --due fri', 'trust log "Call the plumber" --to Sam --due "tomorrow 17:00" --relation family', 'trust log "Go for a run" --to Me --relation self --due +2d'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/log.js')).log({ ...opts, text: cmd.args[0] }, ctx)));
    },
  },
  outcome('kept', 'keep', 'kept', 'mark promises as kept (after the due date counts as kept late)'),
  outcome('broken', 'break', 'broken', 'mark promises as broken; trust repair helps you make it right'),
  outcome('release', 'released', 'released', 'mark promises as released: the other person let you off, by agreement'),
  {
    names: ['reopen'],
    add: (program, { run, json }) => {
      program
        .command('reopen')
        .summary('undo a kept, broken or release recorded by mistake')
        .description(
          'Make a resolved promise open again, when kept, broken or release was recorded by mistake.\n' +
            'The outcome and the reopening both stay in its history; streaks and figures are worked out as if the outcome had never been recorded.\n' +
            'If its due date has passed, it is simply overdue again.',
        )
        .argument('<id>', 'promise id')
        .option('--note <text>', 'why it is reopened')
        .addOption(json)
        .addHelpText('after', examples('trust reopen 12', 'trust reopen 12 --note "marked the wrong promise"'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/reopen.js')).reopen(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['renegotiate'],
    add: (program, { run, json }) => {
      program
        .command('renegotiate')
        .summary('move a due date, agreed with the other person, before it passes')
        .description('Move the due date of an open promise, agreed with the other person before it passes.\nSetting expectations honestly is not a break; it is kept in the promise history.')
        .argument('<id>', 'promise id')
        .option('--due <date>', 'the new due date')
        .option('--note <text>', 'what was agreed')
        .addOption(json)
        .addHelpText('after', examples('trust renegotiate 12 --due "next week"', 'trust renegotiate 12 --due 2026-12-04 --note "Alice is fine with Friday"'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/renegotiate.js')).renegotiate(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['repair'],
    add: (program, { run, json }) => {
      program
        .command('repair')
        .summary('work through repairing trust after a broken promise, step by step')
        .description(
          'Work through a guided apology and repair, one step at a time. Every answer is saved as you give it,\n' +
            'so you can stop at any point and continue later. Starting and resuming need a terminal;\n' +
            '--list, --show, --close and --abandon also work without one.',
        )
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
        .addOption(json)
        .addHelpText(
          'after',
          examples('trust repair', 'trust repair 12', 'trust repair --person Alice --cause miscommunication', 'trust repair --resume 3', 'trust repair --list', 'trust repair --show 3 --markdown > repair.md', 'trust repair --close 3 --learned "Say early when a date slips"', 'trust repair --close 4 --learned "They needed space, not a plan" --force'),
        )
        .action(
          run(async (ctx, cmd, opts) => (await import('./commands/repair.js')).repair(cmd.args[0], opts, ctx), {
            rules: {
              // One thing at a time: start (from a promise or a person), resume, list, show, close or set aside.
              exclusive: [
                ['<promise-id>', 'person', 'resume', 'list', 'show', 'close', 'abandon'],
                ['cause', 'resume', 'list', 'show', 'close', 'abandon'],
              ],
              needs: { markdown: 'show', learned: 'close', force: 'close' },
            },
          }),
        );
    },
  },
  {
    names: ['review'],
    add: (program, { run, json }) => {
      program
        .command('review')
        .summary('the weekly reflection: figures, streaks, and a few questions')
        .description(
          'Review an ISO week (Monday to Sunday): the figures, your streaks, then three to five questions chosen\n' +
            'from the week, and last week\'s intentions. Saved as the figures stood, with your answers.',
        )
        .option('--week <week>', 'this (default), last, an ISO week such as 2026-W46, or a date inside the week')
        .option('--no-prompts', 'print the report only, without questions')
        .option('--history', 'list past reviews')
        .option('--show <week>', 'print a saved review')
        .addOption(json)
        .addHelpText('after', examples('trust review', 'trust review --week last', 'trust review --week 2026-W46 --no-prompts', 'trust review --json', 'trust review --history', 'trust review --show last'))
        .action(
          run(async (ctx, _cmd, opts) => (await import('./commands/review.js')).review(opts, ctx), {
            // A review of a week, the list of past ones, or one saved review: not two at once.
            rules: { exclusive: [['week', 'history', 'show'], ['prompts', 'history', 'show']] },
          }),
        );
    },
  },
  {
    names: ['stats', 'streak'],
    add: (program, { run, json }) => {
      program
        .command('stats')
        .alias('streak')
        .summary('streaks and reliability, overall and per person')
        .addOption(limit('show at most n people', 20))
        .addOption(json)
        .addHelpText('after', examples('trust stats', 'trust streak --json'))
        .action(run(async (ctx, _cmd, opts) => (await import('./commands/stats.js')).stats(opts, ctx)));
    },
  },
  {
    names: ['doctor'],
    add: (program, { run, json }) => {
      program
        .command('doctor')
        .summary('check the journal: permissions, version, integrity')
        .description('Check the journal without changing it: where it is, sizes, permissions, schema version, SQLite integrity and foreign keys, what it holds,\nand copies left by an interrupted upgrade or restore. Exits 1 when something is wrong, saying what to do.\nWith --repair it first keeps a backup beside the journal, then rebuilds every index (REINDEX), then checks again.')
        .option('--repair', 'back up the journal, then rebuild its indexes (for damage the integrity check found)')
        .addOption(json)
        .addHelpText('after', examples('trust doctor', 'trust doctor --repair', 'trust doctor --db ~/backup/trust.db --json'))
        .action(run(async (ctx, _cmd, opts) => (await import('./commands/doctor.js')).doctor(opts, ctx), { upgrade: false }));
    },
  },
  {
    names: ['export'],
    add: (program, { run }) => {
      program
        .command('export')
        .summary('the whole journal as JSON, CSV or Markdown')
        .description(
          'Export the journal. json is complete (people, promises with their history, repairs, reviews) and can be imported again;\ncsv is the promises, for spreadsheets; markdown is a journal to read. Written to stdout, or with --out to a new private (0600) file.\n' +
            'An existing file is replaced only with --force, and never if it is the journal, its -wal or -shm, or any SQLite database.\nA device or FIFO (/dev/stdout, a named pipe) is written in place.',
        )
        .option('--format <format>', 'json, csv or markdown', 'json')
        .option('--out <file>', 'write to this file instead of stdout (- is stdout)')
        .option('--force', 'replace an existing --out file (never a database)')
        .option('--anonymize', "replace people's names with stable pseudonyms")
        .addHelpText('after', examples('trust export > journal.json', 'trust export --format csv --out promises.csv', 'trust export --format csv --out promises.csv --force', 'trust export --format markdown --anonymize'))
        .action(run(async (ctx, _cmd, opts) => (await import('./commands/export.js')).exportJournal(opts, ctx), { rules: { needs: { force: 'out' } } }));
    },
  },
  {
    names: ['import'],
    add: (program, { run, json }) => {
      program
        .command('import')
        .summary("merge a trust JSON export into the journal")
        .description('Import a file made by `trust export`. The whole file is checked first; then it is merged in one transaction:\nnew items are added, known ones (by UUID) updated when the file has a later change, and nothing is duplicated.')
        .argument('<file>', 'a JSON export')
        .addOption(json)
        .addHelpText('after', examples('trust import journal.json', 'trust --db new.db import journal.json'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/import.js')).importJournal(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['backup'],
    add: (program, { run, json }) => {
      program
        .command('backup')
        .summary('a consistent copy of the journal')
        .description('Copy the journal through SQLite\'s backup API, consistent even while trust is writing, then check the copy (exit 1 if the journal is damaged).\nWithout FILE the copy goes beside the journal, named with the time. Works on a journal trust can only read.')
        .argument('[file]', 'where to write the copy')
        .addOption(json)
        .addHelpText('after', examples('trust backup', 'trust backup ~/Dropbox/trust-backup.db'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/backup.js')).backup(cmd.args[0], opts, ctx)));
    },
  },
  {
    names: ['restore'],
    add: (program, { run, json }) => {
      program
        .command('restore')
        .summary('replace the journal with a backup (the current one is kept)')
        .description('Replace the journal with a backup. The file is checked first (a trust journal, whole, every link intact) and the journal is\nchanged only if it passes; the current journal is kept beside it. A backup from an older trust is upgraded on the next run.')
        .argument('<file>', 'a backup made with trust backup')
        .option('-y, --yes', 'do not ask (needed without a terminal)')
        .addOption(json)
        .addHelpText('after', examples('trust restore ~/.local/share/trust/trust-backup-20261121-093000.db'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/backup.js')).restore(cmd.args[0]!, opts, ctx), { upgrade: false }));
    },
  },
  {
    names: ['list'],
    add: (program, { run, json }) => {
      program
        .command('list')
        .summary('list promises (open ones by default)')
        .option('--person <name>', 'only promises to this person')
        .option('--status <status>', 'open, kept, broken, released or all', 'open')
        .option('--overdue', 'only open promises past their due date')
        .option('--due-before <date>', 'only promises due on or before this date')
        .addOption(limit('show at most n promises', 20))
        .addOption(json)
        .addHelpText('after', examples('trust list', 'trust list --overdue', 'trust list --person Alice --status all', 'trust list --due-before eow --limit 50'))
        .action(run(async (ctx, _cmd, opts) => (await import('./commands/list.js')).list(opts, ctx), { rules: { exclusive: [['overdue', 'status']] } }));
    },
  },
  {
    names: ['people'],
    add: (program, { run, json }) => {
      const people = program
        .command('people')
        .summary('everyone in your journal, with how it stands')
        .description('Everyone in your journal and how it stands with them; rename someone, or change their relation.')
        .addHelpText('after', examples('trust people', 'trust people --json', 'trust people rename Tanaka "田中さん"', 'trust people set Alice --relation work'));
      people
        .command('list', { isDefault: true })
        .summary('everyone, with promises made, kept and broken (the default)')
        .description('Everyone in your journal: relation, promises made, kept, broken, keep rate and when you last logged a conversation.')
        .addOption(limit('show at most n people, most recently logged with first', 30))
        .addOption(json)
        .addHelpText('after', examples('trust people', 'trust people --json'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/people.js')).people(opts, ctx)));
      people
        .command('rename')
        .summary('rename someone; their promises follow')
        .description('Rename someone; their promises follow.')
        .argument('<old>', 'the name as it is now')
        .argument('<new>', 'the new name')
        .addOption(json)
        .addHelpText('after', examples('trust people rename "Tanaka" "田中さん"'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/people.js')).rename(cmd.args[0]!, cmd.args[1]!, opts, ctx)));
      people
        .command('set')
        .summary("change someone's relation")
        .description('Change how you know someone: their relation.')
        .argument('<name>', 'their name (any case)')
        .option('--relation <relation>', RELATIONS.join(', '))
        .addOption(json)
        .addHelpText('after', examples('trust people set Alice --relation work', 'trust people set "田中さん" --relation customer --json'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/people.js')).set(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['show'],
    add: (program, { run, json }) => {
      program
        .command('show')
        .summary('one promise with its history')
        .argument('<id>', 'promise id')
        .addOption(json)
        .addHelpText('after', examples('trust show 12', 'trust show 12 --json'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/show.js')).show(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['person'],
    add: (program, { run, json }) => {
      program
        .command('person')
        .summary('the story with one person')
        .argument('<name>', 'their name (any case)')
        .addOption(limit('show the latest n promises and notes', 50))
        .addOption(json)
        .addHelpText('after', examples('trust person Alice', 'trust person 田中さん --json'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/person.js')).person(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['edit'],
    add: (program, { run, json }) => {
      program
        .command('edit')
        .summary('correct a typo in a promise (the old values stay in its history)')
        .argument('<id>', 'promise id')
        .option('--text <text>', 'the corrected promise')
        .option('--due <date>', 'the corrected due date, or "none"')
        .option('--person <name>', 'the person it was really made to')
        .option('--note <text>', 'the corrected note ("" or - removes it)')
        .addOption(json)
        .addHelpText('after', examples('trust edit 12', 'trust edit 12 --text "Send the final deck"', 'trust edit 12 --due none'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/edit.js')).edit(cmd.args[0]!, opts, ctx)));
    },
  },
  {
    names: ['delete'],
    add: (program, { run, json }) => {
      program
        .command('delete')
        .summary('delete a promise logged by mistake (asks first)')
        .argument('<id>', 'promise id')
        .option('-y, --yes', 'do not ask (needed without a terminal)')
        .addOption(json)
        .addHelpText('after', examples('trust delete 12', 'trust delete 12 --yes'))
        .action(run(async (ctx, cmd, opts) => (await import('./commands/delete.js')).remove(cmd.args[0]!, opts, ctx)));
    },
  },
];
