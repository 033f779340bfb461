/**
 * The lines the dashboard and `trust remind` share: a promise at risk with the command that
 * moves its date, its if-then cue, a break still waiting for an apology, someone gone quiet.
 * One wording in both places, so a reminder reads like the glance it points to.
 */
import type { QuietPerson } from '../domain/contact.js';
import { silenceParts } from '../domain/contact.js';
import type { PromiseRecord } from '../domain/promise.js';
import { isAtRisk } from '../domain/reminders.js';
import { DEFAULT_RHYTHM_DAYS, rhythmWords } from '../domain/rhythm.js';
import { t } from '../i18n/messages.js';
import type { Paint } from './colour.js';
import { promiseHead, promiseLine, relativePast } from './format.js';

/** "#4 Call the bank → Bob · today 17:00 · at risk: trust renegotiate 4 --due <date>", the tag only when due within 48 hours. */
export function dueLine(p: PromiseRecord, now: Date, c: Paint): string {
  const line = promiseLine(p, now, c);
  return isAtRisk(p, now) ? line + c.yellow(t().remind.atRisk({ command: renegotiateCommand(p.id) })) : line;
}

export const renegotiateCommand = (id: number) => t().remind.renegotiateCommand({ id });

/** The promise's if-then plan, on its own line under it; none when it has no cue. */
export const cueLines = (p: PromiseRecord, c: Paint, indent: string): string[] => (p.cue ? [indent + c.dim(t().remind.cue({ cue: p.cue }))] : []);

/**
 * "#4 Call the bank → Bob · broken 2 days ago, no apology recorded: trust repair 4". A promise
 * to yourself owes no apology: its line asks for a look back instead.
 */
export function brokenLine(p: PromiseRecord & { relation?: string }, now: Date, c: Paint): string {
  const m = t().remind;
  const words = { head: promiseHead(p, c), ago: relativePast(p.resolvedAt ?? now, now), command: `trust repair ${p.id}` };
  return p.relation === 'self' ? m.brokenSelfLine(words) : m.brokenLine(words);
}

/**
 * One person gone quiet. A review saved before rhythms has name and days alone: it was measured
 * against the four weeks everyone had then.
 */
export function quietLine(q: Partial<QuietPerson> & { name: string; days: number }): string {
  const m = t().review.report;
  const words = { name: q.name, ...silenceParts(q.days), rhythm: rhythmWords(q.rhythmDays ?? DEFAULT_RHYTHM_DAYS) };
  return q.neverInTouch ? m.quietNever(words) : m.quietFor(words);
}
