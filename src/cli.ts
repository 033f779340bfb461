/**
 * Builds the commander program and catches every error in one place. Each command's handler is
 * imported only when that command runs, so `trust kept 3` never loads the prompt library.
 */
import { Command, CommanderError, Option } from 'commander';
// Types only: the context (and with it SQLite) is loaded when a command runs, not for --help.
import type { Context, Io, RealContext } from './context.js';
import { EXIT, TrustError, usageError } from './errors.js';
import { DATE_FORMS, PAST_DATE_FORMS } from './domain/dates.js';
import { RELATIONS } from './domain/promise.js';

// Bundled in at build time: no file to read at start-up.
import pkg from '../package.json' with { type: 'json' };

const { version } = pkg;

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Options = Record<string, any>;
type Handler = (ctx: Context, cmd: Command, opts: Options) => Promise<unknown>;

function buildProgram(io: Io, contexts: RealContext[]): Command {
  /**
   * Wraps a handler: builds its context from the global --db once the command is known, and
   * upgrades an older journal first (except for commands that inspect or replace the file itself).
   */
  const run = (handler: Handler, { upgrade = true } = {}) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    // With globals: commander gives --json and --db to the program when they could be either's.
    const opts = cmd.optsWithGlobals<Options>();
    const [{ realContext }, { translate }] = await Promise.all([import('./context.js'), import('./store/open.js')]);
    const ctx = realContext(opts.db, io);
    contexts.push(ctx);
    try {
      if (upgrade) await ctx.prepare();
      await handler(ctx, cmd, opts);
    } catch (e) {
      throw translate(e, ctx.dbPath);
    }
  };
  const json = new Option('--json', 'print the result as JSON');

  const program = new Command('trust')
    .description('A journal of the small promises you make: log them, keep them, repair trust when you break one.')
    .version(version, '-V, --version', 'print the version')
    .option('--db <path>', 'journal file (default: $TRUST_DB, else ~/.local/share/trust/trust.db)')
    .addOption(json)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError()
    .action(
      run(async (ctx, cmd, opts) => {
        if (cmd.args.length > 0) throw usageError(`"${cmd.args[0]}" is not a trust command.`, 'Run `trust --help` to see the commands.');
        return (await import('./commands/dashboard.js')).dashboard(opts, ctx);
      }),
    )
    .addHelpText(
      'after',
      `\nDates: ${DATE_FORMS}.\nA date without a time means the end of that day; eow is the end of this Sunday; "next week" the end of next Sunday.\n` +
        examples('trust', 'trust log', 'trust log "Send the deck" --to Alice --due fri', 'trust kept 12', 'trust list --overdue'),
    );

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

  const outcomes = [
    ['kept', 'kept', 'mark promises as kept (after the due date counts as kept late)'],
    ['broken', 'broken', 'mark promises as broken; trust repair helps you make it right'],
    ['release', 'released', 'mark promises as released: the other person let you off, by agreement'],
  ] as const;
  for (const [name, outcome, summary] of outcomes) {
    program
      .command(name)
      .summary(summary)
      .description(`${summary[0]!.toUpperCase()}${summary.slice(1)}.`)
      .argument('<id...>', 'promise ids, as trust list shows them')
      .option('--note <text>', 'a note about what happened')
      .option('--at <date>', `when it happened, if not now: ${PAST_DATE_FORMS}`)
      .addOption(json)
      .addHelpText('after', examples(`trust ${name} 12`, `trust ${name} 12 14 --note "${outcome === 'broken' ? 'forgot, apologised the same day' : 'done'}"`, `trust ${name} 12 --at yesterday`))
      .action(run(async (ctx, cmd, opts) => (await import('./commands/resolve.js')).resolve(outcome, cmd.args, opts, ctx)));
  }

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
    .option('--resume <repair-id>', 'continue a repair where you left it')
    .option('--list', 'open and recent repairs with their progress')
    .option('--show <repair-id>', 'the whole repair: answers, apology, plan, promises, check-ins')
    .option('--markdown', 'with --show: a Markdown document to keep or share')
    .option('--close <repair-id>', 'close a repair once its repair promises are resolved')
    .option('--learned <text>', 'with --close: what you learned')
    .option('--force', 'with --close: close even with repair promises still open')
    .option('--abandon <repair-id>', 'set a repair aside without finishing it')
    .addOption(json)
    .addHelpText(
      'after',
      examples('trust repair', 'trust repair 12', 'trust repair --person Alice --cause miscommunication', 'trust repair --resume 3', 'trust repair --list', 'trust repair --show 3 --markdown > repair.md', 'trust repair --close 3 --learned "Say early when a date slips"'),
    )
    .action(run(async (ctx, cmd, opts) => (await import('./commands/repair.js')).repair(cmd.args[0], opts, ctx)));

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
    .action(run(async (ctx, _cmd, opts) => (await import('./commands/review.js')).review(opts, ctx)));

  program
    .command('stats')
    .alias('streak')
    .summary('streaks and reliability, overall and per person')
    .option('--limit <n>', 'show at most n people', '20')
    .addOption(json)
    .addHelpText('after', examples('trust stats', 'trust streak --json'))
    .action(run(async (ctx, _cmd, opts) => (await import('./commands/stats.js')).stats(opts, ctx)));

  program
    .command('doctor')
    .summary('check the journal: permissions, version, integrity')
    .description('Check the journal without changing it: where it is, sizes, permissions, schema version, SQLite integrity and foreign keys, and what it holds. Exits 1 when something is wrong, saying what to do.')
    .addOption(json)
    .addHelpText('after', examples('trust doctor', 'trust doctor --db ~/backup/trust.db --json'))
    .action(run(async (ctx, _cmd, opts) => (await import('./commands/doctor.js')).doctor(opts, ctx), { upgrade: false }));

  program
    .command('export')
    .summary('the whole journal as JSON, CSV or Markdown')
    .description('Export the journal. json is complete (people, promises with their history, repairs, reviews) and can be imported again;\ncsv is the promises, for spreadsheets; markdown is a journal to read. Written to stdout, or with --out to a private (0600) file.')
    .option('--format <format>', 'json, csv or markdown', 'json')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--anonymize', "replace people's names with stable pseudonyms")
    .addHelpText('after', examples('trust export > journal.json', 'trust export --format csv --out promises.csv', 'trust export --format markdown --anonymize'))
    .action(run(async (ctx, _cmd, opts) => (await import('./commands/export.js')).exportJournal(opts, ctx)));

  program
    .command('import')
    .summary("merge a trust JSON export into the journal")
    .description('Import a file made by `trust export`. The whole file is checked first; then it is merged in one transaction:\nnew items are added, known ones (by UUID) updated when the file has a later change, and nothing is duplicated.')
    .argument('<file>', 'a JSON export')
    .addOption(json)
    .addHelpText('after', examples('trust import journal.json', 'trust --db new.db import journal.json'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/import.js')).importJournal(cmd.args[0]!, opts, ctx)));

  program
    .command('backup')
    .summary('a consistent copy of the journal')
    .description('Copy the journal through SQLite\'s backup API, consistent even while trust is writing. Without FILE the copy goes beside the journal, named with the time.')
    .argument('[file]', 'where to write the copy')
    .addOption(json)
    .addHelpText('after', examples('trust backup', 'trust backup ~/Dropbox/trust-backup.db'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/backup.js')).backup(cmd.args[0], opts, ctx)));

  program
    .command('restore')
    .summary('replace the journal with a backup (the current one is kept)')
    .argument('<file>', 'a backup made with trust backup')
    .option('-y, --yes', 'do not ask (needed without a terminal)')
    .addOption(json)
    .addHelpText('after', examples('trust restore ~/.local/share/trust/trust-backup-20261121-093000.db'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/backup.js')).restore(cmd.args[0]!, opts, ctx), { upgrade: false }));

  program
    .command('list')
    .summary('list promises (open ones by default)')
    .option('--person <name>', 'only promises to this person')
    .option('--status <status>', 'open, kept, broken, released or all', 'open')
    .option('--overdue', 'only open promises past their due date')
    .option('--due-before <date>', 'only promises due on or before this date')
    .option('--limit <n>', 'show at most n promises', '20')
    .addOption(json)
    .addHelpText('after', examples('trust list', 'trust list --overdue', 'trust list --person Alice --status all', 'trust list --due-before eow --limit 50'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/list.js')).list(opts, ctx)));

  const people = program
    .command('people')
    .summary('everyone in your journal, with how it stands')
    .addHelpText('after', examples('trust people', 'trust people --json', 'trust people rename Tanaka "田中さん"'));
  people
    .command('list', { isDefault: true })
    .description('Everyone in your journal: relation, promises made, kept, broken, keep rate and when you last logged a conversation.')
    .option('--limit <n>', 'show at most n people, most recently logged with first', '30')
    .addOption(json)
    .addHelpText('after', examples('trust people', 'trust people --json'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/people.js')).people(opts, ctx)));
  people
    .command('rename')
    .description('Rename someone; their promises follow.')
    .argument('<old>', 'the name as it is now')
    .argument('<new>', 'the new name')
    .addOption(json)
    .addHelpText('after', examples('trust people rename "Tanaka" "田中さん"'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/people.js')).rename(cmd.args[0]!, cmd.args[1]!, opts, ctx)));

  program
    .command('show')
    .summary('one promise with its history')
    .argument('<id>', 'promise id')
    .addOption(json)
    .addHelpText('after', examples('trust show 12', 'trust show 12 --json'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/show.js')).show(cmd.args[0]!, opts, ctx)));

  program
    .command('person')
    .summary('the story with one person')
    .argument('<name>', 'their name (any case)')
    .option('--limit <n>', 'show the latest n promises and notes', '50')
    .addOption(json)
    .addHelpText('after', examples('trust person Alice', 'trust person 田中さん --json'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/person.js')).person(cmd.args[0]!, opts, ctx)));

  program
    .command('edit')
    .summary('correct a typo in a promise (the old values stay in its history)')
    .argument('<id>', 'promise id')
    .option('--text <text>', 'the corrected promise')
    .option('--due <date>', 'the corrected due date, or "none"')
    .option('--person <name>', 'the person it was really made to')
    .option('--note <text>', 'the corrected note ("" removes it)')
    .addOption(json)
    .addHelpText('after', examples('trust edit 12', 'trust edit 12 --text "Send the final deck"', 'trust edit 12 --due none'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/edit.js')).edit(cmd.args[0]!, opts, ctx)));

  program
    .command('delete')
    .summary('delete a promise logged by mistake (asks first)')
    .argument('<id>', 'promise id')
    .option('-y, --yes', 'do not ask (needed without a terminal)')
    .addOption(json)
    .addHelpText('after', examples('trust delete 12', 'trust delete 12 --yes'))
    .action(run(async (ctx, cmd, opts) => (await import('./commands/delete.js')).remove(cmd.args[0]!, opts, ctx)));

  // Set last so the subcommands keep commander's strict default: only `trust typo` reaches the check above.
  return program.allowExcessArguments(true);
}

/** Prints an error the way a person should see it, and returns the exit code. */
function report(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // Commander has printed its message already; help and --version are successes.
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof TrustError) {
    io.stderr.write(`trust: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}`);
    if (io.env.TRUST_DEBUG) io.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  io.stderr.write(`trust: Something went wrong inside trust: ${(e as Error)?.message ?? String(e)}\n`);
  io.stderr.write(io.env.TRUST_DEBUG ? `${(e as Error)?.stack}\n` : 'Nothing was saved. Run again with TRUST_DEBUG=1 to see the details, and please report it.\n');
  return EXIT.failed;
}

export async function main(argv: string[], io: Io = process): Promise<number> {
  const contexts: RealContext[] = [];
  // A reader that stops early (trust export | head) closes the pipe: the rest of the output has
  // nowhere to go, which is no error of trust's. Anything else on stdout is one.
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  try {
    await buildProgram(io, contexts).parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    return report(e, io);
  } finally {
    for (const ctx of contexts) ctx.close();
  }
}
