/**
 * Rules of a repair that do not depend on storage: where to resume, how far along it is,
 * whether it may close, and which traps are showing.
 */
import { daysBetween } from './dates.js';
import type { Status } from './promise.js';
import type { Step, Trap } from './checklist.js';

export const REPAIR_STATES = ['in progress', 'done', 'abandoned'] as const;
export type RepairState = (typeof REPAIR_STATES)[number];

/** An apology to someone, or a self-repair after a promise to oneself (there is nobody to apologise to). */
export const REPAIR_KINDS = ['apology', 'self'] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

/** The first step without an answer: where a walk starts or resumes. Null when all are answered. */
export function nextStep(steps: Step[], answered: ReadonlySet<string>): Step | null {
  return steps.find((s) => !answered.has(s.key)) ?? null;
}

export function progress(steps: Step[], answered: ReadonlySet<string>): { done: number; total: number } {
  return { done: steps.filter((s) => answered.has(s.key)).length, total: steps.length };
}

/** What still stands between a repair and closing it. */
export interface LeftBeforeClosing {
  /** Steps before Close with no answer yet, in checklist order. */
  unanswered: Step[];
  openPromises: number;
  /** Trust comes back through small promises kept: a repair without any has skipped its core. */
  noPromises: boolean;
}

/**
 * What is left before a repair may close without --force: its unanswered steps (Close itself
 * aside, as closing answers it), its open repair promises, or the lack of any. Null when nothing is.
 */
export function leftBeforeClosing(steps: Step[], answered: ReadonlySet<string>, repairPromiseStatuses: Status[]): LeftBeforeClosing | null {
  const left = {
    unanswered: steps.filter((s) => s.kind !== 'close' && !answered.has(s.key)),
    openPromises: repairPromiseStatuses.filter((s) => s === 'open').length,
    noPromises: repairPromiseStatuses.length === 0,
  };
  return left.unanswered.length > 0 || left.openPromises > 0 || left.noPromises ? left : null;
}

export interface CheckIn {
  date: string;
}

export type CheckInState = 'upcoming' | 'due' | 'met' | 'missed' | 'not needed';

/**
 * A check-in is met by any conversation logged with the person on or after its date. Past its
 * date with nothing logged is the trap of going quiet. Once a repair is closed (done or set
 * aside), a check-in from the closing day on that was not met is no longer needed: it will not come.
 */
export function checkInState(checkIn: CheckIn, lastLoggedDate: string | null, today: string, closedOn: string | null = null): CheckInState {
  if (lastLoggedDate !== null && lastLoggedDate >= checkIn.date) return 'met';
  if (closedOn !== null && checkIn.date >= closedOn) return 'not needed';
  const days = daysBetween(checkIn.date, today);
  if (days < 0) return 'upcoming';
  return days === 0 ? 'due' : 'missed';
}

export function trapsShowing(o: { missedCheckIns: number; excusesInOwnIt: boolean }): Trap[] {
  const traps: Trap[] = [];
  if (o.excusesInOwnIt) traps.push('self-defence');
  if (o.missedCheckIns > 0) traps.push('going quiet');
  return traps;
}
