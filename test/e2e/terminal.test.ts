import { afterEach, describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';
import { answered, hasTmux, Terminal } from '../helpers/tmux.js';
import { displayWidth } from '../../src/ui/width.js';

// CI installs tmux (.ci/run); elsewhere these tests are skipped, saying so, when it is missing.
if (!hasTmux && process.env.CI) throw new Error('tmux is needed for the real-terminal tests in CI');

const env = (db: string) => ({ TRUST_DB: db, TRUST_NOW: '2026-11-21T10:00:00', TZ: 'Europe/Berlin', TERM: 'xterm-256color', NO_COLOR: '1' });

describe.skipIf(!hasTmux)('colour in a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('paints tables at a terminal, and nothing with NO_COLOR', async () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db });
    const { NO_COLOR: _, ...coloured } = env(db);
    term = new Terminal(['list'], coloured);
    await term.waitFor('EXIT=0');
    expect(term.colouredScreen()).toMatch(/\u001b\[1m#/); // the header in bold
    term.close();
    term = new Terminal(['list'], env(db));
    await term.waitFor('EXIT=0');
    expect(term.colouredScreen()).not.toContain('\u001b[1m');
  });
});

describe.skipIf(!hasTmux)('trust log in a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('adds a promise to someone new', async () => {
    const db = tempDb();
    term = new Terminal(['log'], env(db));
    await term.waitFor('Who did you talk with?');
    term.type('Alice');
    await term.waitFor('Add "Alice" as someone new');
    term.press('Enter');
    await term.waitFor('How do you know Alice?');
    term.press('Up', 'Up', 'Up', 'Up', 'Up', 'Up', 'Enter'); // from "other" up to "work"
    await term.waitFor('How often would you like to be in touch with Alice?');
    term.press('Up', 'Enter'); // from the default (every 4 weeks) up to every 2 weeks
    await term.answer('What did you promise Alice?', 'Send the deck');
    await term.answer('By when?', 'fri');
    await term.answer('A note for later?');
    await term.answer('Another promise to Alice?');
    await term.answer('Save this?');
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    expect(screen).toContain('#1 Send the deck → Alice · due Fri 27 Nov (in 6 days)');
    const [promise] = trustJson(['list'], { db }).promises;
    expect(promise).toMatchObject({ text: 'Send the deck', person: 'Alice', due: '2026-11-27' });
    expect(trustJson(['people'], { db })[0]).toMatchObject({ relation: 'work', rhythmDays: 14 });
  });

  it('saves nothing on Ctrl-C, says so, and exits 130', async () => {
    const db = tempDb();
    term = new Terminal(['log', '--to', 'Bob', '--relation', 'friend'], env(db));
    await term.answer('How often would you like to be in touch with Bob?');
    await term.answer('What did you promise Bob?', 'Lend the tent');
    await term.waitFor('By when?');
    term.press('C-c');
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('Cancelled. Nothing was saved.');
    expect(screen).toContain('EXIT=130');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(trustJson(['list'], { db }).total).toBe(0);
  });
});

describe.skipIf(!hasTmux)('trust log in Japanese, in a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('asks in Japanese under LANG=ja_JP.UTF-8, reads 明日, and saves the promise', async () => {
    const db = tempDb();
    const { NO_COLOR: _, ...base } = env(db);
    term = new Terminal(['log'], { ...base, NO_COLOR: '1', LANG: 'ja_JP.UTF-8' });
    await term.waitFor('誰と話しましたか？');
    term.type('田中さん');
    await term.waitFor('「田中さん」を新しい相手として追加');
    term.press('Enter');
    await term.waitFor('田中さんとはどういう関係ですか？');
    term.press('Up', 'Up', 'Up', 'Up', 'Up', 'Up', 'Enter'); // from その他 up to 仕事
    await term.answer('田中さんとは、どのくらいの間隔で連絡を取りたいですか？'); // the default
    await term.answer('田中さんに何を約束しましたか？', '見積書を送る');
    await term.answer('いつまでに？', '明日');
    await term.answer('あとで見返すメモはありますか？');
    await term.answer('田中さんとほかに約束はありますか？');
    await term.answer('保存しますか？');
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('EXIT=0');
    expect(screen).toContain('見積書を送る');
    const [promise] = trustJson(['list'], { db }).promises;
    expect(promise).toMatchObject({ text: '見積書を送る', person: '田中さん', due: '2026-11-22' });
    expect(trustJson(['people'], { db })[0]).toMatchObject({ relation: 'work', rhythmDays: null });
  });
});

describe.skipIf(!hasTmux)('questions at a narrow terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('wraps a long choice at word boundaries, under its first line, within the width', async () => {
    const db = tempDb();
    const text = 'Review the quarterly budget proposal with the finance team and send a summary of the agreed changes';
    expect(trust(['log', text, '--to', 'Alice', '--due', 'tomorrow'], { db }).code).toBe(0);
    term = new Terminal(['log'], env(db), { columns: 50 });
    await term.waitFor('Who did you talk with?');
    term.type('Alice');
    await term.waitFor('Alice');
    term.press('Enter');
    const screen = await term.waitFor('news?');
    const lines = screen.split('\n');
    expect(lines.every((line) => displayWidth(line) <= 50)).toBe(true);
    // Every word of the promise whole on some line: none broken where the width ran out.
    for (const word of text.split(' ')) expect(lines.some((line) => line.split(/\s+/).includes(word))).toBe(true);
    // The choice's further lines stand under its text, and its date is whole.
    const first = lines.findIndex((line) => line.includes('#1 '));
    const last = lines.findIndex((line) => line.includes('tomorrow'));
    expect(last).toBeGreaterThan(first);
    for (const line of lines.slice(first + 1, last + 1)) expect(line).toMatch(/^ {2}\S/);
    expect(screen).toContain('Sun 22 Nov');
    term.press('C-c');
    await term.waitFor('EXIT=');
  });
});

describe.skipIf(!hasTmux)('trust repair in a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('starts a repair, answers two steps, is interrupted, and resumes where it stopped', async () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'tomorrow'], { db });
    trust(['broken', '1'], { db });

    term = new Terminal(['repair', '1'], env(db));
    await term.answer('What damaged the trust?'); // a mistake or oversight
    await term.answer('Step 1 of 11 · The facts', 'The deck reached her a day late.');
    await term.answer('Step 2 of 11 · Own it', 'I forgot to check my calendar.');
    await term.waitFor('Step 3 of 11 · Their side');
    term.press('C-c');
    const stopped = await term.waitFor('EXIT=');
    expect(stopped).toContain('Every step you finished is saved');
    expect(stopped).toContain('EXIT=130');
    term.close();

    term = new Terminal(['repair'], env(db));
    await term.waitFor('What would you like to repair?');
    expect(term.screen()).toContain('Continue repair #1 with Alice (2/11, next: Their side)');
    term.press('Enter');
    const resumed = await term.waitFor('Step 3 of 11 · Their side');
    expect(resumed).toContain('The facts: The deck reached her a day late.');
    expect(resumed).toContain('Own it: I forgot to check my calendar.');
    await term.answer('Step 3 of 11 · Their side', 'She had to present without it.');
    await term.waitFor('Step 4 of 11 · Prevention');
    term.press('C-c');
    await term.waitFor('EXIT=130');
    expect(trustJson(['repair', '--show', '1'], { db }).progress).toEqual({ done: 3, total: 11 });
  });
});

describe.skipIf(!hasTmux)('trust review in a real terminal', () => {
  let term: Terminal | undefined;
  afterEach(() => term?.close());

  it('answers the prompts, turns one into an intention in your own words, and saves the review', async () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'tomorrow'], { db, now: '2026-11-16T09:00:00' });
    trust(['kept', '1'], { db, now: '2026-11-17T09:00:00' });
    term = new Terminal(['review'], { ...env(db), TRUST_NOW: '2026-11-22T19:00:00' });
    await term.waitFor('3 questions for this week');
    await term.answer('best moment of the week', 'Lunch with Alice'); // looks back: no intention offered
    await term.waitFor('biggest obstacle');
    term.type('Rushing');
    term.press('Enter');
    await term.waitFor('Carry this into next week as an intention?');
    term.type('y');
    term.press('Enter');
    await term.answer('What will you do?', 'Put a buffer before every deadline');
    await term.waitFor('unclear who decides what');
    term.press('Enter'); // leave the third empty
    const screen = await term.waitFor('EXIT=');
    expect(screen).toContain('Review of 2026-W47 saved; next week starts with your intentions.');
    expect(screen).toContain('EXIT=0');
    const saved = trustJson(['review', '--show', '2026-W47'], { db });
    expect(saved.answers.map((a: any) => [a.promptKey, a.answer, a.intention])).toEqual([
      ['best-moment', 'Lunch with Alice', false],
      ['obstacle', 'Rushing', false],
      ['intention:obstacle', 'Put a buffer before every deadline', true],
      ['scope', '', false], // the third, skipped, is kept as asked
    ]);
  });
});
