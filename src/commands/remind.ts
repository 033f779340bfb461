/**
 * trust remind: what needs a nudge now, said once. Promises overdue or due within the window
 * (at risk within 48 hours, with the command that moves their date), repair check-ins due,
 * breaks of the last two weeks with no apology yet, people gone quiet against their rhythm. It
 * remembers what it has said, so a timer running it every 15 minutes repeats nothing; --again
 * says everything due. It never asks anything, and with nothing new it prints nothing.
 *
 * All reading is done first; the one write (what was said) is a short transaction at the end,
 * after the reminders reached the user: a failed notification is tried again next time.
 */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { TrustError, usageError } from '../errors.js';
import { localDate } from '../domain/dates.js';
import { parseDuration } from '../domain/duration.js';
import { momentKey, type PromiseRecord } from '../domain/promise.js';
import { brokenSince, dueWithin, forgetBefore, inWholeDays, isAtRisk, overdueSince, promiseKey, type RemindKey } from '../domain/reminders.js';
import { quietPeopleNow } from '../store/contact.js';
import { brokenSinceWithoutApology, isEmpty, openDueBetween } from '../store/promises.js';
import { forgetRemindersBefore, markReminded, notYetReminded } from '../store/reminders.js';
import { writeTx } from '../store/tx.js';
import { plain, type Paint } from '../ui/colour.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { brokenLine, cueLines, dueLine, quietLine, renegotiateCommand } from '../ui/nudges.js';
import { notify } from '../ui/notify.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';
import { checkinsToday, quietJson } from './dashboard.js';
import type { DB } from '../store/open.js';

export interface RemindOptions {
  within?: string;
  notify?: boolean;
  json?: boolean;
  again?: boolean;
  install?: boolean;
}

/** At most this many of each kind at once; the rest come on a later run. */
const MOST = 50;
/** A notification shows this many lines; the rest are one command away. */
const NOTIFY_LINES = 5;

/** One thing to say: its key, its lines (painted by `c`), and what --json shows of it. */
interface Reminder {
  key: RemindKey;
  section: 'overdue' | 'due' | 'checkin' | 'apology' | 'quiet';
  lines: (c: Paint) => string[];
  json: Record<string, unknown>;
}

export async function remind(opts: RemindOptions, ctx: Context): Promise<{ reminded: number }> {
  if (opts.install) {
    (await import('./remind-install.js')).printInstall(ctx, opts.json === true);
    return { reminded: 0 };
  }
  const window = opts.within ?? '24h';
  const minutes = parseDuration(window);
  if (minutes === null) throw usageError(t().remind.notAWindow({ value: window }), t().remind.notAWindowHint());
  // No journal yet: nothing can be due, and a timer must not create one.
  const db = existsSync(ctx.dbPath) && !isEmpty(ctx.db('read')) ? ctx.db('read') : null;
  const due = db ? gather(db, ctx, minutes) : [];
  const told = db && !opts.again ? notYetReminded(db, due.map((r) => r.key)) : due.map((r) => r.key);
  const fresh = due.filter((r) => told.includes(r.key));
  if (opts.json) writeJson(ctx.out, { reminders: fresh.map((r) => ({ kind: r.section, ...r.json })) });
  if (fresh.length === 0) return { reminded: 0 };

  const failure = opts.notify ? sendNotification(fresh) : null;
  if (!opts.json && (!opts.notify || failure)) say(ctx, render(fresh, minutes, ctx.c).join('\n'));
  if (failure) throw failure;
  writeTx(db!, () => {
    markReminded(db!, fresh.map((r) => r.key), ctx.now);
    forgetRemindersBefore(db!, forgetBefore(ctx.now));
  });
  return { reminded: fresh.length };
}

/** Everything due a reminder now, said or not, in the order it is shown. */
function gather(db: DB, ctx: Context, minutes: number): Reminder[] {
  const { now } = ctx;
  const promise = (section: 'overdue' | 'due') => (p: PromiseRecord): Reminder => {
    const atRisk = isAtRisk(p, now);
    return {
      key: promiseKey(p),
      section,
      lines: (c) => [`  ${dueLine(p, now, c)}`, ...cueLines(p, c, '    ')],
      json: { atRisk, renegotiate: atRisk ? renegotiateCommand(p.id) : null, promise: promiseJson(p, now) },
    };
  };
  // ":" sorts just after the digits, so the window's last minute is included.
  const overdue = openDueBetween(db, overdueSince(now), momentKey(now), MOST).items.map(promise('overdue'));
  const soon = openDueBetween(db, momentKey(now), `${dueWithin(now, minutes)}:`, MOST).items.map(promise('due'));
  const checkins = checkinsToday(db, ctx, MOST).shown.map(({ line, ...ci }): Reminder => ({
    key: { kind: 'checkin', ref: ci.repair, dueKey: ci.date },
    section: 'checkin',
    lines: () => [`  ${line}`],
    json: ci,
  }));
  const broken = brokenSinceWithoutApology(db, brokenSince(now), MOST).items.map((p): Reminder => ({
    key: { kind: 'apology', ref: p.id, dueKey: p.resolvedAt!.toISOString() },
    section: 'apology',
    lines: (c) => [`  ${brokenLine(p, now, c)}`],
    json: { command: `trust repair ${p.id}`, promise: promiseJson(p, now) },
  }));
  const quiet = quietPeopleNow(db, now, MOST).items.map((q): Reminder => ({
    // Keyed by the last contact: being in touch again, then quiet again, is a new reminder.
    key: { kind: 'quiet', ref: q.id, dueKey: localDate(q.lastContact) },
    section: 'quiet',
    lines: () => [quietLine(q)],
    json: { person: quietJson(q) },
  }));
  return [...overdue, ...soon, ...checkins, ...broken, ...quiet];
}

/** The reminders under their headings, as the dashboard shows them. */
function render(reminders: Reminder[], minutes: number, c: Paint): string[] {
  const m = t().remind;
  const count = (section: Reminder['section']) => reminders.filter((r) => r.section === section).length;
  const headings: Record<Reminder['section'], (n: number) => string> = {
    overdue: (n) => c.bold.red(m.overdue({ count: n })),
    due: (n) => c.bold.yellow(m.dueWithin({ count: n, window: m.window(windowParts(minutes)) })),
    checkin: (n) => c.bold.cyan(m.checkins({ count: n })),
    apology: (n) => c.bold.magenta(m.broken({ count: n })),
    quiet: (n) => c.bold.blue(m.quiet({ count: n })),
  };
  const lines: string[] = [];
  let section: Reminder['section'] | null = null;
  for (const r of reminders) {
    if (r.section !== section) lines.push(headings[(section = r.section)](count(section)));
    lines.push(...r.lines(c));
  }
  return lines;
}

/** A window in its largest whole unit, as people say it: 24 and 48 hours, 3 days, 2 weeks, 90 minutes. */
function windowParts(minutes: number): { unit: 'minute' | 'hour' | 'day' | 'week'; count: number } {
  if (inWholeDays(minutes)) return minutes % 10080 === 0 ? { unit: 'week', count: minutes / 10080 } : { unit: 'day', count: minutes / 1440 };
  if (minutes % 60 === 0) return { unit: 'hour', count: minutes / 60 };
  return { unit: 'minute', count: minutes };
}

/** One notification for them all; the error to report when it could not be sent. */
function sendNotification(reminders: Reminder[]): TrustError | null {
  const m = t().remind;
  const lines = reminders.flatMap((r) => r.lines(plain).slice(0, 1).map((l) => l.trim()));
  const body = [...lines.slice(0, NOTIFY_LINES), ...(lines.length > NOTIFY_LINES ? [m.notifyMore({ count: lines.length - NOTIFY_LINES })] : [])];
  const result = notify(m.notifyTitle({ count: reminders.length }), body.join('\n'));
  if (result.sent) return null;
  return result.missing
    ? new TrustError(m.noNotifier({ program: result.program }), 1, m.noNotifierHint({ program: result.program }))
    : new TrustError(m.notifierFailed({ program: result.program, reason: result.reason }), 1, m.notifierFailedHint());
}
