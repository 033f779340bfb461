/**
 * A rhythm: how often the user wants to be in touch with someone, typed as a duration (3d, 2w,
 * 1m; 2 weeks; 2週間) and kept as a number of days. A month is 30 days: a rhythm is a habit,
 * not a calendar date.
 */
import { usageError } from '../errors.js';
import { t } from '../i18n/messages.js';

/** Four weeks: when someone without a rhythm of their own has gone quiet. */
export const DEFAULT_RHYTHM_DAYS = 28;
/** About ten years; the journal holds the same bound. */
export const LONGEST_RHYTHM_DAYS = 3660;

const UNIT_DAYS: Record<string, number> = {
  d: 1, day: 1, days: 1, 日: 1,
  w: 7, week: 7, weeks: 7, 週: 7, 週間: 7,
  m: 30, month: 30, months: 30, か月: 30, ヶ月: 30, ヵ月: 30, カ月: 30, ケ月: 30, 月: 30,
  y: 365, year: 365, years: 365, 年: 365,
};

const NONE = new Set(['none', 'default', 'なし', '既定']);
const DURATION = /^(\d{1,4})\s*([a-z]+|[^\d\s]+)$/;

/** Days from a typed rhythm; null for "none" (back to the default). Throws a usage error otherwise. */
export function parseRhythm(typed: string): number | null {
  const text = typed.normalize('NFKC').trim().toLowerCase();
  if (NONE.has(text)) return null;
  const match = DURATION.exec(text);
  const unit = match ? UNIT_DAYS[match[2]!] : undefined;
  const days = unit === undefined ? NaN : Number(match![1]) * unit;
  const m = t().people;
  if (!(days >= 1 && days <= LONGEST_RHYTHM_DAYS)) throw usageError(m.notARhythm({ value: typed }), m.notARhythmHint());
  return days;
}

/** "every 2 weeks", in the interface's language. */
export const rhythmWords = (days: number) => t().people.rhythm(rhythmParts(days));

/** A rhythm in its largest whole unit, for the catalogue: 14 → 2 weeks, 30 → 1 month, 365 → 1 year, 10 → 10 days. */
export function rhythmParts(days: number): { count: number; unit: 'day' | 'week' | 'month' | 'year' } {
  if (days % 365 === 0) return { count: days / 365, unit: 'year' };
  if (days % 30 === 0) return { count: days / 30, unit: 'month' };
  if (days % 7 === 0) return { count: days / 7, unit: 'week' };
  return { count: days, unit: 'day' };
}
