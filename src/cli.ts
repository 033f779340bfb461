/**
 * Builds the commander program and catches every error in one place. Only the command being run
 * is registered (see registry.ts), and its handler is imported only then, so `trust kept 3`
 * never loads the prompt library.
 */
import { Command, CommanderError, Option } from 'commander';
// Types only: the context (and with it SQLite) is loaded when a command runs, not for --help.
import type { Io, RealContext } from './context.js';
import { EXIT, TrustError, usageError } from './errors.js';
import { DATE_FORMS } from './domain/dates.js';
import { COMMANDS, examples, type Handler, type Options } from './registry.js';

// Bundled in at build time: no file to read at start-up.
import pkg from '../package.json' with { type: 'json' };

const { version } = pkg;

const isHelp = (arg: string) => arg === '-h' || arg === '--help';

/**
 * Which commands the program needs for these arguments: the one named, if any (the dashboard,
 * --version and a mistyped command need none), or all of them for the overall help, which
 * lists them. Mirrors commander: options come before the command, and --db takes a value; a
 * help flag after a word that is no command (`trust tanaka -h`) is the program's own help too.
 */
export function commandToRegister(args: string[]): string | 'all' | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (isHelp(arg)) return 'all';
    if (arg === '--db') i++;
    else if (!arg.startsWith('-')) {
      if (COMMANDS.some((c) => c.names.includes(arg))) return arg;
      const rest = args.slice(i + 1);
      const end = rest.indexOf('--');
      return (end === -1 ? rest : rest.slice(0, end)).some(isHelp) ? 'all' : null;
    }
  }
  return null;
}

function buildProgram(argv: string[], io: Io, contexts: RealContext[]): Command {
  /**
   * Wraps a handler: builds its context from the global --db once the command is known, and
   * upgrades an older journal first (except for commands that inspect or replace the file itself).
   */
  const run = (handler: Handler, { upgrade = true } = {}) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    // With globals: commander gives --json and --db to the program when they could be either's.
    const opts = cmd.optsWithGlobals<Options>();
    const [{ realContext }, { translate }] = await Promise.all([import('./context.js'), import('./store/open.js')]);
    const ctx = await realContext(opts.db, io, opts.color);
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
    // Both spelled out, so that neither is the default: without either, the terminal decides.
    .option('--color', 'colour even when the output is not a terminal')
    .option('--no-color', 'no colour, even at a terminal (as NO_COLOR=1 does)')
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
      `\nDates: ${DATE_FORMS}.\nA date without a time means the end of that day. A day written without a year (27 Nov) is the next such day; for --at, the last one.\n` +
        examples('trust', 'trust log', 'trust log "Send the deck" --to Alice --due fri', 'trust kept 12', 'trust list --overdue'),
    );

  const only = commandToRegister(argv.slice(2));
  for (const spec of COMMANDS) if (only === 'all' || spec.names.includes(only ?? '')) spec.add(program, { run, json });

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
    await buildProgram(argv, io, contexts).parseAsync(argv);
    return EXIT.ok;
  } catch (e) {
    return report(e, io);
  } finally {
    for (const ctx of contexts) ctx.close();
  }
}
