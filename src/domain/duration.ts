/**
 * A length of time typed on the command line (`--within 24h`, `--alarm 30m`): a whole number and
 * a unit, in minutes. Unlike a rhythm (src/domain/rhythm.ts), "m" is minutes here: these are
 * hours-scale windows, where a month would make no sense.
 */

const UNIT_MINUTES: Record<string, number> = {
  m: 1, min: 1, mins: 1, minute: 1, minutes: 1, 分: 1, 分間: 1,
  h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, 時間: 60,
  d: 1440, day: 1440, days: 1440, 日: 1440, 日間: 1440,
  w: 10080, week: 10080, weeks: 10080, 週: 10080, 週間: 10080,
};

const DURATION = /^(\d{1,5})\s*([a-z]+|[^\d\s]+)$/;

/** About a year: no window or alarm needs more, and a bound keeps dates in range. */
export const LONGEST_DURATION_MINUTES = 366 * 1440;

/** Minutes from "30m", "24h", "2 days", "1w", "3日"; null when it is not a duration of one minute up to a year. */
export function parseDuration(typed: string): number | null {
  const match = DURATION.exec(typed.normalize('NFKC').trim().toLowerCase());
  const unit = match ? UNIT_MINUTES[match[2]!] : undefined;
  if (unit === undefined) return null;
  const minutes = Number(match![1]) * unit;
  return minutes >= 1 && minutes <= LONGEST_DURATION_MINUTES ? minutes : null;
}
