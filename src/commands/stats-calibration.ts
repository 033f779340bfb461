/**
 * The calibration section of `trust stats` and the calibration lines of `trust person`: how the
 * dates promised compare with the days kept (src/domain/calibration.ts says what is counted).
 */
import type { Context } from '../context.js';
import {
  calibrate, cueComparison, cueShown, enough, trend, trendShown, trendWeeks, CUE_MIN_KEEPS, MIN_KEEPS, OVERALL_WINDOW, PERSON_WINDOW, TREND_WEEKS,
  type Calibration, type CueComparison, type Trend,
} from '../domain/calibration.js';
import type { DB } from '../store/open.js';
import { calibrationTotal, personTrendWeeks, readCalibrationWeeks, recentKeeps } from '../store/calibration.js';
import { t } from '../i18n/messages.js';
import { percent } from '../ui/format.js';
import { renderTable, type Column } from '../ui/table.js';
import { wrap } from '../ui/wrap.js';

export type Figures = Calibration & Trend;

export interface StatsCalibration {
  overall: Figures;
  /** The people given (at most `most`) with at least MIN_KEEPS keeps in their window: no change, which `trust person` shows. */
  people: Array<{ name: string } & Calibration>;
  cue: CueComparison;
  window: { person: number; overall: number };
  minKeeps: number;
  cueMinKeeps: number;
  trendWeeks: number;
}

/**
 * Everyone's figures, and those of the first `most` people given who have enough history (the
 * ones kept fewer than MIN_KEEPS times in all are not asked about: they cannot). The change and
 * the cue come from the kept weekly figures; each person's window is one short indexed read.
 */
export function statsCalibration(db: DB, people: ReadonlyArray<{ id: number; name: string; kept: number }>, most: number, now: Date): StatsCalibration {
  const calibrated: StatsCalibration['people'] = [];
  for (const p of people) {
    if (calibrated.length >= most) break;
    if (p.kept < MIN_KEEPS) continue;
    const f = calibrate(recentKeeps(db, p.id, PERSON_WINDOW));
    if (enough(f)) calibrated.push({ name: p.name, ...f });
  }
  return {
    overall: { ...calibrate(recentKeeps(db, null, OVERALL_WINDOW)), ...trend(readCalibrationWeeks(db, trendWeeks(now)[0]), now) },
    people: calibrated,
    cue: cueComparison(calibrationTotal(db)),
    window: { person: PERSON_WINDOW, overall: OVERALL_WINDOW },
    minKeeps: MIN_KEEPS,
    cueMinKeeps: CUE_MIN_KEEPS,
    trendWeeks: TREND_WEEKS,
  };
}

/** One person's figures, for `trust person`. */
export function personCalibration(db: DB, personId: number, now: Date): Figures {
  return { ...calibrate(recentKeeps(db, personId, PERSON_WINDOW)), ...trend(personTrendWeeks(db, personId, now), now) };
}

/** The lines that say how one set of figures reads: on time, how late when late, the change. */
function figureLines(f: Figures): string[] {
  const m = t().calibration;
  const lines = [m.onTime({ onTime: f.onTime, keeps: f.keeps, rate: percent(f.onTimeRate) })];
  lines.push(f.lateMedianDays === null ? m.neverLate() : m.whenLate({ median: f.lateMedianDays, p80: f.late80Days! }));
  if (trendShown(f)) lines.push(m.trend({ recent: percent(f.last12Weeks.onTimeRate), before: percent(f.previous12Weeks.onTimeRate) }));
  return lines;
}

function calibrationColumns(): readonly Column[] {
  const h = t().calibration.head;
  return [
    [h.person(), 'name', { priority: 1 }],
    [h.onTime(), 'number', { priority: 2 }],
    [h.lateMedian(), 'number', { priority: 3 }],
    [h.late80(), 'number', { priority: 4 }],
  ];
}

/** The section of `trust stats`: the overall figures, the cue comparison, and a table of people. */
export function calibrationSection(s: StatsCalibration, ctx: Context): string[] {
  const { c } = ctx;
  const m = t().calibration;
  const fit = (text: string) => wrap(text, ctx.columns);
  const lines = [c.bold(m.title())];
  if (!enough(s.overall)) return [...lines, fit(c.dim(m.tooLittle({ least: MIN_KEEPS, keeps: s.overall.keeps })))];
  lines.push(...figureLines(s.overall).map(fit));
  if (cueShown(s.cue)) {
    const { withCue, withoutCue } = s.cue;
    lines.push(fit(m.cue({ withCue: percent(withCue.onTimeRate), cued: withCue.keeps, without: percent(withoutCue.onTimeRate), plain: withoutCue.keeps })));
  }
  if (s.people.length === 0) return lines;
  const days = (n: number | null) => (n === null ? '–' : m.days({ count: n }));
  const rows = s.people.map((p) => [
    p.name,
    percent(p.onTimeRate),
    days(p.lateMedianDays),
    days(p.late80Days),
  ]);
  lines.push('', renderTable(calibrationColumns(), rows, c, ctx.columns));
  return lines;
}

/** The lines of `trust person`: nothing until there are MIN_KEEPS keeps with them. */
export function personCalibrationLines(f: Figures, ctx: Context): string[] {
  if (!enough(f)) return [];
  return ['', ctx.c.bold(t().calibration.title()), ...figureLines(f).map((line) => wrap(line, ctx.columns))];
}
