/**
 * trust review: once a week. The report, then last week's intentions, then three to five
 * questions chosen from the week's data; saved together at the end, so Ctrl-C saves nothing.
 */
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { localDate, weekday } from '../domain/dates.js';
import { choosePrompts, isIntentionRow } from '../domain/prompts.js';
import { momentKey } from '../domain/promise.js';
import { checkWeekBegun, parseWeek, shiftWeek } from '../domain/weeks.js';
import { countOpen, listPromises } from '../store/promises.js';
import { allReviews, reviewBefore, reviewOfWeek, saveReview } from '../store/reviews.js';
import { writeTx } from '../store/tx.js';
import { formatInstant, percent } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { renderAnswers, renderFigures, type Figures } from '../ui/review-render.js';
import { renderTable, type Column } from '../ui/table.js';
import { buildReport, figuresOf, type ReviewReport } from './review-report.js';
import { say, warn, wrap } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface ReviewOptions {
  week?: string;
  prompts?: boolean; // commander's --no-prompts
  history?: boolean;
  show?: string;
  json?: boolean;
}

export async function review(opts: ReviewOptions, ctx: Context): Promise<unknown> {
  if (opts.history) return history(opts, ctx);
  if (opts.show !== undefined) return show(opts.show, opts, ctx);

  const week = parseWeek(opts.week, ctx.now);
  checkWeekBegun(week, ctx.now);
  const db = ctx.db('read');
  const report = buildReport(db, week, ctx.now);
  const figures = figuresOf(report);
  if (opts.json) {
    writeJson(ctx.out, { ...figures, empty: report.empty, reviewed: reviewOfWeek(db, week.key) !== null });
    return figures;
  }
  const m = t().review;
  if (report.empty) {
    say(ctx, m.firstWeek());
    return figures;
  }
  ctx.out.write((await renderFigures(figures, ctx.c, ctx.now, ctx.columns)) + '\n');
  hintLastWeek(report, ctx);

  const existing = reviewOfWeek(db, week.key);
  if (existing) say(ctx, `\n${ctx.c.bold(m.existing({ week: week.key, date: formatInstant(existing.createdAt, ctx.now, false) }))}\n${renderAnswers(existing, ctx.c, ctx.columns)}`);
  if (opts.prompts === false) return figures;
  if (!ctx.interactive) {
    // Without a terminal the report is all there is; say so, or it looks as if the week was reviewed.
    if (!existing) warn(ctx, m.notSaved());
    return figures;
  }
  if (existing && !(await ctx.prompt.confirm({ message: m.addToIt(), default: false }))) return figures;
  // The questions, and the person search behind them, load only when they are asked.
  const { applyDecisions, askFollowUps, askPrompts, distinctKeys, reportDecisions } = await import('./review-ask.js');

  const previous = reviewBefore(db, week.key);
  const { followUps, carried } = await askFollowUps(previous, week, ctx);
  const prompts = choosePrompts({
    week,
    counts: report.counts,
    broken: report.brokenThisWeek,
    overdue: report.overdue,
    quiet: report.quiet,
    renegotiable: countOpen(db) - listPromises(db, { status: 'open', overdueAt: momentKey(ctx.now), limit: 0 }).total,
    askedLastTime: [...(previous?.answers ?? []), ...(existing?.answers ?? [])].map((a) => a.promptKey),
    now: ctx.now,
  });
  // Adding to a review: what was answered already is not asked again.
  const answered = new Set(existing?.answers.filter((a) => a.answer !== '').map((a) => a.promptKey));
  const asked = await askPrompts(prompts.filter((p) => !answered.has(p.key)), ctx);
  const answers = distinctKeys([...carried, ...asked.answers]);
  const applied = writeTx(db, () => {
    saveReview(db, week.key, figures, answers, followUps, ctx.now);
    return applyDecisions(db, asked.decisions, week.key, ctx.now);
  });
  reportDecisions(applied, ctx);
  const saved = answers.some((a) => a.intention) ? m.savedWithIntentions({ week: week.key }) : m.saved({ week: week.key });
  say(ctx, `\n${ctx.c.green('✓')} ${saved}`);
  return figures;
}

/** On a Monday or Tuesday the new week is nearly empty: point at last week if it has no review. */
function hintLastWeek(report: ReviewReport, ctx: Context): void {
  const day = weekday(localDate(ctx.now));
  if (!report.current || (day !== 1 && day !== 2)) return;
  const last = shiftWeek(report.week, -1);
  if (!reviewOfWeek(ctx.db('read'), last.key)) say(ctx, `\n${ctx.c.dim(t().review.lastWeekHint({ week: last.key }))}`);
}

function historyColumns(): readonly Column[] {
  const h = t().review.historyHead;
  return [
    [h.week(), 'label'],
    [h.keepRate(), 'number'],
    [h.streaksThen(), 'label'],
    [h.answers(), 'number'],
    [h.intentions(), 'number'],
  ];
}

async function history(opts: ReviewOptions, ctx: Context) {
  const reviews = allReviews(ctx.db('read'));
  const rows = reviews.map((r) => {
    const f = r.figures as unknown as Figures;
    return { week: r.week, keepRate: f.keepRate.thisWeek, streaks: f.streaks, answers: r.answers.filter((a) => a.answer !== '' && !isIntentionRow(a)).length, intentions: r.answers.filter((a) => a.intention).length, createdAt: r.createdAt.toISOString() };
  });
  if (opts.json) writeJson(ctx.out, rows);
  else if (rows.length === 0) say(ctx, t().review.noReviews());
  else {
    const table = rows.map((r) => [
      r.week,
      percent(r.keepRate),
      `${r.streaks.keep.current} / ${r.streaks.cleanWeeks.current} / ${r.streaks.reviews.current}`,
      String(r.answers),
      String(r.intentions),
    ]);
    ctx.out.write(renderTable(historyColumns(), table, ctx.c, ctx.columns) + '\n');
  }
  return rows;
}

async function show(weekText: string, opts: ReviewOptions, ctx: Context) {
  const week = parseWeek(weekText, ctx.now);
  const saved = reviewOfWeek(ctx.db('read'), week.key);
  if (!saved) throw notFound(t().review.noSuchReview({ week: week.key }), t().review.noSuchReviewHint());
  if (opts.json) {
    writeJson(ctx.out, {
      week: saved.week,
      uuid: saved.uuid,
      createdAt: saved.createdAt.toISOString(),
      updatedAt: saved.updatedAt.toISOString(),
      figures: saved.figures,
      answers: saved.answers.map((a) => ({ prompt: a.prompt, promptKey: a.promptKey, answer: a.answer, intention: a.intention, followed: a.followed, answeredAt: a.answeredAt.toISOString() })),
    });
  } else {
    const figures = await renderFigures(saved.figures as unknown as Figures, ctx.c, ctx.now, ctx.columns);
    const reviewed = t().review.reviewedOn({ date: formatInstant(saved.createdAt, ctx.now, false) });
    ctx.out.write(`${figures}\n\n${wrap(ctx.c.bold(reviewed), ctx.columns)}\n${renderAnswers(saved, ctx.c, ctx.columns)}\n`);
  }
  return saved;
}
