/**
 * The checks an import runs against the journal itself, after the file's own checks and before
 * anything is written: what the file says of an item the journal already holds must fit what the
 * journal holds, or the whole file is refused (an ExportProblem naming the item) rather than
 * half-imported or stopped by the database.
 *
 * Items are matched by UUID, except reviews, which are one per week and matched by week. A known
 * promise may move to another person (an edit does that); a known repair or conversation keeps its
 * person and promise (nothing moves them), and only its state, answers and check-ins merge.
 */
import { checklist, type Cause } from '../domain/checklist.js';
import type { RepairKind } from '../domain/repair.js';
import { ExportProblem } from '../domain/export-check.js';
import type { ExportRepair, ExportReview } from '../domain/export-format.js';
import type { DB } from './open.js';
import { stmt } from './sqlite.js';
import { t } from '../i18n/messages.js';

/** A review's UUID held here by the review of another week: inserting it would clash. */
export function checkReviewAgainstJournal(db: DB, r: ExportReview, i: number): void {
  const held = stmt(db, 'SELECT week FROM reviews WHERE uuid = ?').get(r.uuid) as { week: string } | undefined;
  if (held && held.week !== r.week) {
    throw new ExportProblem(`reviews[${i}].uuid: ${t().exportCheck.reviewClash({ uuid: r.uuid, held: held.week, week: r.week })}`);
  }
}

/**
 * Answers to a known repair join the journal's repair, so they must be answers to its checklist
 * (its cause and version as stored here: an import never changes either), each of the kind that
 * step takes.
 */
export function checkRepairAgainstJournal(db: DB, r: ExportRepair, i: number): void {
  const local = stmt(db, 'SELECT id, cause, checklist_version, kind FROM repairs WHERE uuid = ?').get(r.uuid) as { id: number; cause: Cause; checklist_version: number; kind: RepairKind } | undefined;
  const fileKind: RepairKind = r.kind === 'self' ? 'self' : 'apology';
  if (!local || (local.cause === r.cause && local.checklist_version === r.checklistVersion && local.kind === fileKind)) return;
  const fileSteps = new Map(checklist(r.cause as Cause, r.checklistVersion, fileKind).map((s) => [s.key, s.kind]));
  const localSteps = new Map(checklist(local.cause, local.checklist_version, local.kind).map((s) => [s.key, s.kind]));
  r.answers.forEach((a, j) => {
    const kind = localSteps.get(a.step);
    if (kind === fileSteps.get(a.step)) return;
    const m = t().exportCheck;
    const of = { id: local.id, cause: local.cause, step: a.step };
    throw new ExportProblem(kind === undefined ? `repairs[${i}].answers[${j}].step: ${m.noSuchStep(of)}` : `repairs[${i}].answers[${j}].answer: ${m.otherForm(of)}`);
  });
}
