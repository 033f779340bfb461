/**
 * Prose fits the terminal: at 50, 80 and 200 columns every screen stays within the width, and a
 * line never ends inside a word: the words read in the same order as the unwrapped text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dashboard } from '../../src/commands/dashboard.js';
import { log } from '../../src/commands/log.js';
import { person } from '../../src/commands/person.js';
import { repair } from '../../src/commands/repair.js';
import { resolve } from '../../src/commands/resolve.js';
import { review } from '../../src/commands/review.js';
import { show } from '../../src/commands/show.js';
import { stats } from '../../src/commands/stats.js';
import { people } from '../../src/commands/people.js';
import { displayWidth } from '../../src/ui/width.js';
import type { Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

const WIDTHS = [50, 80, 200];
const NOW = new Date('2026-11-21T10:00:00');

function ctxAt(db: string, columns: number, script: Answer[] = [], now = NOW, interactive = false) {
  const ctx = testContext(db, script, now, interactive);
  ctx.columns = columns;
  open.push(ctx);
  return ctx;
}

// Tables are fitted by their own code (src/ui/table.ts), not by the prose wrapping.
const isTableLine = (line: string) => /^\s*[┌│├└]/.test(line);
const prose = (text: string) => text.split('\n').filter((l) => !isTableLine(l));
// A narrow table names the columns it left out under it (src/ui/table.ts): prose only at that width.
const leftOut = /Narrow\s+terminal:[^;]*;\s+widen\s+it\s+or\s+use\s+--json\./g;
const words = (text: string) => prose(text).join('\n').replace(leftOut, '').split(/\s+/).filter(Boolean);

function expectFitted(wrapped: string, whole: string, width: number) {
  const tooWide = prose(wrapped).filter((l) => displayWidth(l) > width);
  expect(tooWide, `lines wider than ${width}`).toEqual([]);
  // Wrapping only turns spaces into line breaks: a word cut in two would not match.
  expect(words(wrapped)).toEqual(words(whole));
}

const LONG = 'Send the quarterly planning deck with the revised budget figures and the hiring plan to the whole leadership team';
const NOTE = 'She asked for the appendix too, with the customer interviews and the notes from the offsite in Lisbon last month';

/** A journal with long promises, an overdue one, a broken one with a note, and a kept one. */
async function journal(): Promise<string> {
  const db = tempDb();
  const past = ctxAt(db, Infinity, [], new Date('2026-11-10T09:00:00'));
  await log({ text: LONG, to: 'Alice', due: '2026-11-18', relation: 'work', note: NOTE }, past);
  await log({ text: 'Call the plumber about the leaking kitchen tap before the weekend', to: 'Sam', due: '2026-11-20', relation: 'family' }, past);
  await log({ text: 'Bring back the camping stove and the two folding chairs', to: 'Alice', due: '2026-11-12' }, past);
  const later = ctxAt(db, Infinity, [], new Date('2026-11-19T09:00:00'));
  await resolve('broken', ['2'], { note: 'I forgot completely and only remembered when he called me in the evening about it' }, later);
  await resolve('kept', ['3'], {}, later);
  await log({ text: 'Review the contract draft and send my comments on the renewal terms', to: 'Alice', due: '2026-11-22' }, ctxAt(db, Infinity));
  return db;
}

describe('prose fitted to the terminal width', () => {
  it('the dashboard, show, person, people, stats and the review report, at 50, 80 and 200 columns', async () => {
    const db = await journal();
    const screens: Array<[string, (ctx: TestContext) => Promise<unknown>]> = [
      ['dashboard', (ctx) => dashboard({}, ctx)],
      ['show', (ctx) => show('1', {}, ctx)],
      ['person', (ctx) => person('Alice', {}, ctx)],
      ['stats', (ctx) => stats({}, ctx)],
      ['review', (ctx) => review({ prompts: false }, ctx)],
    ];
    for (const [name, run] of screens) {
      const whole = ctxAt(db, Infinity);
      await run(whole);
      expect(whole.output(), name).toContain(name === 'stats' ? 'Strength' : name === 'review' ? 'Keep rate' : 'Alice');
      for (const width of WIDTHS) {
        const ctx = ctxAt(db, width);
        await run(ctx);
        expectFitted(ctx.output(), whole.output(), width);
      }
    }
  });

  it('breaks the tester\'s lines at word boundaries: the welcome, "(3 days overdue)"', async () => {
    const empty = tempDb();
    const welcome = ctxAt(empty, 80);
    await dashboard({}, welcome);
    expect(welcome.output()).toContain('to note what you promised and by\nwhen.');
    const db = await journal();
    const dash = ctxAt(db, 50);
    await dashboard({}, dash);
    expect(dash.output()).toMatch(/\(3 days overdue\)|\(3 days\s*\n\s*overdue\)/);
    expect(dash.output()).not.toMatch(/day\n\s*s overdue/);
    // A long promise's continued lines line up under its text, after "  #1 ".
    expect(dash.output()).toMatch(/\n {2}#1 Send the quarterly[^\n]*\n {5}\S/);
  });

  it('an empty people list', async () => {
    const ctx = ctxAt(tempDb(), 80);
    ctx.db('write');
    await people({}, ctx);
    expect(ctx.output()).toBe('Nobody in your journal yet. `trust log` adds someone the first time you log a\nconversation.\n');
  });
});

/** Prevention in checklist 2: why it happened, then what will change. */
const PREVENTION: Answer[] = ['I never wrote deadlines down anywhere, I kept them all in my head and trusted my memory.', 'I will put every deadline in my calendar with a reminder two days before'];

const APOLOGY: Answer[] = [
  'I missed the deadline we agreed for the quarterly deck',
  'I took on too much that week and did not look at my calendar',
  'I should have warned you on Monday when I saw it slipping',
  '', // Enter keeps the change named under Prevention
  'walk you through the deck tomorrow morning before your meeting',
  '', // default request for forgiveness
  false, // keep the draft
];

const WALK: Answer[] = [
  'The deck reached her a day late, after her meeting with the board had already started.',
  'I was late but the brief changed twice', // flagged: "but"
  'keep',
  'She had to present without it and improvise the numbers in front of the board.',
  ...PREVENTION,
  'Nothing reminded me of the date, and I did not write it anywhere.',
  ...APOLOGY,
  'Walk her through the deck', 'mon', '', '',
  true, 'In person, at her desk, first thing in the morning', 'today',
  'fri', '',
  true, 'She appreciated it and asked me to warn her earlier next time', 'today',
];

describe('the repair walk, fitted to the width', () => {
  async function walkAt(columns: number): Promise<string> {
    const db = tempDb();
    const setup = ctxAt(db, Infinity, [], new Date('2026-11-19T09:00:00'));
    await log({ text: LONG, to: 'Alice', due: '2026-11-20', relation: 'work' }, setup);
    await resolve('broken', ['1'], {}, ctxAt(db, Infinity));
    const ctx = ctxAt(db, columns, [...WALK], NOW, true);
    await repair('1', { cause: 'mistake' }, ctx);
    expect(ctx.prompt.remaining).toBe(0);
    const shown = ctxAt(db, columns);
    await repair(undefined, { show: '1' }, shown);
    return `${ctx.output()}\n${shown.output()}`;
  }

  it('step titles, explanations, reminders, the excuse warning, the apology draft and --show, at 50, 80 and 200 columns', async () => {
    const whole = await walkAt(Infinity);
    expect(whole).toContain('Owning it works best without them.');
    expect(whole).toContain('Your apology, to copy:');
    expect(whole).toContain('Trap:');
    for (const width of WIDTHS) expectFitted(await walkAt(width), whole, width);
  });
});
