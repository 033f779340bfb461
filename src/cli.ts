/**
 * Builds the commander program and catches every error in one place. Only the command being run
 * is registered (see registry.ts), and its handler is imported only then, so `trust kept 3`
 * never loads the prompt library.
 */
import { dirname } from 'node:path';
import { Command, CommanderError, Help } from 'commander';
// Types only: the context (and with it SQLite) is loaded when a command runs, not for --help.
import type { Io, RealContext } from './context.js';
import { EXIT, TrustError, withoutInternalPaths } from './errors.js';
import { dateForms } from './domain/dates.js';
import { COMMANDS, examples, namesOf, registerCommands, type Runner } from './registry.js';
import { checkFlags, fromCommander, unknownCommand } from './usage.js';
import { outputColumns, wrap } from './ui/wrap.js';
import { displayWidth } from './ui/width.js';
import { chooseLanguage, langFlag } from './i18n/language.js';
import { t, useLanguage } from './i18n/messages.js';
import { processOutputs } from './ui/output.js';

// Bundled in at build time: no file to read at start-up.
import pkg from '../package.json' with { type: 'json' };

const { version } = pkg;

const isHelp = (arg: string) => arg === '-h' || arg === '--help';
/** The program's options that take a value, as a separate word (`--db FILE`, `--lang ja`). */
const takesValue = (arg: string) => arg === '--db' || arg === '--lang';
const commandNames = () => COMMANDS.flatMap(namesOf);

/**
 * Which commands the program needs for these arguments: the one named, if any (the dashboard,
 * --version and a mistyped command need none), or all of them for the overall help, which
 * lists them. Mirrors commander: options come before the command, and --db and --lang take a value; a
 * help flag after a word that is no command (`trust tanaka -h`) is the program's own help too.
 */
export function commandToRegister(args: string[]): string | 'all' | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (isHelp(arg)) return 'all';
    if (takesValue(arg)) i++;
    else if (!arg.startsWith('-')) {
      if (commandNames().includes(arg)) return arg;
      // `trust help log` is `trust log --help`; `trust help` the overall help.
      if (arg === 'help') {
        const topic = args.slice(i + 1).find((a) => !a.startsWith('-'));
        if (topic === undefined || topic === 'help') return 'all';
        return commandNames().includes(topic) ? topic : null;
      }
      const rest = args.slice(i + 1);
      const end = rest.indexOf('--');
      return (end === -1 ? rest : rest.slice(0, end)).some(isHelp) ? 'all' : null;
    }
  }
  return null;
}

function buildProgram(argv: string[], io: Io, contexts: RealContext[]): Command {
  /**
   * Runs a command's handler: builds its context from the global --db once the command is known,
   * and upgrades an older journal first (except for commands that inspect or replace the file itself).
   */
  const run: Runner = async (cmd, work, { upgrade, rules }) => {
    // Before the journal is opened: a contradiction in the flags is the user's to fix first.
    if (rules) checkFlags(cmd, rules);
    // With globals: commander gives --json and --db to the program when they could be either's.
    const opts = cmd.optsWithGlobals<Parameters<typeof work>[1]>();
    const [{ realContext }, { translate }] = await Promise.all([import('./context.js'), import('./store/open.js')]);
    const ctx = await realContext(opts.db, io, opts.color);
    contexts.push(ctx);
    try {
      if (upgrade) await ctx.prepare();
      await work(ctx, opts);
    } catch (e) {
      throw translate(e, ctx.dbPath);
    }
  };

  const m = t().cli;
  const HELP_TITLES: Record<string, () => string> = {
    'Usage:': m.helpTitles.usage,
    'Arguments:': m.helpTitles.arguments,
    'Options:': m.helpTitles.options,
    'Global Options:': m.helpTitles.globalOptions,
    'Commands:': m.helpTitles.commands,
  };
  const program = new Command('trust')
    .description(m.description())
    .version(version, '-V, --version', m.versionFlag())
    .helpOption('-h, --help', m.helpFlag())
    .option('--db <path>', m.dbFlag())
    .option('--json', m.jsonFlag())
    // Both spelled out, so that neither is the default: without either, the terminal decides.
    .option('--color', m.colorFlag())
    .option('--no-color', m.noColorFlag())
    // Read before commander parses anything (see main): here so that help lists it and commander accepts it.
    .option('--lang <language>', m.langFlag())
    .exitOverride()
    // Commander wraps help to the width it is given; what it leaves long (the examples and notes
    // added after it, an option whose description column is narrow) is fitted here. Its own
    // errors are printed by report(), in trust's words, not by commander.
    .configureOutput({
      writeOut: (s) => io.stdout.write(wrap(s, helpWidth(io.stdout, io.env))),
      writeErr: (s) => io.stderr.write(wrap(s, helpWidth(io.stderr, io.env))),
      getOutHelpWidth: () => helpWidth(io.stdout, io.env),
      getErrHelpWidth: () => helpWidth(io.stderr, io.env),
      outputError: () => {},
    })
    // Measured and wrapped as every other screen is: by display width, and between Japanese
    // characters as well as at spaces (commander's own counts characters and breaks at spaces only).
    .configureHelp({
      minWidthToWrap: HELP_MIN_WRAP,
      displayWidth: (text: string) => displayWidth(text.replace(SGR, '')),
      // Commander's headings and "(default: 30)", in the language of the rest of the help.
      styleTitle: (title: string) => HELP_TITLES[title]?.() ?? title,
      optionDescription(this: Help, option) {
        const text = Help.prototype.optionDescription.call(this, option);
        const found = /^(.*) \(default: (.*)\)$/s.exec(text);
        return found ? m.helpDefault({ description: found[1]!, value: found[2]! }) : text;
      },
      boxWrap: (text: string, width: number) => wrap(text, width, { hang: 0 }),
      formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help) {
        const width = this.helpWidth ?? 80;
        if (!description || width - termWidth - 4 >= HELP_MIN_WRAP) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
        // Too narrow for a column beside the terms: the description goes under its term instead.
        const under = wrap(description, width - 6, { hang: 0 }).replace(/^/gm, '      ');
        return `  ${term}\n${under}`;
      },
    })
    .showSuggestionAfterError()
    .helpCommand('help [command]', m.helpCommand())
    .action((_opts, cmd: Command) =>
      run(
        cmd,
        async (ctx, opts) => {
          if (cmd.args.length > 0) throw unknownCommand(cmd.args[0]!, commandNames());
          return (await import('./commands/dashboard.js')).dashboard(opts, ctx);
        },
        { upgrade: true },
      ),
    )
    // Written only when help is shown: the date forms come from a catalogue part of their own.
    .addHelpText('after', () => `\n${m.datesNote({ forms: dateForms() })}\n` + examples(m.programExamples()));

  const only = commandToRegister(argv.slice(2));
  registerCommands(program, only, run);
  overrideExits(program);

  // Set last so the subcommands keep commander's strict default: only `trust typo` reaches the check above.
  return program.allowExcessArguments(true);
}

/** Help is read by a person even through a pipe (trust --help | less): commander's 80 columns then. */
const helpWidth = (stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv) => {
  const width = outputColumns(stream, env);
  return Number.isFinite(width) ? width : 80;
};

/**
 * Commander leaves an option's description unwrapped when its column is narrower than this
 * (40 by default, so nothing wraps at 50 columns); 20 still holds a few words a line.
 */
const HELP_MIN_WRAP = 20;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/**
 * Every command throws instead of exiting, and turns commander's complaints into trust's own
 * usage errors, which know the command to point the user to (exitOverride is copied to a
 * subcommand when it is made, without telling it which one it is).
 */
function overrideExits(cmd: Command): void {
  cmd.exitOverride((e) => {
    throw e.exitCode === 0 || e.code === 'commander.help' ? e : fromCommander(e, cmd);
  });
  for (const sub of cmd.commands) overrideExits(sub);
}

/** `trust help lgo`: commander would print the whole help as an error; trust names the typo. */
function checkHelpTopic(args: string[]): void {
  let i = 0;
  while (i < args.length && args[i]!.startsWith('-')) i += takesValue(args[i]!) ? 2 : 1;
  if (args[i] !== 'help') return;
  const topic = args.slice(i + 1).find((a) => !a.startsWith('-'));
  if (topic !== undefined && topic !== 'help' && !commandNames().includes(topic)) throw unknownCommand(topic, commandNames());
}

/** The folder trust is installed in: the bundle runs from its dist/ folder. */
const installRoot = () => (typeof __dirname === 'string' ? dirname(__dirname) : undefined);

/** Prints an error the way a person should see it, and returns the exit code. */
function report(e: unknown, io: Io): number {
  if (e instanceof CommanderError) {
    // Commander has printed its message already; help and --version are successes.
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof TrustError) {
    const width = outputColumns(io.stderr, io.env);
    io.stderr.write(wrap(`trust: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}`, width));
    if (io.env.TRUST_DEBUG) io.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const width = outputColumns(io.stderr, io.env);
  const m = t().cli;
  io.stderr.write(wrap(`trust: ${m.internal({ detail: withoutInternalPaths((e as Error)?.message ?? String(e), installRoot()) })}\n`, width));
  io.stderr.write(io.env.TRUST_DEBUG ? `${(e as Error)?.stack}\n` : wrap(`${m.internalHint()}\n`, width));
  return EXIT.failed;
}

/** For bin/trust.js, which keeps the code cache of a run that asked questions apart. */
export { askedQuestions } from './ui/prompt.js';

/** The hidden command a completion script calls on each Tab (see completion/answer.ts). */
export const COMPLETE = '__complete';

/** A real run's Io: stdin as Node has it (built only if looked at), stdout and stderr written directly. */
function processIo(): Io {
  return {
    get stdin() {
      return process.stdin;
    },
    ...processOutputs(),
    env: process.env,
  };
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const contexts: RealContext[] = [];
  // A reader that stops early (trust export | head) closes the pipe: the rest of the output has
  // nowhere to go, which is no error of trust's. Anything else on stdout is one.
  let outputFailed = false;
  io.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return;
    // Somewhere the output cannot go (a full disk, /dev/full): one sentence, exit 1, whenever it
    // is found out, even after the command itself has finished.
    const m = t().cli;
    if (!outputFailed) io.stderr.write(`trust: ${e.code === 'ENOSPC' ? m.outputFailedNoSpace() : m.outputFailed({ code: e.code ?? e.message })}\n${m.outputFailedHint()}\n`);
    outputFailed = true;
    process.exitCode = EXIT.failed;
  });
  // Before anything is said: the help commander prints is already in the chosen language.
  const language = chooseLanguage(langFlag(argv.slice(2)), io.env);
  // A language trust does not speak is refused in the one the locale would have given.
  const fallback = () => chooseLanguage(undefined, { ...io.env, TRUST_LANG: undefined });
  const speaking = 'language' in language ? language : fallback();
  await useLanguage('language' in speaking ? speaking.language : 'en');
  if ('unknown' in language) {
    const m = t().cli;
    return report(new TrustError(m.unknownLanguage({ from: language.from, value: language.unknown }), EXIT.usage, m.unknownLanguageHint()), io);
  }
  // Before commander, which would take its words for options and print errors on the command line.
  if (argv[2] === COMPLETE) return (await import('./completion/answer.js')).answer(argv.slice(3), io, () => buildProgram([...argv.slice(0, 2), '--help'], io, contexts));
  try {
    checkHelpTopic(argv.slice(2));
    // `trust help help` is the help about help: the overall help (commander would call it a mistake).
    const helpAt = argv.indexOf('help', 2);
    if (helpAt > 0 && argv[helpAt + 1] === 'help') argv = [...argv.slice(0, helpAt + 1), ...argv.slice(helpAt + 2)];
    await buildProgram(argv, io, contexts).parseAsync(argv);
    return outputFailed ? EXIT.failed : EXIT.ok;
  } catch (e) {
    return report(e, io);
  } finally {
    for (const ctx of contexts) ctx.close();
  }
}
