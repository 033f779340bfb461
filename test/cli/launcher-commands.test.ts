/**
 * The launcher names its code caches only after trust's own commands, from a list of its own
 * (it cannot load the registry cheaply). The list must name every command, aliases included,
 * or that command would run without a cache of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, namesOf } from '../../src/registry.js';
import { COMPLETE } from '../../src/cli.js';

describe("the launcher's list of commands", () => {
  it('is the registry’s, every name and alias', () => {
    const launcher = readFileSync(new URL('../../bin/trust.js', import.meta.url), 'utf8');
    const list = /^const COMMANDS = (\[.*\]);$/m.exec(launcher)?.[1];
    expect(list).toBeDefined();
    const names = JSON.parse(list!.replaceAll("'", '"')) as string[];
    expect([...names].sort()).toEqual([...COMMANDS.flatMap(namesOf), COMPLETE].sort());
  });
});
