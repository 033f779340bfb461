/**
 * How a week's review reads on screen. It renders the saved figures, so a review shown again
 * months later looks exactly as it did then.
 */
import type { figuresOf } from '../commands/review-report.js';
import type { Streak } from '../domain/streaks.js';
import type { StoredReview } from '../store/reviews.js';
import type { Paint } from './colour.js';
import { t } from '../i18n/messages.js';
import { quietLine } from './nudges.js';
import { formatDay, percent } from './format.js';
import { renderTable, type Column } from './table.js';
import { wrap } from './wrap.js';

export type Figures = ReturnType<typeof figuresOf>;

const best = (s: Streak) => ({ current: s.current, best: s.best });

const BARS = '▁▂▃▄▅▆▇█';
const PEOPLE_ROWS = 15;
const QUIET_ROWS = 5;

/** Twelve weeks of keep rate, one cell per week: a bar, and the number under it (– for no data). */
export function drawSeries(series: Figures['series']): string {
  const cell = (s: string) => s.padStart(4);
  const weeks = series.map((s) => cell(s.week.slice(-3)));
  const bars = series.map((s) => cell(s.rate === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor(s.rate * BARS.length))]!));
  const numbers = series.map((s) => cell(s.rate === null ? '–' : String(Math.round(s.rate * 100))));
  return [weeks.join(''), bars.join(''), numbers.join('')].map((l) => `  ${l}`).join('\n');
}

function peopleColumns(): readonly Column[] {
  const h = t().review.report.head;
  return [
    [h.person(), 'name'],
    [h.made(), 'number'],
    [h.kept(), 'number'],
    [h.broken(), 'number'],
    [h.released(), 'number', { priority: 6 }],
    [h.openDue(), 'number', { priority: 5 }],
  ];
}

/** `width`: the columns the prose is fitted to (the table fits itself). */
export async function renderFigures(f: Figures, c: Paint, now: Date, width = Number.POSITIVE_INFINITY): Promise<string> {
  const m = t().review.report;
  const k = f.counts;
  const s = f.streaks;
  const fit = (text: string) => wrap(text, width);
  const rate = { thisWeek: percent(f.keepRate.thisWeek), before: percent(f.keepRate.fourWeeksBefore) };
  const change = f.keepRate.change;
  const lines = [
    c.bold(m.title({ week: f.week, from: formatDay({ date: f.weekStart, time: null }, now), to: formatDay({ date: f.weekEnd, time: null }, now) })),
    '',
    m.counts({ made: k.made, due: k.due, kept: k.keptOnTime + k.keptLate, onTime: k.keptOnTime, late: k.keptLate, broken: k.broken, released: k.released }),
    m.moreCounts({ renegotiated: k.renegotiated, open: k.stillOpen, overdue: k.overdue }),
    change === null ? m.keepRate(rate) : m.keepRateChange({ ...rate, direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same', points: Math.abs(change) }),
    '',
    c.bold(m.streaks()),
    s.keep.currentLate ? m.keepStreakLate({ ...best(s.keep), late: s.keep.currentLate }) : m.keepStreak(best(s.keep)),
    m.cleanWeeks(best(s.cleanWeeks)),
    m.reviews(best(s.reviews)),
  ].map(fit);
  if (f.people.length > 0) {
    // The busiest first; a screenful, with the rest counted (they are all in --json).
    const rows = f.people.slice(0, PEOPLE_ROWS).map((p) => [p.person, String(p.made), String(p.kept), String(p.broken), String(p.released), String(p.open)]);
    lines.push('', fit(c.bold(m.people())), renderTable(peopleColumns(), rows, c, width));
    if (f.people.length > PEOPLE_ROWS) lines.push(fit(c.dim(m.morePeople({ count: f.people.length - PEOPLE_ROWS }))));
  }
  if (f.repairs.length > 0) {
    const line = (r: Figures['repairs'][number]) => (r.nextStep === null ? m.repairToClose(r) : m.repairNext({ ...r, step: r.nextStep }));
    lines.push('', fit(c.bold(m.repairs())), ...f.repairs.map((r) => fit(line(r))));
  }
  if (f.quiet.length > 0) {
    lines.push('', fit(c.bold(m.quiet())), ...f.quiet.slice(0, QUIET_ROWS).map((q) => fit(quietLine(q))));
    if (f.quiet.length > QUIET_ROWS) lines.push(fit(c.dim(m.quietMore({ count: f.quiet.length - QUIET_ROWS }))));
  }
  lines.push('', fit(c.bold(m.series()) + c.dim(m.seriesKey())), drawSeries(f.series));
  return lines.join('\n');
}

export function renderAnswers(review: StoredReview, c: Paint, width = Number.POSITIVE_INFINITY): string {
  const m = t().review.report;
  const written = review.answers.filter((a) => a.answer !== '');
  const skipped = review.answers.length - written.length;
  if (written.length === 0) return wrap(c.dim(skipped > 0 ? m.noAnswersSkipped({ count: skipped }) : m.noAnswers()), width);
  return written
    .map((a) => {
      const follow = a.intention ? c.cyan(a.followed ? m.intentionFollowed({ followed: a.followed }) : m.intention()) : '';
      // An answer keeps the lines it was written with, each fitted under the question.
      return wrap(`${c.bold(a.prompt)}\n${`${a.answer}${follow}`.split('\n').map((l) => `  ${l}`).join('\n')}`, width);
    })
    .join('\n');
}
