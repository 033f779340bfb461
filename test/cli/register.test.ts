/**
 * trust registers only the command being run. The choice must match how commander reads the
 * same arguments, or a command would be missing when it runs.
 */
import { describe, expect, it } from 'vitest';
import { commandToRegister } from '../../src/cli.js';

describe('commandToRegister', () => {
  it.each([
    [[], null], // the dashboard
    [['--json'], null],
    [['--version'], null],
    [['lsit'], null], // a typo: the program itself says so
    [['list'], 'list'],
    [['list', '--help'], 'list'], // the command's own help
    [['streak'], 'streak'], // an alias
    [['--db', 'list'], null], // "list" is the journal's file name here
    [['--db', 'j.db', 'kept', '3'], 'kept'],
    [['--db=j.db', '--json', 'people', 'rename', 'A', 'B'], 'people'],
    [['--', 'list'], 'list'],
    [['--help'], 'all'], // the overall help lists every command
    [['-h', 'list'], 'all'],
    // Help after a word that is no command: the whole help, not one without its commands.
    [['tanaka', '-h'], 'all'],
    [['tanaka', '--help'], 'all'],
    [['田中', '-h'], 'all'],
    [['--db', 'j.db', 'tanaka', 'x', '--help'], 'all'],
    [['tanaka', '--', '-h'], null], // after --, "-h" is a word
    [['help', 'tanaka'], null], // refused before anything is registered
    [['help'], 'all'],
    [['help', 'log'], 'log'],
    [['help', 'keep'], 'keep'],
    [['--db', 'j.db', 'help', 'people', 'rename'], 'people'],
  ] as Array<[string[], string | null]>)('%j → %s', (args, expected) => {
    expect(commandToRegister(args)).toBe(expected);
  });
});
