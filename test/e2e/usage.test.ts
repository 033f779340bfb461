/**
 * The habits of a well-made command line: help in both spellings, a typo answered with the
 * nearest command, commander's own complaints told in trust's words with exit 2, both forms of
 * each outcome verb, and flags that contradict each other refused before anything changes.
 */
import { describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';

/** One sentence after "trust:", then a line naming the help to read. */
const USAGE = (command: string) => new RegExp(`^trust: [^\\n]+\\.\\n[^\\n]*Run \`${command} --help\`[^\\n]*\\n$`);

describe('help', () => {
  it('`trust help` is `trust --help`', () => {
    const db = tempDb();
    const help = trust(['help'], { db });
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(trust(['--help'], { db }).stdout);
    expect(help.stdout).toMatch(/^ {2}help \[command\] +show help for a command$/m);
  });

  it('`trust help help` is the overall help too, not a mistake', () => {
    const db = tempDb();
    const help = trust(['help', 'help'], { db });
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(trust(['--help'], { db }).stdout);
  });

  it('`trust help <command>` is `trust <command> --help`, aliases too', () => {
    const db = tempDb();
    for (const name of ['log', 'streak', 'keep']) {
      const help = trust(['help', name], { db });
      expect(help.code).toBe(0);
      expect(help.stdout).toBe(trust([name, '--help'], { db }).stdout);
    }
    expect(trust(['people', 'help', 'rename'], { db }).stdout).toMatch(/^Usage: trust people rename/);
  });

  it('gives every command a one-line description in the overall help', () => {
    const commands = trust(['--help'], { db: tempDb() }).stdout.split('Commands:\n')[1]!.split('\n\n')[0]!;
    for (const line of commands.split('\n').filter((l) => /^ {2}\S/.test(l))) expect(line).toMatch(/^ {2}\S.*\S {2,}[a-z]/);
    // And each command's own help opens with a sentence saying what it does.
    for (const name of ['people', 'stats', 'list', 'show', 'person', 'edit', 'delete']) {
      expect(trust([name, '--help'], { db: tempDb() }).stdout).toMatch(/^Usage: .*\n\n[A-Z][^\n]+(\n[^\n]+)*\.\n\n/);
    }
  });

  it('shows numeric defaults as numbers', () => {
    const db = tempDb();
    // Help wraps long lines: read it as one line.
    const help = (args: string[]) => trust(args, { db }).stdout.replace(/\s+/g, ' ');
    expect(help(['list', '--help'])).toMatch(/--limit <n> +show at most n promises \(default: 20\)/);
    expect(help(['stats', '--help'])).toContain('(default: 20)');
    expect(help(['people', 'list', '--help'])).toContain('(default: 30)');
    expect(help(['person', '--help'])).toContain('(default: 50)');
  });
});

describe('a mistyped command', () => {
  it.each([
    [['lgo'], 'log'],
    [['lsit'], 'list'],
    [['revew'], 'review'],
    [['help', 'lgo'], 'log'],
  ])('%j suggests `trust %s`', (args, guess) => {
    const r = trust(args, { db: tempDb() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`trust: "${args.at(-1)}" is not a trust command.\nDid you mean \`trust ${guess}\`? Run \`trust --help\` to see every command.\n`);
  });

  it('names the subcommands of people for a typo there', () => {
    const r = trust(['people', 'renmae', 'A', 'B'], { db: tempDb() });
    expect(r).toMatchObject({ code: 2, stderr: 'trust: "renmae" is not a `trust people` command.\nDid you mean `trust people rename`? Run `trust people --help` to see them.\n' });
    expect(trust(['people', 'list', 'x'], { db: tempDb() }).stderr).toMatch(/`trust people list` takes no arguments, but was given 1\./);
  });

  it('suggests nothing for a word far from every command', () => {
    const r = trust(['tanaka'], { db: tempDb() });
    expect(r).toMatchObject({ code: 2, stderr: 'trust: "tanaka" is not a trust command.\nRun `trust --help` to see the commands.\n' });
  });
});

describe("commander's checks, in trust's words", () => {
  it.each([
    [['log', '--bogus'], 'trust log', /`trust log` has no option --bogus\./],
    [['log', '--tO', 'x'], 'trust log', /Did you mean --to\?/],
    [['reopen'], 'trust reopen', /`trust reopen` needs <id> \(promise id\)\./],
    [['reopen', '1', '2'], 'trust reopen', /`trust reopen` takes 1 argument, but was given 2\./],
    [['people', 'rename', 'Alice'], 'trust people rename', /`trust people rename` needs <new>/],
    [['log', 'x', '--due'], 'trust log', /--due needs a value: <date>\./],
    [['--bogus'], 'trust', /There is no option --bogus\./],
  ])('%j', (args, command, message) => {
    const r = trust(args, { db: tempDb() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(USAGE(command));
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/error:/);
  });
});

describe('both forms of each outcome verb', () => {
  it.each([
    ['keep', 'kept'],
    ['break', 'broken'],
    ['released', 'released'],
  ])('`trust %s` records %s', (verb, status) => {
    const db = tempDb();
    expect(trust(['log', 'Send the deck', '--to', 'Alice'], { db }).code).toBe(0);
    expect(trust([verb, '1'], { db }).code).toBe(0);
    expect(trustJson(['show', '1'], { db }).status).toBe(status);
  });

  it('shows one form in the help, with the other as its alias', () => {
    const help = trust(['--help'], { db: tempDb() }).stdout;
    expect(help).toMatch(/^ {2}kept\|keep /m);
    expect(help).toMatch(/^ {2}broken\|break /m);
    expect(help).toMatch(/^ {2}release\|released /m);
  });
});

describe('flags that contradict each other', () => {
  it.each([
    [['list', '--overdue', '--status', 'kept'], 'trust list', '--overdue and --status cannot be used together'],
    [['repair', '--list', '--show', '1'], 'trust repair', '--list and --show cannot be used together'],
    [['repair', '--close', '1', '--abandon', '1'], 'trust repair', '--close and --abandon cannot be used together'],
    [['repair', '--resume', '1', '--list'], 'trust repair', '--resume and --list cannot be used together'],
    [['repair', '3', '--person', 'Alice'], 'trust repair', '<promise-id> and --person cannot be used together'],
    [['repair', '--list', '--cause', 'mistake'], 'trust repair', '--cause and --list cannot be used together'],
    [['repair', '--markdown'], 'trust repair', '--markdown only goes with --show <repair-id>'],
    [['repair', '--list', '--markdown'], 'trust repair', '--markdown only goes with --show <repair-id>'],
    [['repair', '--show', '1', '--learned', 'x'], 'trust repair', '--learned only goes with --close <repair-id>'],
    [['review', '--history', '--show', 'last'], 'trust review', '--history and --show cannot be used together'],
    [['review', '--history', '--week', 'last'], 'trust review', '--week and --history cannot be used together'],
    [['review', '--show', 'last', '--no-prompts'], 'trust review', '--no-prompts and --show cannot be used together'],
    [['export', '--force'], 'trust export', '--force only goes with --out <file>'],
  ])('%j is refused', (args, command, message) => {
    const db = tempDb();
    const r = trust(args, { db });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(USAGE(command));
    expect(r.stderr).toContain(message);
  });

  it('leaves flags that agree alone', () => {
    const db = tempDb();
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'tomorrow'], { db }).code).toBe(0);
    expect(trust(['list', '--status', 'all', '--limit', '5'], { db }).code).toBe(0);
    expect(trust(['list', '--overdue', '--person', 'Alice'], { db }).code).toBe(0);
    expect(trust(['review', '--week', 'last', '--no-prompts'], { db }).code).toBe(0);
  });
});
