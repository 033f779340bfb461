/**
 * A file whose items fit its own checks but not the journal it goes into: a review's UUID that the
 * journal holds for another week, answers to steps a known repair's checklist does not have. The
 * whole file is refused with exit 2, naming the item, and the journal stays as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/commands/repair.js';
import { review } from '../../src/commands/review.js';
import { CancelledError } from '../../src/errors.js';
import { CTRL_C } from '../helpers/fake-prompt.js';
import { tempDir, trust, trustJson } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { asyncJournalFixture } from '../helpers/fixture.js';

process.env.TZ = 'Europe/Berlin';

/** A broken promise with a mistake repair (its facts answered) and the review of 2026-W47. */
const journal = asyncJournalFixture(async (db) => {
  const at = (now: string, ...args: string[]) => {
    const r = trust(args, { db, now });
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  };
  at('2026-11-16T09:00:00', 'log', 'Send the deck', '--to', 'Alice', '--due', 'tue');
  at('2026-11-18T10:00:00', 'broken', '1');
  const r = testContext(db, ['I sent it late.', CTRL_C], new Date('2026-11-19T12:00:00'));
  await expect(repair('1', { cause: 'mistake' }, r)).rejects.toBeInstanceOf(CancelledError);
  r.close();
  const v = testContext(db, ['I forgot', true, 'Check the calendar', '', '', '', '', ''], new Date('2026-11-22T19:00:00'));
  await review({}, v);
  v.close();
});

const now = '2026-11-23T09:00:00';

/** Imports `data` into `db` and checks it was refused whole. */
function expectRefused(db: string, data: unknown, message: string, env: Record<string, string> = {}): void {
  const before = trust(['export'], { db, now }).stdout;
  const file = join(tempDir(), 'clash.json');
  writeFileSync(file, JSON.stringify(data));
  const r = trust(['import', file], { db, now, env });
  expect(r.stderr).toContain(message);
  expect(r.stderr).not.toContain('Something went wrong');
  expect(r.code).toBe(2);
  expect(trust(['export'], { db, now }).stdout).toBe(before);
}

describe('import against what the journal holds', () => {
  it('refuses a review whose UUID the journal has for another week', async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    const r = data.reviews[0];
    expect(r.week).toBe('2026-W47');
    Object.assign(r, { week: '2026-W46', id: 99 });
    Object.assign(r.figures, { week: '2026-W46', weekStart: '2026-11-09', weekEnd: '2026-11-15' });
    r.answers = [];
    expectRefused(db, data, `reviews[0].uuid: ${r.uuid} is the review of week 2026-W47 in this journal, but the file has it for week 2026-W46`);
  });

  it('still merges a review of the same week under another UUID, by week', async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    data.reviews[0].uuid = '22222222-2222-4222-8222-222222222222';
    const file = join(tempDir(), 'same-week.json');
    writeFileSync(file, JSON.stringify(data));
    expect(trustJson(['import', file], { db, now }).reviews).toEqual({ added: 0, updated: 0, skipped: 1 });
  });

  it("refuses answers to steps a known repair's checklist does not have, even from a copy with another cause", async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    const r = data.repairs[0];
    expect(r.cause).toBe('mistake');
    r.cause = 'breach';
    r.updatedAt = '2026-11-23T08:00:00.000Z';
    r.answers.push({ step: 'disclosure', title: 'Full disclosure', answer: { text: 'All of it' }, answeredAt: '2026-11-23T08:00:00.000Z' });
    expectRefused(db, data, `repairs[0].answers[1].step: the journal's repair #1 is for a mistake, and its checklist has no step "disclosure"`);
  });

  it('refuses an answer in the form of another checklist version', async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    const r = data.repairs[0];
    expect(r.checklistVersion).toBe(2);
    r.checklistVersion = 1;
    r.answers.push({ step: 'prevention', title: 'Prevention', answer: { text: 'Calendar' }, answeredAt: '2026-11-23T08:00:00.000Z' });
    expectRefused(db, data, 'repairs[0].answers[1].answer: the journal\'s repair #1 is for a mistake, and its checklist asks step "prevention" in another form');
  });

  it('gives its reasons in Japanese when trust speaks Japanese', async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    data.repairs[0].cause = 'breach';
    data.repairs[0].updatedAt = '2026-11-23T08:00:00.000Z';
    data.repairs[0].answers.push({ step: 'disclosure', title: 'Full disclosure', answer: { text: 'All of it' }, answeredAt: '2026-11-23T08:00:00.000Z' });
    expectRefused(db, data, 'repairs[0].answers[1].step: 記録帳の修復 #1（原因：ミス）のチェックリストには手順「disclosure」がありません', { TRUST_LANG: 'ja' });
    const broken = trustJson(['export'], { db, now });
    broken.promises[0].madeAt = '2026-02-30T10:00:00Z';
    expectRefused(db, broken, 'promises[0].madeAt: 「2026-02-30T10:00:00Z」は実在する日時ではありません', { TRUST_LANG: 'ja' });
    // A file cut short, read a line at a time: the line reader's reason is Japanese too.
    const whole = trust(['export'], { db, now }).stdout.split('\n');
    const cut = join(tempDir(), 'cut.json');
    writeFileSync(cut, whole.slice(0, 5).join('\n') + '\n');
    const r = trust(['import', cut], { db, now, env: { TRUST_LANG: 'ja' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('5行目でファイルが終わっています。途中で切れているかもしれません');
  });

  it('merges answers to steps both checklists share', async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    const r = data.repairs[0];
    r.cause = 'breach';
    r.answers.push({ step: 'own', title: 'Own it', answer: { text: 'My part' }, answeredAt: '2026-11-23T08:00:00.000Z' });
    const file = join(tempDir(), 'shared.json');
    writeFileSync(file, JSON.stringify(data));
    expect(trust(['import', file], { db, now }).code).toBe(0);
    const shown = trustJson(['repair', '--show', '1'], { db, now });
    expect(shown.cause).toBe('mistake');
    expect(JSON.stringify(shown)).toContain('My part');
  });

  it('merges a known repair, conversation or person that the file puts with someone else, moving nothing', async () => {
    const db = await journal();
    const data = trustJson(['export'], { db, now });
    const alice = data.people[0];
    const zoe = { ...alice, uuid: '33333333-3333-4333-8333-333333333333', id: 7, name: 'Zoe' };
    // The file's Alice carries a name the journal gives to nobody else; its repair and conversation are Zoe's.
    data.people.push(zoe);
    Object.assign(data.repairs[0], { person: zoe.uuid, promise: null, updatedAt: '2026-11-23T08:00:00.000Z' });
    data.conversations[0].person = zoe.uuid;
    const file = join(tempDir(), 'moved.json');
    writeFileSync(file, JSON.stringify(data));
    const r = trust(['import', file, '--json'], { db, now });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ people: { added: 1 }, repairs: { updated: 1 }, conversations: { skipped: 1 } });
    expect(trustJson(['repair', '--show', '1'], { db, now })).toMatchObject({ person: 'Alice', promise: { id: 1 } });
  });
});
