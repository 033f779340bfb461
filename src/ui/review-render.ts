/**
 * How a week's review reads on screen. It renders the saved figures, so a review shown again
 * months later looks exactly as it did then.
 */
import type { figuresOf } from '../commands/review-report.js';
import type { Streak } from '../domain/streaks.js';
import type { StoredReview } from '../store/reviews.js';
import type { Paint } from './colour.js';
import { formatDay, percent, plural } from './format.js';
import { renderTable, type Column } from './table.js';
import { wrap } from './wrap.js';

export type Figures = ReturnType<typeof figuresOf>;

const BARS = '▁▂▃▄▅▆▇█';
const PEOPLE_ROWS = 15;

/** Twelve weeks of keep rate, one cell per week: a bar, and the number under it (– for no data). */
export function drawSeries(series: Figures['series']): string {
  const cell = (s: string) => s.padStart(4);
  const weeks = series.map((s) => cell(s.week.slice(-3)));
  const bars = series.map((s) => cell(s.rate === null ? '·' : BARS[Math.min(BARS.length - 1, Math.floor(s.rate * BARS.length))]!));
  const numbers = series.map((s) => cell(s.rate === null ? '–' : String(Math.round(s.rate * 100))));
  return [weeks.join(''), bars.join(''), numbers.join('')].map((l) => `  ${l}`).join('\n');
}

const streakText = (s: Streak, unit: string, units = unit) => `${s.current} ${s.current === 1 ? unit : units} (best ${s.best})`;

const PEOPLE_COLUMNS: readonly Column[] = [
  ['Person', 'name'],
  ['Made', 'number'],
  ['Kept', 'number'],
  ['Broken', 'number'],
  ['Released', 'number', { priority: 6 }],
  ['Open due', 'number', { priority: 5 }],
];

/** `width`: the columns the prose is fitted to (the table fits itself). */
export async function renderFigures(f: Figures, c: Paint, now: Date, width = Number.POSITIVE_INFINITY): Promise<string> {
  const k = f.counts;
  const fit = (text: string) => wrap(text, width);
  const lines = [
    c.bold(`Week ${f.week}: ${formatDay({ date: f.weekStart, time: null }, now)} to ${formatDay({ date: f.weekEnd, time: null }, now)}`),
    '',
    `Made ${k.made} · due ${k.due} · kept ${k.keptOnTime + k.keptLate} (${k.keptOnTime} on time, ${k.keptLate} late) · broken ${k.broken} · released ${k.released}`,
    `Renegotiated ${k.renegotiated} · still open ${k.stillOpen} · overdue ${k.overdue}`,
    `Keep rate: ${percent(f.keepRate.thisWeek)} this week, ${percent(f.keepRate.fourWeeksBefore)} in the four weeks before${
      f.keepRate.change === null ? '' : ` (${f.keepRate.change >= 0 ? '+' : ''}${f.keepRate.change} points)`
    }`,
    '',
    c.bold('Streaks'),
    `  Keep streak: ${streakText(f.streaks.keep, 'kept in a row')}${f.streaks.keep.currentLate ? `, ${f.streaks.keep.currentLate} of them late` : ''}`,
    `  Clean weeks: ${streakText(f.streaks.cleanWeeks, 'week', 'weeks')}`,
    `  Reviews:     ${streakText(f.streaks.reviews, 'week', 'weeks')}`,
  ].map(fit);
  if (f.people.length > 0) {
    // The busiest first; a screenful, with the rest counted (they are all in --json).
    const rows = f.people.slice(0, PEOPLE_ROWS).map((p) => [p.person, String(p.made), String(p.kept), String(p.broken), String(p.released), String(p.open)]);
    lines.push('', fit(c.bold('People this week')), renderTable(PEOPLE_COLUMNS, rows, c, width));
    if (f.people.length > PEOPLE_ROWS) lines.push(fit(c.dim(`…and ${plural(f.people.length - PEOPLE_ROWS, 'more person', 'more people')}`)));
  }
  if (f.repairs.length > 0) {
    lines.push('', fit(c.bold('Open repairs')), ...f.repairs.map((r) => fit(`  #${r.id} with ${r.person} (${r.progress}): next, ${r.nextStep ?? 'close'}`)));
  }
  if (f.quiet.length > 0) {
    lines.push('', fit(c.bold('Not logged with for four weeks or more')), ...f.quiet.slice(0, 5).map((q) => fit(`  ${q.name}: ${plural(Math.floor(q.days / 7), 'week')}`)));
  }
  lines.push('', fit(c.bold('Keep rate, last 12 weeks') + c.dim('  (· nothing kept or broken)')), drawSeries(f.series));
  return lines.join('\n');
}

export function renderAnswers(review: StoredReview, c: Paint, width = Number.POSITIVE_INFINITY): string {
  const written = review.answers.filter((a) => a.answer !== '');
  const skipped = review.answers.length - written.length;
  if (written.length === 0) return wrap(c.dim(skipped > 0 ? `No answers written (${plural(skipped, 'question')} skipped).` : 'No answers written.'), width);
  return written
    .map((a) => {
      const follow = a.intention ? c.cyan(` [intention${a.followed ? `: followed ${a.followed}` : ''}]`) : '';
      // An answer keeps the lines it was written with, each fitted under the question.
      return wrap(`${c.bold(a.prompt)}\n${`${a.answer}${follow}`.split('\n').map((l) => `  ${l}`).join('\n')}`, width);
    })
    .join('\n');
}
