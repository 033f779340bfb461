/**
 * The summary `trust log` shows before saving, and what happens when the answer is "no": change
 * an answer, discard it all (after a confirm, with an echo of what is dropped), or save after
 * all. Nothing typed is thrown away without saying so.
 */
import type { Context } from '../context.js';
import { cleanNote, cleanText, isLate, parseDue, type Outcome, type PersonRecord } from '../domain/promise.js';
import type { StoredPromise } from '../store/promises.js';
import type { Day } from '../domain/dates.js';
import { formatDay } from '../ui/format.js';
import { askRenegotiation } from './renegotiate.js';
import type { Choice } from '../ui/prompt.js';
import { validity, type Draft, type NewPerson } from '../ui/questions.js';
import { displayWidth } from '../ui/width.js';
import { warn } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface Plan {
  person: PersonRecord | NewPerson;
  updates: Array<{ promise: StoredPromise; outcome: Outcome }>;
  /** Due dates renegotiated: moved, with their agreement, before they passed. */
  moves: Array<{ promise: StoredPromise; due: Day; note: string | null }>;
  drafts: Draft[];
}

/** What an update will be saved as: a keep after the due date is saved as kept late, so it says so. */
const outcomeLabel = (u: Plan['updates'][number], now: Date) => {
  const names = t().words.status;
  return u.outcome === 'kept' && isLate(u.promise.due, now) ? names.keptLate() : names[u.outcome]();
};

/** Pads to a width on screen: a Japanese label takes two columns a character. */
const padTo = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** One line per resolved promise and per new one, each new one's note under it. */
function itemLines(plan: Plan, ctx: Context): string[] {
  const lines: string[] = [];
  const m = t().log;
  const width = Math.max(8, displayWidth(m.planNew()), ...(plan.moves.length > 0 ? [displayWidth(m.planRenegotiated())] : []), ...plan.updates.map((u) => displayWidth(outcomeLabel(u, ctx.now))));
  for (const u of plan.updates) lines.push(`  ${padTo(outcomeLabel(u, ctx.now), width)} #${u.promise.id} ${u.promise.text}`);
  for (const r of plan.moves) lines.push(`  ${padTo(m.planRenegotiated(), width)} #${r.promise.id} ${r.promise.text} · ${m.planDue({ day: formatDay(r.due, ctx.now) })}`);
  for (const d of plan.drafts) {
    lines.push(`  ${padTo(m.planNew(), width)} ${d.text} · ${d.due ? m.planDue({ day: formatDay(d.due, ctx.now) }) : m.planNoDue()}`);
    if (d.note) lines.push(`  ${' '.repeat(width)} ${ctx.c.dim(m.planNote())} ${d.note}`);
  }
  return lines;
}

const itemCount = (plan: Plan) => plan.updates.length + plan.moves.length + plan.drafts.length;

export function showPlan(plan: Plan, ctx: Context): void {
  const { c } = ctx;
  const m = t().log;
  const { name } = plan.person;
  const title = 'id' in plan.person ? m.planTitle({ name }) : m.planTitleNew({ name, relation: t().words.relation[plan.person.relation]() });
  const lines = [c.bold(title), ...itemLines(plan, ctx)];
  if (itemCount(plan) === 0) lines.push(c.dim(m.planEmpty()));
  // Beside the question it is for, on stderr: `trust log > notes.txt` still shows what
  // "Save this?" asks about, and the file gets only what was saved.
  warn(ctx, lines.join('\n'));
}

/**
 * Shows the plan and asks whether to save it, as often as the user changes something.
 * True to save; false once the user has confirmed discarding it (and has been told what was dropped).
 */
export async function confirmPlan(plan: Plan, ctx: Context): Promise<boolean> {
  const m = t().log;
  for (;;) {
    showPlan(plan, ctx);
    if (await ctx.prompt.confirm({ message: m.saveThis(), default: true })) return true;
    const empty = itemCount(plan) === 0;
    const next = await ctx.prompt.select<'change' | 'discard' | 'save'>({
      message: m.notSavedYet(),
      choices: [
        ...(empty ? [] : [{ name: m.changeSomething(), value: 'change' as const }]),
        { name: m.discardAll(), value: 'discard' },
        { name: m.saveAfterAll(), value: 'save' },
      ],
    });
    if (next === 'save') return true;
    if (next === 'change') await changeSomething(plan, ctx);
    else if (await ctx.prompt.confirm({ message: m.discardSure({ name: plan.person.name }), default: false })) {
      const dropped = itemLines(plan, ctx);
      warn(ctx, dropped.length > 0 ? [m.nothingSavedDropped(), ...dropped].join('\n') : m.nothingSaved());
      return false;
    }
  }
}

type Item = { update: Plan['updates'][number] } | { move: Plan['moves'][number] } | { draft: Draft };

async function changeSomething(plan: Plan, ctx: Context): Promise<void> {
  const m = t().log;
  const choices: Choice<Item | null>[] = [
    ...plan.updates.map((u) => ({ name: m.updateItem({ outcome: t().words.status[u.outcome](), id: u.promise.id, text: u.promise.text }), value: { update: u } })),
    ...plan.moves.map((r) => ({ name: m.moveItem({ id: r.promise.id, text: r.promise.text }), value: { move: r } })),
    ...plan.drafts.map((d) => ({ name: m.newItem({ text: d.text }), value: { draft: d } })),
    { name: m.nothingGoBack(), value: null },
  ];
  const item = await ctx.prompt.select<Item | null>({ message: m.whichOne({ name: plan.person.name }), choices });
  if (item === null) return;
  if ('update' in item) await changeUpdate(plan, item.update, ctx);
  else if ('move' in item) await changeMove(plan, item.move, ctx);
  else await changeDraft(plan, item.draft, ctx);
}

async function changeUpdate(plan: Plan, update: Plan['updates'][number], ctx: Context): Promise<void> {
  const m = t().log;
  const outcome = await ctx.prompt.select<Outcome | 'open' | null>({
    message: m.whatHappenedTo({ text: update.promise.text }),
    choices: [
      { name: m.keptIt(), value: 'kept' },
      { name: m.brokeIt(), value: 'broken' },
      { name: m.released(), value: 'released' },
      { name: m.leaveOpen(), value: 'open' },
      { name: m.asItWas(), value: null },
    ],
  });
  if (outcome === 'open') plan.updates.splice(plan.updates.indexOf(update), 1);
  else if (outcome !== null) update.outcome = outcome;
}

/** A renegotiation: another new date, or the old one kept after all. */
async function changeMove(plan: Plan, move: Plan['moves'][number], ctx: Context): Promise<void> {
  const m = t().log;
  const change = await ctx.prompt.select<'due' | 'keep' | null>({
    message: m.whatToChange({ text: move.promise.text }),
    choices: [
      { name: m.changeDue({ day: formatDay(move.due, ctx.now) }), value: 'due' },
      { name: m.keepOldDate(), value: 'keep' },
      { name: m.nothingGoBack(), value: null },
    ],
  });
  if (change === 'keep') plan.moves.splice(plan.moves.indexOf(move), 1);
  else if (change === 'due') Object.assign(move, await askRenegotiation(ctx));
}

type DraftChange = 'text' | 'due' | 'no-due' | 'note' | 'no-note' | 'remove' | null;

async function changeDraft(plan: Plan, draft: Draft, ctx: Context): Promise<void> {
  const m = t().log;
  const choices: Choice<DraftChange>[] = [
    { name: m.changeText(), value: 'text' },
    { name: draft.due ? m.changeDue({ day: formatDay(draft.due, ctx.now) }) : m.addDue(), value: 'due' },
    ...(draft.due ? [{ name: m.removeDue(), value: 'no-due' as const }] : []),
    { name: draft.note ? m.changeNote() : m.addNote(), value: 'note' },
    ...(draft.note ? [{ name: m.removeNote(), value: 'no-note' as const }] : []),
    { name: m.removePromise(), value: 'remove' },
    { name: m.nothingGoBack(), value: null },
  ];
  const change = await ctx.prompt.select<DraftChange>({ message: m.whatToChange({ text: draft.text }), choices });
  const { prompt, now } = ctx;
  if (change === 'text') {
    draft.text = cleanText(await prompt.input({ message: m.thePromise(), default: draft.text, validate: (v) => validity(() => cleanText(v)) }));
  } else if (change === 'due') {
    const typed = await prompt.input({ message: m.byWhenShort(), validate: (v) => validity(() => parseDue(v, now)) });
    draft.due = parseDue(typed, now);
  } else if (change === 'no-due') draft.due = null;
  else if (change === 'note') {
    // Empty is refused here: "Remove the note" is the way to drop one, so Enter never loses it.
    const typed = await prompt.input({ message: m.theNote(), default: draft.note ?? undefined, validate: (v) => (v.trim() === '' ? m.writeTheNote() : validity(() => cleanNote(v))) });
    draft.note = cleanNote(typed);
  } else if (change === 'no-note') draft.note = null;
  else if (change === 'remove') plan.drafts.splice(plan.drafts.indexOf(draft), 1);
}
