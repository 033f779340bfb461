import { describe, expect, it } from 'vitest';
import { TrustError } from '../../src/errors.js';
import {
  checkOpen, happenedBeforeMade, similarNames, cleanName, cleanNote, cleanText, dueKey, isBusyWeek, isLate, isOverdue, nameKey, parseDue, parseRelation, parseStatus, BUSY_WEEK,
} from '../../src/domain/promise.js';

// Set before any Date is made: the local times below are Berlin's.
process.env.TZ = 'Europe/Berlin';

const usage = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TrustError);
    return (e as TrustError).exitCode;
  }
  throw new Error('expected an error');
};

describe('text and names', () => {
  it('folds white space and keeps any script', () => {
    expect(cleanText('  Send\n the   deck ')).toBe('Send the deck');
    expect(cleanName('田中さん')).toBe('田中さん');
  });
  it('refuses empty, over-long and control-character text with a usage error', () => {
    expect(usage(() => cleanText('   '))).toBe(2);
    expect(usage(() => cleanText('x'.repeat(281)))).toBe(2);
    expect(cleanText('x'.repeat(280))).toHaveLength(280);
    expect(usage(() => cleanText('evil \u001b[2J'))).toBe(2);
    expect(usage(() => cleanName('a\u202eb'))).toBe(2);
  });
  it.each([
    ['a right-to-left mark', 'Ali\u200fce'],
    ['a left-to-right mark', 'Ali\u200ece'],
    ['a zero-width space', 'Ali\u200bce'],
    ['a zero-width non-joiner', 'Ali\u200cce'],
    ['a zero-width joiner between letters', 'Ali\u200dce'],
    ['a word joiner', 'Ali\u2060ce'],
    ['an invisible separator', 'Ali\u2063ce'],
    ['a soft hyphen', 'Soft\u00adHy'],
    ['a combining grapheme joiner', 'Ali\u034fce'],
    ['a Mongolian vowel separator', 'Ali\u180ece'],
    ['a Hangul filler', 'Ali\u3164ce'],
    ['a halfwidth Hangul filler', 'Ali\uffa0ce'],
    ['an Arabic letter mark', 'Ali\u061cce'],
  ])('refuses a name with %s, which would pass for another', (_what, name) => {
    expect(usage(() => cleanName(name))).toBe(2);
  });
  it('keeps emoji sequences in names, and joiners in text', () => {
    for (const name of ['Family 👨\u200d👩\u200d👧', 'Pride 🏳\ufe0f\u200d🌈', 'Dev 👩🏽\u200d💻']) expect(cleanName(name)).toBe(name);
    expect(cleanText('Call \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 back')).toContain('\u200c');
  });
  it('refuses invisible characters in promise text and notes too', () => {
    expect(usage(() => cleanText('Send\u200b the deck'))).toBe(2);
    expect(usage(() => cleanNote('for\u200f the board'))).toBe(2);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(cleanText('🙂'.repeat(280))).toHaveLength(560);
  });
  it('treats an empty note as no note', () => {
    expect(cleanNote('  ')).toBeNull();
    expect(cleanNote(undefined)).toBeNull();
  });
  it('matches names without regard to case or width', () => {
    expect(nameKey('Alice')).toBe(nameKey('ALICE'));
    expect(nameKey('ＡＢＣ')).toBe(nameKey('abc'));
    // Keys already stored were made with toLocaleLowerCase('und'): the root locale's lower case is the same.
    for (const name of ['İstanbul', 'ΟΔΥΣΣΕΥΣ', 'Straße', 'ǄEMAL', 'ΣΊΣΥΦΟΣ Σ', 'Łukasz', 'ÅSA', '田中さん', 'ＡＢＣ']) {
      expect(nameKey(name)).toBe(name.normalize('NFKC').toLocaleLowerCase('und'));
    }
  });
  it('knows the relations and statuses', () => {
    expect(parseRelation('Work')).toBe('work');
    expect(usage(() => parseRelation('boss'))).toBe(2);
    expect(parseStatus('KEPT')).toBe('kept');
    expect(usage(() => parseStatus('done'))).toBe(2);
  });
});

describe('statuses and due moments', () => {
  const now = new Date('2026-11-21T10:00:00');
  it('sorts a day without a time after every time that day', () => {
    expect(dueKey({ date: '2026-11-21', time: null }) > dueKey({ date: '2026-11-21', time: '23:59' })).toBe(true);
  });
  it('is overdue only once the due moment has passed, and only while open', () => {
    expect(isOverdue({ status: 'open', due: { date: '2026-11-21', time: null } }, now)).toBe(false);
    expect(isOverdue({ status: 'open', due: { date: '2026-11-21', time: '09:59' } }, now)).toBe(true);
    expect(isOverdue({ status: 'open', due: { date: '2026-11-20', time: null } }, now)).toBe(true);
    expect(isOverdue({ status: 'kept', due: { date: '2026-11-20', time: null } }, now)).toBe(false);
    expect(isOverdue({ status: 'open', due: null }, now)).toBe(false);
  });
  it('calls a keep after the due moment late', () => {
    expect(isLate({ date: '2026-11-20', time: null }, now)).toBe(true);
    expect(isLate({ date: '2026-11-21', time: null }, now)).toBe(false);
    expect(isLate({ date: '2026-11-21', time: '10:00' }, now)).toBe(false);
    expect(isLate(null, now)).toBe(false);
  });
  it('wants a due date that is still ahead', () => {
    expect(parseDue('fri', now)).toEqual({ date: '2026-11-27', time: null });
    expect(usage(() => parseDue('2026-11-20', now))).toBe(2);
    expect(usage(() => parseDue('today 9:00', now))).toBe(2);
    expect(usage(() => parseDue('someday', now))).toBe(2);
  });
  it('resolves only open promises', () => {
    expect(() => checkOpen({ id: 1, status: 'open' }, 'kept')).not.toThrow();
    expect(usage(() => checkOpen({ id: 1, status: 'kept' }, 'marked broken'))).toBe(1);
  });
  it('calls a week busy past the limit', () => {
    expect(isBusyWeek(BUSY_WEEK)).toBe(false);
    expect(isBusyWeek(BUSY_WEEK + 1)).toBe(true);
  });
});

describe('similarNames', () => {
  const names = ['Alice', 'Bob', '田中さん', 'Alison'];
  it.each([
    ['Alicia', ['Alice']],
    ['al', ['Alice', 'Alison']],
    ['bobb', ['Bob']],
    ['田中', ['田中さん']],
    ['Zed', []],
    ['', []],
  ])('%j suggests %j', (typed, expected) => {
    expect(similarNames(typed, names)).toEqual(expected);
  });
});

describe('an outcome is not dated before the promise', () => {
  const made = { madeAt: new Date('2026-11-22T09:30:40') };
  it('is before only from the minute before', () => {
    expect(happenedBeforeMade(made, new Date('2026-11-22T09:29:59'))).toBe(true);
    expect(happenedBeforeMade(made, new Date('2026-11-22T09:30:00'))).toBe(false);
    expect(happenedBeforeMade(made, new Date('2026-11-25T00:00:00'))).toBe(false);
  });
});
