/**
 * trust (no arguments): a glance at what is overdue, due today and due this week, and the
 * current keep streak. It only reads, so a missing journal gets a welcome, not a new file.
 */
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import { localDate, weekEnd } from '../domain/dates.js';
import { isOverdue, type PromiseRecord } from '../domain/promise.js';
import { keepStreak, type KeepStreak } from '../domain/streaks.js';
import { countOpen, isEmpty, openDueBy, resolutionsInOrder } from '../store/promises.js';
import { promiseLine } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';

const WELCOME = `Welcome to trust, a journal of the small promises you make and keep.
After your next conversation, run \`trust log\` to note what you promised and by when.
Or in one line: trust log "Send the deck" --to Alice --due fri
`;

export async function dashboard(opts: { json?: boolean }, ctx: Context): Promise<void> {
  if (!existsSync(ctx.dbPath) || isEmpty(ctx.db('read'))) {
    if (opts.json) writeJson(ctx.out, { overdue: [], today: [], thisWeek: [], keepStreak: { current: 0, best: 0, currentLate: 0 }, open: 0, later: 0 });
    else ctx.out.write(WELCOME);
    return;
  }
  const db = ctx.db('read');
  const today = localDate(ctx.now);
  const soon = openDueBy(db, `${weekEnd(today)} 24:00`);
  const overdue = soon.filter((p) => isOverdue(p, ctx.now));
  const dueToday = soon.filter((p) => !isOverdue(p, ctx.now) && p.due!.date === today);
  const thisWeek = soon.filter((p) => p.due!.date > today);
  const streak = keepStreak(resolutionsInOrder(db));
  const { open } = countOpen(db);
  const later = open - soon.length;

  if (opts.json) {
    const json = (list: PromiseRecord[]) => list.map((p) => promiseJson(p, ctx.now));
    writeJson(ctx.out, { overdue: json(overdue), today: json(dueToday), thisWeek: json(thisWeek), keepStreak: streak, open, later });
    return;
  }
  const { c } = ctx;
  const lines: string[] = [];
  const section = (title: string, list: PromiseRecord[], paintTitle: (s: string) => string) => {
    if (list.length === 0) return;
    lines.push(paintTitle(`${title} (${list.length})`));
    for (const p of list) lines.push(`  ${promiseLine(p, ctx.now, c)}`);
  };
  section('Overdue', overdue, (s) => c.bold.red(s));
  section('Due today', dueToday, (s) => c.bold.yellow(s));
  section('Due this week', thisWeek, (s) => c.bold(s));
  if (lines.length === 0) lines.push('Nothing due this week.');
  if (later > 0) lines.push(c.dim(`${later} more open later or without a date: trust list`));
  lines.push('', streakLine(streak));
  ctx.out.write(lines.join('\n') + '\n');
}

export function streakLine(s: KeepStreak): string {
  const late = s.currentLate > 0 ? `, ${s.currentLate} of them late` : '';
  if (s.best === 0) return 'Keep streak: none yet. Keep one promise to start it.';
  return `Keep streak: ${s.current} kept in a row${late} (best ${s.best}).`;
}
