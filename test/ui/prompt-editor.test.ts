import { describe, expect, it } from 'vitest';
import { chosenEditor } from '../../src/ui/prompt-editor.js';

describe('chosenEditor', () => {
  it.each<[NodeJS.ProcessEnv, string | undefined]>([
    [{}, undefined],
    [{ EDITOR: 'nano' }, 'nano'],
    [{ VISUAL: 'code --wait', EDITOR: 'nano' }, 'code --wait'],
    [{ VISUAL: '  ', EDITOR: 'nano' }, 'nano'],
    [{ VISUAL: '', EDITOR: '' }, undefined],
  ])('%j → %s', (env, expected) => {
    expect(chosenEditor(env)).toBe(expected);
  });
});
