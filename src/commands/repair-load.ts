/**
 * Everything known about one repair, gathered from the store and judged by the domain rules:
 * what the walk, --show, --list and the dashboard all start from.
 */
import { localDate } from '../domain/dates.js';
import { checklist, type Step, type Trap } from '../domain/checklist.js';
import { checkInState, leftBeforeClosing, nextStep, progress, trapsShowing, type CheckInState, type LeftBeforeClosing } from '../domain/repair.js';
import type { DB } from '../store/open.js';
import { answeredSteps, lastLogged, repairAnswers, repairCheckins, getRepair, type RepairRecord, type StoredAnswer } from '../store/repairs.js';
import { promisesOfRepair, type StoredPromise } from '../store/promises.js';
import { notFound, usageError } from '../errors.js';
import { t } from '../i18n/messages.js';

export interface RepairView {
  repair: RepairRecord;
  steps: Step[];
  answers: Map<string, StoredAnswer>;
  next: Step | null;
  progress: { done: number; total: number };
  promises: StoredPromise[];
  checkins: Array<{ date: string; state: CheckInState }>;
  traps: Trap[];
}

export function parseRepairId(text: string): number {
  const m = /^[#rR]?(\d{1,15})$/.exec(text.trim());
  if (!m) throw usageError(t().repair.notAnId({ text }), t().repair.listShowsIds());
  return Number(m[1]);
}

export function loadRepair(db: DB, idText: string, now: Date): RepairView {
  const id = parseRepairId(idText);
  const repair = getRepair(db, id);
  if (!repair) throw notFound(t().repair.noSuchRepair({ id }), t().repair.listShowsIds());
  return viewOf(db, repair, now);
}

/**
 * How far each of some repairs has got and what comes next, for the lists that show many at once
 * (the review, the dashboard): one query for all, where a whole view takes four each.
 */
export function standings(db: DB, repairs: RepairRecord[]): Map<number, Standing> {
  const answered = answeredSteps(db, repairs.map((r) => r.id));
  return new Map(repairs.map((r) => [r.id, standing(r, checklist(r.cause, r.checklistVersion, r.kind), answered.get(r.id)!)]));
}

interface Standing {
  progress: { done: number; total: number };
  next: Step | null;
}

/** Steps done out of all, and the next one while the repair is in progress. */
function standing(repair: RepairRecord, steps: Step[], answered: ReadonlySet<string>): Standing {
  return { progress: progress(steps, answered), next: repair.state === 'in progress' ? nextStep(steps, answered) : null };
}

export function viewOf(db: DB, repair: RepairRecord, now: Date): RepairView {
  const steps = checklist(repair.cause, repair.checklistVersion, repair.kind);
  const answers = repairAnswers(db, repair.id);
  const answered = new Set(answers.keys());
  const last = lastLogged(db, repair.personId);
  const today = localDate(now);
  const closedOn = repair.closedAt ? localDate(repair.closedAt) : null;
  const checkins = repairCheckins(db, repair.id).map((date) => ({ date, state: checkInState({ date }, last ? localDate(last) : null, today, closedOn) }));
  const own = answers.get('own')?.answer as { flagged?: string[] } | undefined;
  return {
    repair,
    steps,
    answers,
    ...standing(repair, steps, answered),
    promises: promisesOfRepair(db, repair.id),
    checkins,
    traps:
      repair.state === 'in progress'
        ? trapsShowing({ missedCheckIns: checkins.filter((c) => c.state === 'missed').length, excusesInOwnIt: (own?.flagged?.length ?? 0) > 0 })
        : [],
  };
}

/**
 * What stands between a repair and closing it, for `--close` and the walk's Close step alike:
 * null when nothing does, else one sentence of what is left (unanswered steps by title, open or
 * missing repair promises) and the way on.
 */
export function closingBlocker(view: RepairView): { message: string; hint: string } | null {
  const left = leftBeforeClosing(view.steps, new Set(view.answers.keys()), view.promises.map((p) => p.status));
  return left && notReadyToClose(view, left);
}

function notReadyToClose(view: RepairView, left: LeftBeforeClosing): { message: string; hint: string } {
  const { id, person } = view.repair;
  const words = t().repair;
  const reasons: string[] = [];
  const n = left.unanswered.length;
  if (n > 0) reasons.push(words.unanswered({ count: n, steps: left.unanswered.map((s) => s.title).reduce((first, rest) => words.listJoin({ first, rest })) }));
  if (left.noPromises) reasons.push(words.noPromises());
  if (left.openPromises > 0) reasons.push(words.openPromises({ count: left.openPromises }));
  const message = words.notFinished({ id, reasons: reasons.reduce((first, rest) => words.moreReasons({ first, rest })) });
  const resume = n > 0 || left.noPromises;
  const count = left.openPromises;
  const hint = count === 0 ? words.howToContinue({ id }) : resume ? words.howToBoth({ id, count, person }) : words.howToResolve({ count, person });
  return { message, hint };
}
