import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDay, parseDayOrThrow, parseHappened } from '../../src/domain/dates.js';
import { parseDue } from '../../src/domain/promise.js';
import { parseWeek } from '../../src/domain/weeks.js';

// Dates typed in Japanese mean what their English counterparts mean (date-forms.test.ts), with
// the same leanings. Node re-reads TZ when it changes.
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

for (const tz of ['Asia/Tokyo', 'America/Los_Angeles']) {
  describe(`Japanese date forms in ${tz}`, () => {
    beforeAll(() => {
      process.env.TZ = tz;
    });
    // Saturday 21 November 2026, 10:00 local time: this ISO week runs Mon 16 to Sun 22 November.
    const now = () => new Date('2026-11-21T10:00:00');

    it.each([
      ['今日', '2026-11-21', null],
      ['本日', '2026-11-21', null],
      ['今日中', '2026-11-21', null],
      ['明日', '2026-11-22', null],
      ['あした', '2026-11-22', null],
      ['あす', '2026-11-22', null],
      ['明後日', '2026-11-23', null],
      ['あさって', '2026-11-23', null],
      ['今夜', '2026-11-21', '20:00'], // as "tonight"
      ['今晩', '2026-11-21', '20:00'],
      ['今夜9時', '2026-11-21', '21:00'], // nine in the evening
      ['今晩 21時', '2026-11-21', '21:00'],
      ['今夜午後9時', '2026-11-21', '21:00'],
      ['金曜', '2026-11-27', null], // the coming Friday, as "fri"
      ['金曜日', '2026-11-27', null],
      ['金', '2026-11-27', null],
      ['土曜', '2026-11-28', null], // a weekday name never means today
      ['日曜日', '2026-11-22', null],
      ['今週金曜', '2026-11-20', null], // this week's Friday, even gone by: a due date refuses it (below)
      ['今週の日曜', '2026-11-22', null],
      ['来週', '2026-11-29', null], // the end of next Sunday, as "next week"
      ['来週の金曜', '2026-11-27', null], // the Friday of next week, as "next fri"
      ['来週金曜日', '2026-11-27', null],
      ['来週の月曜', '2026-11-23', null],
      ['再来週', '2026-12-06', null], // the end of the Sunday after that
      ['再来週の金曜', '2026-12-04', null],
      ['週末', '2026-11-22', null], // as "eow"
      ['今週末', '2026-11-22', null],
      ['月末', '2026-11-30', null], // as "eom"
      ['来月', '2026-12-31', null], // the end of next month, as "next month"
      ['来月末', '2026-12-31', null],
      ['11月末', '2026-11-30', null],
      ['10月末', '2027-10-31', null],
      ['2月末', '2027-02-28', null],
      ['3日後', '2026-11-24', null],
      ['2週間後', '2026-12-05', null],
      ['1ヶ月後', '2026-12-21', null],
      ['1か月後', '2026-12-21', null],
      ['1年後', '2027-11-21', null],
      ['2時間後', '2026-11-21', '12:00'],
      ['30分後', '2026-11-21', '10:30'],
      ['11月27日', '2026-11-27', null],
      ['11月20日', '2027-11-20', null], // a due date leans to the future, as "20 Nov"
      ['11/27', '2026-11-27', null],
      ['11/20', '2027-11-20', null],
      ['2026年12月1日', '2026-12-01', null],
      ['2026/12/1', '2026-12-01', null],
      ['2026/11/20', '2026-11-20', null],
      ['令和8年11月20日', '2026-11-20', null],
      ['令和9年1月5日', '2027-01-05', null],
      ['令和元年5月1日', '2019-05-01', null],
      ['平成31年4月30日', '2019-04-30', null],
      ['20日', '2026-12-20', null], // the next 20th
      ['21日', '2026-11-21', null],
      ['31日', '2026-12-31', null], // November has no 31st
      ['17時', '2026-11-21', '17:00'],
      ['17時半', '2026-11-21', '17:30'],
      ['午後5時', '2026-11-21', '17:00'],
      ['午前9時30分', '2026-11-21', '09:30'],
      ['午後0時', '2026-11-21', '12:00'],
      ['正午', '2026-11-21', '12:00'],
      ['17:00', '2026-11-21', '17:00'],
      ['３日後', '2026-11-24', null], // full-width digits
      ['１７：００', '2026-11-21', '17:00'],
      ['２０２６／１２／１', '2026-12-01', null],
      ['明日　１７時', '2026-11-22', '17:00'], // a full-width space
      ['明日17時', '2026-11-22', '17:00'],
      ['明日 17時', '2026-11-22', '17:00'],
      ['明日の17時', '2026-11-22', '17:00'],
      ['明日 5pm', '2026-11-22', '17:00'],
      ['tomorrow 17時', '2026-11-22', '17:00'],
      ['金曜 午後3時', '2026-11-27', '15:00'],
      ['金曜の午後3時半', '2026-11-27', '15:30'],
      ['来週の金曜 17:00', '2026-11-27', '17:00'],
      ['11月20日 17時', '2027-11-20', '17:00'],
      ['11月27日(金)', '2026-11-27', null], // as trust prints it in Japanese
      ['11月27日（金）', '2026-11-27', null],
      ['11月27日(金曜日) 17:00', '2026-11-27', '17:00'],
      ['11月20日(金)', '2026-11-20', null], // 20 Nov 2027 is a Saturday: the one printed is this year's, as "Fri 20 Nov"
      ['2026年12月1日(火)', '2026-12-01', null],
      ['金曜まで', '2026-11-27', null],
      ['明日までに', '2026-11-22', null],
      ['2026-12-01 17時', '2026-12-01', '17:00'],
    ])('future: %s → %s %s', (input, date, time) => {
      expect(parseDay(input, now(), 'future')).toEqual({ date, time });
    });

    it.each([
      ['今日', '2026-11-21', null],
      ['昨日', '2026-11-20', null],
      ['きのう', '2026-11-20', null],
      ['一昨日', '2026-11-19', null],
      ['おととい', '2026-11-19', null],
      ['金曜', '2026-11-20', null], // the Friday just gone, as "fri"
      ['土曜', '2026-11-14', null],
      ['今週の月曜', '2026-11-16', null],
      ['先週', '2026-11-09', null], // its Monday, as "last week"
      ['先週の金曜', '2026-11-13', null],
      ['先月', '2026-10-01', null],
      ['10月末', '2026-10-31', null],
      ['11月末', '2025-11-30', null], // not over yet: last year's
      ['3日前', '2026-11-18', null],
      ['2週間前', '2026-11-07', null],
      ['1ヶ月前', '2026-10-21', null],
      ['2時間前', '2026-11-21', '08:00'],
      ['11月20日', '2026-11-20', null],
      ['11月27日', '2025-11-27', null], // --at leans to the past
      ['11/27', '2025-11-27', null],
      ['11月27日(金)', '2026-11-27', null], // 27 Nov 2025 was a Thursday
      ['20日', '2026-11-20', null],
      ['25日', '2026-10-25', null],
      ['昨日17時', '2026-11-20', '17:00'],
      ['昨日の午後6時', '2026-11-20', '18:00'],
    ])('past: %s → %s %s', (input, date, time) => {
      expect(parseDay(input, now(), 'past')).toEqual({ date, time });
    });

    it.each([
      '13月1日', '13月末', '2月30日', '11/31', '2026/2/30', '0月5日', '32日',
      '令和0年1月1日', '令和元年4月30日', '平成32年1月1日', '平成0年1月1日',
      '25時', '午後13時', '今夜12時', '今夜0時', '午前12時', '17時60分', '金曜 25時',
      '11月20日(木)', '11月21日(金)',
      '明日 blah', '明日 夜', '来週の', '後', '3日後後', '金曜日日', 'あさってx',
    ])('refuses %j', (input) => {
      expect(parseDay(input, now(), 'future')).toBeNull();
    });

    it('refuses nonsense with the usage error English gets', () => {
      expect(() => parseDayOrThrow('13月1日', now(), 'future', 'a due date')).toThrow(expect.objectContaining({ exitCode: 2, message: '"13月1日" is not a date trust understands for a due date.' }));
    });

    it('refuses a due date this week that has gone by, and a past one for --at in the future', () => {
      expect(() => parseDue('今週金曜', now())).toThrow('has already passed');
      expect(() => parseHappened('明日', now(), '--at')).toThrow('in the future');
      expect(parseHappened('昨日17時', now(), '--at')).toEqual(new Date('2026-11-20T17:00:00'));
    });

    it('reads a week for --week in Japanese too', () => {
      expect(parseWeek('先週', now()).key).toBe('2026-W46');
      expect(parseWeek('11月12日', now()).key).toBe('2026-W46');
    });

    it('takes 今夜 said after 20:00 as the rest of the day, as "tonight"', () => {
      expect(parseDay('今夜', new Date('2026-11-21T21:15:00'), 'future')).toEqual({ date: '2026-11-21', time: null });
    });
  });
}
