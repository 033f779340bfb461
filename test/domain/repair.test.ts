import { describe, expect, it } from 'vitest';
import { assembleApology } from '../../src/domain/apology.js';
import { CAUSES, checklist, CORE_STEPS } from '../../src/domain/checklist.js';
import { addPhraseList, findExcuses } from '../../src/domain/excuses.js';
import { checkInState, leftBeforeClosing, nextStep, progress, trapsShowing } from '../../src/domain/repair.js';

const keys = (cause: (typeof CAUSES)[number]) => checklist(cause).map((s) => s.key);

describe('checklist composition', () => {
  it.each(CAUSES)('%s keeps every core step, in the core order, closing last', (cause) => {
    const list = keys(cause);
    expect(list.filter((k) => CORE_STEPS.includes(k))).toEqual(CORE_STEPS);
    expect(list.at(-1)).toBe('close');
    expect(new Set(list).size).toBe(list.length);
  });

  it.each([
    ['mistake', ['process-check']],
    ['breach', ['disclosure', 'responsibility', 'rules', 'long-term']],
    ['miscommunication', ['listen', 'share-info', 'agreement']],
    ['other', []],
  ] as const)('%s adds %j', (cause, extra) => {
    expect(keys(cause).filter((k) => !CORE_STEPS.includes(k))).toEqual(extra);
  });

  it('puts the cause steps where they make sense', () => {
    const misc = keys('miscommunication');
    expect(misc[0]).toBe('listen'); // listening comes first
    const breach = keys('breach');
    expect(breach.indexOf('disclosure')).toBeLessThan(breach.indexOf('apology'));
    expect(keys('mistake').indexOf('process-check')).toBe(keys('mistake').indexOf('prevention') + 1);
  });

  it('explains every step in a line or two', () => {
    for (const cause of CAUSES) {
      for (const step of checklist(cause)) {
        expect(step.explain.length).toBeGreaterThan(20);
        expect(step.explain.length).toBeLessThan(200);
        if (step.kind === 'text' || step.kind === 'done-yet') expect(step.question).toBeTruthy();
      }
    }
  });
});

describe('resume position and progress', () => {
  const steps = checklist('other');
  it('starts at the first step', () => {
    expect(nextStep(steps, new Set())?.key).toBe('facts');
  });
  it('resumes at the first unanswered step, even with a later one answered', () => {
    expect(nextStep(steps, new Set(['facts', 'own', 'apology']))?.key).toBe('their-side');
  });
  it('is finished when everything is answered', () => {
    expect(nextStep(steps, new Set(steps.map((s) => s.key)))).toBeNull();
  });
  it('counts progress against the checklist, ignoring answers it no longer has', () => {
    expect(progress(steps, new Set(['facts', 'own', 'retired-step']))).toEqual({ done: 2, total: 10 });
  });
});

describe('the excuse check', () => {
  it.each([
    ['I missed the deadline but the brief was late', ['but']],
    ["I'm sorry if you were offended", ['if you were offended']],
    ['I am sorry you feel that way', ['sorry you feel']],
    ['I had no choice, you should have told me', ['I had no choice', 'you should have']],
    ['It wasn’t my fault', ["It wasn’t my fault"]],
    ['I missed the deadline. I should have warned you.', []],
    ['The butter and the attributes', []], // words, not letters inside words
    ['BUT it was late', ['BUT']],
    ['He should have reminded me', ['He should have']],
    ["she should've said so", ["she should've"]],
    ['It should have been in the calendar', ['It should have been']],
    ['Someone should have checked', ['Someone should have']],
    ['Nobody but me is to blame.', []],
    ['No one but me is to blame, but I was busy', ['but', 'I was busy']],
    ['I should have checked it myself; it was mine to do.', []],
  ])('%j flags %j', (answer, quotes) => {
    expect(findExcuses(answer).map((f) => f.quote)).toEqual(quotes);
  });

  it('says what kind of phrase it is', () => {
    expect(findExcuses('you made me do it')[0]?.kind).toBe('blame');
  });

  it('takes another language through its own list', () => {
    addPhraseList({ language: 'x-test', wordBoundary: false, phrases: [{ text: 'ぶー', kind: 'excuse' }, { text: 'ばー', kind: 'blame' }] });
    expect(findExcuses('遅れました。ぶーばー', 'x-test').map((f) => [f.quote, f.kind])).toEqual([
      ['ぶー', 'excuse'],
      ['ばー', 'blame'],
    ]);
  });
});

describe('the apology', () => {
  it('joins the parts into one voice', () => {
    expect(
      assembleApology({
        regret: 'I missed the deadline we agreed.',
        explanation: 'I took on too much and did not check my calendar',
        responsibility: 'I should have warned you on Monday',
        change: 'put every deadline in my calendar the day I agree it',
        amends: 'send the deck tonight and walk you through it tomorrow',
        forgiveness: '',
      }),
    ).toBe(
      'I am sorry that I missed the deadline we agreed. What happened was that I took on too much and did not check my calendar. ' +
        'That was my responsibility, and I should have warned you on Monday. From now on, I will put every deadline in my calendar the day I agree it. ' +
        'To make up for it, I would like to send the deck tonight and walk you through it tomorrow. I hope you can forgive me.',
    );
  });

  it('does not repeat a lead the user typed, and skips empty parts', () => {
    expect(assembleApology({ regret: 'I am sorry that I was late', forgiveness: 'Can you forgive me?' })).toBe('I am sorry that I was late. Can you forgive me?');
    expect(assembleApology({})).toBe('I hope you can forgive me.');
  });
});

describe('closing and traps', () => {

  it.each([
    ['2026-11-25', null, '2026-11-21', 'upcoming'],
    ['2026-11-21', null, '2026-11-21', 'due'],
    ['2026-11-20', null, '2026-11-21', 'missed'],
    ['2026-11-20', '2026-11-19', '2026-11-21', 'missed'], // logged, but before the check-in date
    ['2026-11-20', '2026-11-20', '2026-11-21', 'met'],
  ])('check-in on %s, last logged %s, today %s: %s', (date, last, today, state) => {
    expect(checkInState({ date }, last, today)).toBe(state);
  });

  it.each([
    ['2026-11-25', null, 'not needed'], // after the closing
    ['2026-11-21', null, 'not needed'], // the closing day itself
    ['2026-11-20', null, 'missed'], // before it: part of the story
    ['2026-11-25', '2026-11-26', 'met'],
  ])('check-in on %s of a repair closed on 21 Nov, last logged %s: %s', (date, last, state) => {
    expect(checkInState({ date }, last, '2026-11-28', '2026-11-21')).toBe(state);
  });

  it('names going quiet and self-defence when their signs show', () => {
    expect(trapsShowing({ missedCheckIns: 1, excusesInOwnIt: false })).toEqual(['going quiet']);
    expect(trapsShowing({ missedCheckIns: 0, excusesInOwnIt: true })).toEqual(['self-defence']);
    expect(trapsShowing({ missedCheckIns: 0, excusesInOwnIt: false })).toEqual([]);
  });
});

describe('checklist versions', () => {
  it('version 2 puts prevention (and the cause steps about what will change) before the apology', () => {
    for (const cause of CAUSES) {
      const list = keys(cause);
      expect(list.indexOf('prevention')).toBeLessThan(list.indexOf('apology'));
    }
    expect(checklist('other', 2).find((s) => s.key === 'prevention')).toMatchObject({ kind: 'prevention', change: expect.any(String) });
  });

  it('version 1 stays readable, in its own order, for repairs started with it', () => {
    expect(checklist('other', 1).map((s) => s.key)).toEqual(['facts', 'own', 'their-side', 'apology', 'prevention', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close']);
    expect(checklist('mistake', 1).find((s) => s.key === 'prevention')?.kind).toBe('text');
  });
});

describe('the apology reads as one voice', () => {
  it('does not repeat the end of a lead the answer already starts with', () => {
    expect(assembleApology({ change: 'I will put every deadline in my calendar.' })).toBe(
      'From now on, I will put every deadline in my calendar. I hope you can forgive me.',
    );
    expect(assembleApology({ amends: 'to walk you through it' })).toBe('To make up for it, I would like to walk you through it. I hope you can forgive me.');
    expect(assembleApology({ regret: 'I was late' })).toBe('I am sorry that I was late. I hope you can forgive me.');
  });
});

describe('what is left before closing', () => {
  const steps = checklist('other');
  const all = new Set(steps.map((s) => s.key));
  it('is nothing once every step but Close is answered and the repair promises are resolved', () => {
    all.delete('close');
    expect(leftBeforeClosing(steps, all, ['kept', 'released'])).toBeNull();
  });
  it('names unanswered steps in order, open promises, and a repair without any', () => {
    const some = new Set(['facts', 'own', 'their-side']);
    const left = leftBeforeClosing(steps, some, []);
    expect(left?.unanswered.map((s) => s.key)).toEqual(['prevention', 'apology', 'repair-promises', 'delivered', 'checkins', 'feedback']);
    expect(left).toMatchObject({ openPromises: 0, noPromises: true });
    expect(leftBeforeClosing(steps, all, ['kept', 'open'])).toMatchObject({ unanswered: [], openPromises: 1, noPromises: false });
  });
});
