/**
 * trust (no arguments): a glance at what is overdue, due today and due in the next seven days
 * (those due within 48 hours marked at risk, with the command that moves their date), repair
 * check-ins, recent breaks with no apology yet, repairs under way, people gone quiet, and the
 * current keep streak. It only reads, so a missing journal gets a welcome, not a new file. It is the command
 * run most often: every section is a bounded query through an index.
 */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { addDays, localDate } from '../domain/dates.js';
import { momentKey, type PromiseRecord } from '../domain/promise.js';
import type { KeepStreak } from '../domain/streaks.js';
import { brokenSinceWithoutApology, countOpen, isEmpty, openDueBetween } from '../store/promises.js';
import { atRiskUntil, brokenSince } from '../domain/reminders.js';
import { quietPeopleNow } from '../store/contact.js';
import { brokenLine, dueLine, quietLine } from '../ui/nudges.js';
import { readJournalStats } from '../store/stats.js';
import { formatDay } from '../ui/format.js';
import type { QuietPerson } from '../domain/contact.js';
import type { DB } from '../store/open.js';
import { countInProgress, getRepair, listRepairs, pendingCheckins } from '../store/repairs.js';
import { standings } from './repair-load.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export async function dashboard(opts: { json?: boolean }, ctx: Context): Promise<void> {
  if (!existsSync(ctx.dbPath) || isEmpty(ctx.db('read'))) {
    if (opts.json) writeJson(ctx.out, EMPTY_JSON);
    else say(ctx, t().dashboard.welcome());
    return;
  }
  const db = ctx.db('read');
  const today = localDate(ctx.now);
  // Each section shows its first few; the count says how many there are in all. Due keys run
  // up to "24:00" for a day without a time, so "24:01" is just past the end of a day.
  const now = momentKey(ctx.now);
  const overdue = openDueBetween(db, '', now, SECTION_LINES);
  const dueToday = openDueBetween(db, now, `${today} 24:01`, SECTION_LINES);
  // Seven days ahead whatever the weekday: on a Sunday evening, Monday is what matters.
  const next7Days = openDueBetween(db, `${today} 24:01`, `${addDays(today, DAYS_AHEAD)} 24:01`, SECTION_LINES);
  const streak = readJournalStats(db).streak;
  const open = countOpen(db);
  const later = open - overdue.total - dueToday.total - next7Days.total;
  const broken = brokenSinceWithoutApology(db, brokenSince(ctx.now), BROKEN_LINES);
  const quiet = quietPeopleNow(db, ctx.now, QUIET_LINES);
  const repairs = repairsUnderWay(db);
  const checkins = checkinsToday(db, ctx, CHECKIN_LINES);

  if (opts.json) {
    const json = (list: PromiseRecord[]) => list.map((p) => promiseJson(p, ctx.now));
    // ":" sorts just after the digits: the bound itself is included, as isAtRisk includes it.
    const atRisk = openDueBetween(db, now, `${atRiskUntil(ctx.now)}:`, SECTION_LINES);
    writeJson(ctx.out, {
      overdue: json(overdue.items),
      today: json(dueToday.items),
      next7Days: json(next7Days.items),
      // The name before "the next 7 days" replaced "the rest of this week"; kept for scripts.
      thisWeek: json(next7Days.items),
      atRisk: json(atRisk.items),
      brokenWithoutApology: json(broken.items),
      // The name before short apologies counted too; kept for scripts.
      brokenWithoutRepair: json(broken.items),
      repairs: repairs.shown,
      quiet: quiet.items.map(quietJson),
      counts: {
        overdue: overdue.total,
        today: dueToday.total,
        next7Days: next7Days.total,
        thisWeek: next7Days.total,
        atRisk: atRisk.total,
        brokenWithoutApology: broken.total,
        brokenWithoutRepair: broken.total,
        repairs: repairs.total,
        quiet: quiet.total,
      },
      checkins: checkins.shown.map(({ line: _line, ...rest }) => rest),
      moreCheckins: checkins.more,
      keepStreak: streak,
      open,
      later,
    });
    return;
  }
  const { c } = ctx;
  const m = t().dashboard;
  const lines: string[] = [];
  const moreLine = (count: number, command: string) => c.dim(m.more({ count, command }));
  const section = (title: string, list: { items: PromiseRecord[]; total: number }, paintTitle: (s: string) => string, more: string) => {
    if (list.total === 0) return;
    lines.push(paintTitle(title));
    for (const p of list.items) lines.push(`  ${dueLine(p, ctx.now, c)}`);
    if (list.total > list.items.length) lines.push(moreLine(list.total - list.items.length, more));
  };
  section(m.overdue({ count: overdue.total }), overdue, (s) => c.bold.red(s), 'trust list --overdue');
  section(m.dueToday({ count: dueToday.total }), dueToday, (s) => c.bold.yellow(s), 'trust list --due-before today');
  section(m.dueSoon({ days: DAYS_AHEAD, count: next7Days.total }), next7Days, (s) => c.bold(s), `trust list --due-before +${DAYS_AHEAD}d`);
  if (lines.length === 0) lines.push(m.nothingDue({ days: DAYS_AHEAD }));
  if (checkins.shown.length > 0) {
    lines.push(c.bold.cyan(m.checkins({ count: checkins.shown.length + checkins.more })));
    for (const ci of checkins.shown) lines.push(`  ${ci.line}`);
    if (checkins.more > 0) lines.push(moreLine(checkins.more, 'trust repair --list'));
  }
  if (broken.total > 0) {
    lines.push(c.bold.magenta(t().remind.broken({ count: broken.total })));
    for (const p of broken.items) lines.push(`  ${brokenLine(p, ctx.now, c)}`);
    if (broken.total > broken.items.length) lines.push(moreLine(broken.total - broken.items.length, 'trust repair'));
  }
  if (repairs.total > 0) {
    lines.push(c.bold.cyan(m.repairs({ count: repairs.total })));
    for (const r of repairs.shown) {
      lines.push(m.repairLine({ id: r.id, person: r.person, done: r.progress.done, total: r.progress.total, step: r.nextStep?.title ?? m.close() }));
    }
    if (repairs.total > repairs.shown.length) lines.push(moreLine(repairs.total - repairs.shown.length, 'trust repair --list'));
  }
  if (quiet.total > 0) {
    lines.push(c.bold.blue(t().remind.quiet({ count: quiet.total })));
    for (const q of quiet.items) lines.push(quietLine(q));
    if (quiet.total > quiet.items.length) lines.push(moreLine(quiet.total - quiet.items.length, 'trust review --no-prompts'));
  }
  if (later > 0) lines.push(c.dim(m.later({ count: later })));
  lines.push('', streakLine(streak));
  say(ctx, lines.join('\n'));
}

const EMPTY_JSON = {
  overdue: [],
  today: [],
  next7Days: [],
  thisWeek: [],
  atRisk: [],
  brokenWithoutApology: [],
  brokenWithoutRepair: [],
  repairs: [],
  quiet: [],
  counts: { overdue: 0, today: 0, next7Days: 0, thisWeek: 0, atRisk: 0, brokenWithoutApology: 0, brokenWithoutRepair: 0, repairs: 0, quiet: 0 },
  checkins: [],
  moreCheckins: 0,
  keepStreak: { current: 0, best: 0, currentLate: 0 },
  open: 0,
  later: 0,
};

/** How far ahead "due soon" looks. */
const DAYS_AHEAD = 7;

/** At most this many recent breaks, repairs under way and people gone quiet: the rest are one command away. */
const BROKEN_LINES = 3;
const REPAIR_LINES = 3;
const QUIET_LINES = 3;

/** Someone gone quiet, for --json (of the dashboard and of remind). */
export const quietJson = (q: QuietPerson) => ({ id: q.id, name: q.name, rhythmDays: q.rhythmDays, lastContact: q.lastContact.toISOString(), days: q.days, neverInTouch: q.neverInTouch });

/** The repairs in progress touched most recently, with how far along they are and their next step. */
function repairsUnderWay(db: DB): { shown: Array<{ id: number; person: string; progress: { done: number; total: number }; nextStep: { key: string; title: string } | null }>; total: number } {
  const total = countInProgress(db);
  if (total === 0) return { shown: [], total };
  const repairs = listRepairs(db, { includeClosed: false, limit: REPAIR_LINES });
  const standing = standings(db, repairs);
  const shown = repairs.map((r) => {
    const { progress, next } = standing.get(r.id)!;
    return { id: r.id, person: r.person, progress, nextStep: next ? { key: next.key, title: next.title } : null };
  });
  return { shown, total };
}

/** At most this many promises in each section. */
const SECTION_LINES = 10;

/** At most this many check-in lines: the rest are one `trust repair --list` away. */
const CHECKIN_LINES = 5;

/** Repair check-ins that are due or were missed (the latest per repair, newest first), with the repair's next step. */
export function checkinsToday(db: DB, ctx: Context, limit: number): { shown: CheckinLine[]; more: number } {
  const today = localDate(ctx.now);
  const pending = pendingCheckins(db, today, limit, localDate);
  const repairs = pending.items.map((ci) => getRepair(db, ci.repairId)!);
  const standing = standings(db, repairs);
  const shown = pending.items.map((ci, i) => {
    const repair = repairs[i]!;
    const { next } = standing.get(repair.id)!;
    const state = ci.date === today ? 'due' : 'missed';
    const m = t().dashboard;
    const said = { person: repair.person, id: ci.repairId, step: next?.title ?? m.close() };
    const text = state === 'due' ? m.checkinToday(said) : m.checkinSince({ ...said, day: formatDay({ date: ci.date, time: null }, ctx.now) });
    const quiet = state === 'missed' ? ctx.c.yellow(m.goingQuiet()) : '';
    return {
      repair: ci.repairId,
      person: repair.person,
      date: ci.date,
      state,
      nextStep: next?.title ?? null,
      line: text + quiet,
    };
  });
  return { shown, more: pending.total - shown.length };
}

export interface CheckinLine {
  repair: number;
  person: string;
  date: string;
  state: string;
  nextStep: string | null;
  line: string;
}

export function streakLine(s: KeepStreak): string {
  const m = t().dashboard;
  if (s.best === 0) return m.streakNone();
  return s.currentLate > 0 ? m.streakLate({ current: s.current, late: s.currentLate, best: s.best }) : m.streak({ current: s.current, best: s.best });
}
