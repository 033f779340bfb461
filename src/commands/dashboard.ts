/**
 * trust (no arguments): a glance at what is overdue, due today and due this week, and the
 * current keep streak. It only reads, so a missing journal gets a welcome, not a new file.
 */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { localDate, weekEnd } from '../domain/dates.js';
import { momentKey, type PromiseRecord } from '../domain/promise.js';
import type { KeepStreak } from '../domain/streaks.js';
import { countOpen, isEmpty, openDueBetween } from '../store/promises.js';
import { readJournalStats } from '../store/stats.js';
import { formatDay, promiseLine } from '../ui/format.js';
import { checkInState } from '../domain/repair.js';
import type { DB } from '../store/open.js';
import { checkinsDueBy, getRepair } from '../store/repairs.js';
import { standings } from './repair-load.js';
import { promiseJson, writeJson } from '../ui/json.js';

const WELCOME = `Welcome to trust, a journal of the small promises you make and keep.
After your next conversation, run \`trust log\` to note what you promised and by when.
Or in one line: trust log "Send the deck" --to Alice --due fri
`;

export async function dashboard(opts: { json?: boolean }, ctx: Context): Promise<void> {
  if (!existsSync(ctx.dbPath) || isEmpty(ctx.db('read'))) {
    if (opts.json) writeJson(ctx.out, { overdue: [], today: [], thisWeek: [], counts: { overdue: 0, today: 0, thisWeek: 0 }, checkins: [], moreCheckins: 0, keepStreak: { current: 0, best: 0, currentLate: 0 }, open: 0, later: 0 });
    else ctx.out.write(WELCOME);
    return;
  }
  const db = ctx.db('read');
  const today = localDate(ctx.now);
  // Each section shows its first few; the count says how many there are in all. Due keys run
  // up to "24:00" for a day without a time, so "24:01" is just past the end of a day.
  const now = momentKey(ctx.now);
  const overdue = openDueBetween(db, '', now, SECTION_LINES);
  const dueToday = openDueBetween(db, now, `${today} 24:01`, SECTION_LINES);
  const thisWeek = openDueBetween(db, `${today} 24:01`, `${weekEnd(today)} 24:01`, SECTION_LINES);
  const streak = readJournalStats(db).streak;
  const open = countOpen(db);
  const later = open - overdue.total - dueToday.total - thisWeek.total;

  if (opts.json) {
    const json = (list: PromiseRecord[]) => list.map((p) => promiseJson(p, ctx.now));
    const { shown, more } = checkinsToday(db, ctx);
    const checkins = shown.map(({ line: _line, ...rest }) => rest);
    writeJson(ctx.out, {
      overdue: json(overdue.items),
      today: json(dueToday.items),
      thisWeek: json(thisWeek.items),
      counts: { overdue: overdue.total, today: dueToday.total, thisWeek: thisWeek.total },
      checkins,
      moreCheckins: more,
      keepStreak: streak,
      open,
      later,
    });
    return;
  }
  const { c } = ctx;
  const lines: string[] = [];
  const section = (title: string, list: { items: PromiseRecord[]; total: number }, paintTitle: (s: string) => string, more: string) => {
    if (list.total === 0) return;
    lines.push(paintTitle(`${title} (${list.total})`));
    for (const p of list.items) lines.push(`  ${promiseLine(p, ctx.now, c)}`);
    if (list.total > list.items.length) lines.push(c.dim(`  …and ${list.total - list.items.length} more: ${more}`));
  };
  section('Overdue', overdue, (s) => c.bold.red(s), 'trust list --overdue');
  section('Due today', dueToday, (s) => c.bold.yellow(s), 'trust list --due-before today');
  section('Due this week', thisWeek, (s) => c.bold(s), 'trust list --due-before eow');
  const checkins = checkinsToday(db, ctx);
  if (checkins.shown.length > 0) {
    lines.push(c.bold.cyan(`Check-ins (${checkins.shown.length + checkins.more})`));
    for (const ci of checkins.shown) lines.push(`  ${ci.line}`);
    if (checkins.more > 0) lines.push(c.dim(`  …and ${checkins.more} more: trust repair --list`));
  }
  if (lines.length === 0) lines.push('Nothing due this week.');
  if (later > 0) lines.push(c.dim(`${later} more open later or without a date: trust list`));
  lines.push('', streakLine(streak));
  ctx.out.write(lines.join('\n') + '\n');
}

/** At most this many promises in each section. */
const SECTION_LINES = 10;

/** At most this many check-in lines: the rest are one `trust repair --list` away. */
const CHECKIN_LINES = 5;

/** Repair check-ins that are due or were missed (the latest per repair, newest first), with the repair's next step. */
function checkinsToday(db: DB, ctx: Context): { shown: CheckinLine[]; more: number } {
  const today = localDate(ctx.now);
  const pending = checkinsDueBy(db, today)
    .map((ci) => ({ ...ci, state: checkInState(ci, ci.lastLogged ? localDate(ci.lastLogged) : null, today) }))
    .filter((ci) => ci.state === 'due' || ci.state === 'missed');
  const latest = pending.reverse(); // newest first
  const due = latest.slice(0, CHECKIN_LINES);
  const repairs = due.map((ci) => getRepair(db, ci.repairId)!);
  const standing = standings(db, repairs);
  const shown = due.map((ci, i) => {
    const repair = repairs[i]!;
    const { next } = standing.get(repair.id)!;
    const when = ci.state === 'due' ? 'today' : `since ${formatDay({ date: ci.date, time: null }, ctx.now)}`;
    const quiet = ci.state === 'missed' ? ctx.c.yellow(' · going quiet? a short update is enough') : '';
    return {
      repair: ci.repairId,
      person: repair.person,
      date: ci.date,
      state: ci.state,
      nextStep: next?.title ?? null,
      line: `Update ${repair.person} on repair #${ci.repairId} (${when}); next step: ${next?.title ?? 'close'}${quiet}`,
    };
  });
  return { shown, more: latest.length - shown.length };
}

interface CheckinLine {
  repair: number;
  person: string;
  date: string;
  state: string;
  nextStep: string | null;
  line: string;
}

export function streakLine(s: KeepStreak): string {
  const late = s.currentLate > 0 ? `, ${s.currentLate} of them late` : '';
  if (s.best === 0) return 'Keep streak: none yet. Keep one promise to start it.';
  return `Keep streak: ${s.current} kept in a row${late} (best ${s.best}).`;
}
