import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/ui/wrap.js';
import { displayWidth } from '../../src/ui/width.js';

const widths = (text: string) => text.split('\n').map(displayWidth);

describe('wrap: prose at word boundaries', () => {
  it('breaks between words, never inside one', () => {
    expect(wrap('After your next conversation, run `trust log` to note what you promised and by when.', 30)).toBe(
      'After your next conversation,\nrun `trust log` to note what\nyou promised and by when.',
    );
  });

  it('keeps a short Japanese word whole among spaced words, and breaks long Japanese prose between characters', () => {
    expect(wrap('in Japanese too: 昨日, 金曜, 先週の金曜, 3日前', 32)).toBe('in Japanese too: 昨日, 金曜,\n先週の金曜, 3日前');
    const prose = wrap('会話を記録します。誰と話したか、その人との約束がどうなったか。', 20);
    expect(widths(prose).every((w) => w <= 20)).toBe(true);
    expect(prose.split('\n').length).toBeGreaterThan(2);
  });

  it('never breaks inside a date as trust prints it, nor inside a short aside in brackets', () => {
    const en = wrap('  #333 Book the photos → Person 190 · due Mon 3 Apr 2017 (10 years overdue)', 50);
    expect(en).toContain('Mon 3 Apr 2017');
    expect(en).toContain('(10 years overdue)');
    expect(widths(en).every((w) => w <= 50)).toBe(true);
    const ja = wrap('  #8 Visit the cake → Person 053 · 期限 2016年11月26日(土) 10年超過', 50);
    expect(ja).toContain('2016年11月26日(土)');
    const time = wrap('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx · due Tue 10 Nov 17:00 (in 2 days)', 50);
    expect(time).toContain('Tue 10 Nov 17:00');
    expect(time).toContain('(in 2 days)');
  });

  it.each([
    ['今週守った約束はあわせて12件、破った約束は3件でした。', '12件'],
    ['`trust person` が受け取る引数は 1 個ですが、2 個渡されました。', '1 個'],
    ['次の確認日は3日後です。約束を守れた割合は先週より12ポイント上がりました。', '12ポイント'],
    ['守れた割合は今週91%で、その前の4週間は85%でした。', '91%'],
  ])('never parts a number from its Japanese counter: %s', (text, whole) => {
    // Every width at which the text breaks, so that one of them falls inside the number and counter.
    for (let width = 10; width < displayWidth(text); width++) {
      const lines = wrap(text, width).split('\n');
      expect(lines.some((line) => line.includes(whole)), `${width}: ${lines.join(' / ')}`).toBe(true);
    }
  });

  it('leaves a line that fits, and everything at Infinity, as it is', () => {
    const text = 'Keep streak:   3 kept in a row   ';
    expect(wrap(text, 80)).toBe(text);
    expect(wrap('a '.repeat(500), Number.POSITIVE_INFINITY)).toBe('a '.repeat(500));
  });

  it('hangs continued lines after an indent and a list marker or label', () => {
    expect(wrap('  #12 Send the deck to the whole team → Alice · due Fri 27 Nov (3 days overdue)', 40)).toBe(
      '  #12 Send the deck to the whole team →\n      Alice · due Fri 27 Nov\n      (3 days overdue)',
    );
    expect(wrap('Trap: Self-defence: explaining why it was not your fault.', 30)).toBe('Trap: Self-defence: explaining\n      why it was not your\n      fault.');
    expect(wrap('Some words here and there', 12, { hang: 2 })).toBe('Some words\n  here and\n  there');
  });

  it('cuts only a word wider than the whole line', () => {
    const out = wrap('see /a/very/long/path/to/a/journal/file.db now', 12);
    expect(out).toBe('see\n/a/very/long\n/path/to/a/j\nournal/file.\ndb now');
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(12);
  });

  it('colour codes take no width, and a colour is closed at a break and opened again after it', () => {
    const yellow = (s: string) => `\u001b[33m${s}\u001b[39m`;
    const out = wrap(yellow('Owning it works best without them.'), 20);
    expect(out).toBe(`\u001b[33mOwning it works best\u001b[0m\n\u001b[33mwithout them.\u001b[39m`);
    expect(wrap(yellow('fits exactly here'), 17)).toBe(yellow('fits exactly here'));
  });

  it('breaks Japanese between characters, counting them two columns wide, never before 。 or after 「', () => {
    const out = wrap('約束を守ることで信頼は少しずつ積み重なります。「小さな約束」を大切にしましょう。', 20);
    expect(Math.max(...widths(out))).toBeLessThanOrEqual(20);
    expect(out.replace(/\n/g, '')).toBe('約束を守ることで信頼は少しずつ積み重なります。「小さな約束」を大切にしましょう。');
    for (const line of out.split('\n').slice(1)) expect(line).not.toMatch(/^[。、」]/);
    for (const line of out.split('\n')) expect(line).not.toMatch(/「$/);
  });

  it('keeps a mixed line\'s Latin words whole', () => {
    const out = wrap('田中さんに deadline を伝える promise', 12);
    expect(out.split(/\s+/).join(' ').replace(/\n/g, '')).toContain('deadline');
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(12);
    expect(out).not.toMatch(/dead\n|promi\n/);
  });
});
