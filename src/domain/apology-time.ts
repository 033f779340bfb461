/**
 * How soon an apology came after a break, in calendar days: what Gottman's research on repair
 * attempts says matters most. An apology noted before the break was recorded (said at once,
 * logged later) counts as the same day.
 */
import { daysBetween, localDate } from './calendar.js';

export const apologyDelayDays = (brokenAt: Date, apologisedAt: Date): number => Math.max(0, daysBetween(localDate(brokenAt), localDate(apologisedAt)));

/** The median of whole days (the lower middle of an even count, as a day is whole). */
export function medianDays(days: number[]): number | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
