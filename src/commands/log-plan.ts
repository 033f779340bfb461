/**
 * The summary `trust log` shows before saving, and what happens when the answer is "no": change
 * an answer, discard it all (after a confirm, with an echo of what is dropped), or save after
 * all. Nothing typed is thrown away without saying so.
 */
import type { Context } from '../context.js';
import { cleanNote, cleanText, isLate, parseDue, type Outcome, type PersonRecord, type Relation } from '../domain/promise.js';
import type { StoredPromise } from '../store/promises.js';
import { formatDay } from '../ui/format.js';
import type { Choice } from '../ui/prompt.js';
import { validity, type Draft } from '../ui/questions.js';
import { say, warn } from '../ui/wrap.js';

export interface Plan {
  person: PersonRecord | { name: string; relation: Relation };
  updates: Array<{ promise: StoredPromise; outcome: Outcome }>;
  drafts: Draft[];
}

const DUE_HELP = 'fri, tomorrow 17:00, +3d, eow';

/** What an update will be saved as: a keep after the due date is saved as kept late, so it says so. */
const outcomeLabel = (u: Plan['updates'][number], now: Date) => (u.outcome === 'kept' && isLate(u.promise.due, now) ? 'kept late' : u.outcome);

/** One line per resolved promise and per new one, each new one's note under it. */
function itemLines(plan: Plan, ctx: Context): string[] {
  const lines: string[] = [];
  const width = Math.max(8, ...plan.updates.map((u) => outcomeLabel(u, ctx.now).length));
  for (const u of plan.updates) lines.push(`  ${outcomeLabel(u, ctx.now).padEnd(width)} #${u.promise.id} ${u.promise.text}`);
  for (const d of plan.drafts) {
    lines.push(`  ${'new'.padEnd(width)} ${d.text} · ${d.due ? 'due ' + formatDay(d.due, ctx.now) : 'no due date'}`);
    if (d.note) lines.push(`  ${' '.repeat(width)} ${ctx.c.dim('note:')} ${d.note}`);
  }
  return lines;
}

export function showPlan(plan: Plan, ctx: Context): void {
  const { c } = ctx;
  const lines = [c.bold(`Conversation with ${plan.person.name}${'id' in plan.person ? '' : ` (new, ${plan.person.relation})`}`), ...itemLines(plan, ctx)];
  if (plan.updates.length + plan.drafts.length === 0) lines.push(c.dim('  Nothing promised or resolved: the conversation is still noted.'));
  say(ctx, lines.join('\n'));
}

/**
 * Shows the plan and asks whether to save it, as often as the user changes something.
 * True to save; false once the user has confirmed discarding it (and has been told what was dropped).
 */
export async function confirmPlan(plan: Plan, ctx: Context): Promise<boolean> {
  for (;;) {
    showPlan(plan, ctx);
    if (await ctx.prompt.confirm({ message: 'Save this?', default: true })) return true;
    const empty = plan.updates.length + plan.drafts.length === 0;
    const next = await ctx.prompt.select<'change' | 'discard' | 'save'>({
      message: 'Not saved yet. What would you like to do?',
      choices: [
        ...(empty ? [] : [{ name: 'Change something', value: 'change' as const }]),
        { name: 'Discard all of it', value: 'discard' },
        { name: 'Save after all', value: 'save' },
      ],
    });
    if (next === 'save') return true;
    if (next === 'change') await changeSomething(plan, ctx);
    else if (await ctx.prompt.confirm({ message: `Discard this conversation with ${plan.person.name} and everything in it?`, default: false })) {
      const dropped = itemLines(plan, ctx);
      warn(ctx, `Nothing was saved.${dropped.length > 0 ? ' You discarded:\n' + dropped.join('\n') : ''}`);
      return false;
    }
  }
}

type Item = { update: Plan['updates'][number] } | { draft: Draft };

async function changeSomething(plan: Plan, ctx: Context): Promise<void> {
  const choices: Choice<Item | null>[] = [
    ...plan.updates.map((u) => ({ name: `${u.outcome}: #${u.promise.id} ${u.promise.text}`, value: { update: u } })),
    ...plan.drafts.map((d) => ({ name: `new: ${d.text}`, value: { draft: d } })),
    { name: 'Nothing, go back', value: null },
  ];
  const item = await ctx.prompt.select<Item | null>({ message: `Which one? (the person, ${plan.person.name}, stays)`, choices });
  if (item === null) return;
  if ('update' in item) await changeUpdate(plan, item.update, ctx);
  else await changeDraft(plan, item.draft, ctx);
}

async function changeUpdate(plan: Plan, update: Plan['updates'][number], ctx: Context): Promise<void> {
  const outcome = await ctx.prompt.select<Outcome | 'open' | null>({
    message: `What happened to "${update.promise.text}"?`,
    choices: [
      { name: 'Kept it', value: 'kept' },
      { name: 'Broke it', value: 'broken' },
      { name: 'Released: they let me off, by agreement', value: 'released' },
      { name: 'Nothing yet: leave it open', value: 'open' },
      { name: 'Go back, as it was', value: null },
    ],
  });
  if (outcome === 'open') plan.updates.splice(plan.updates.indexOf(update), 1);
  else if (outcome !== null) update.outcome = outcome;
}

type DraftChange = 'text' | 'due' | 'no-due' | 'note' | 'no-note' | 'remove' | null;

async function changeDraft(plan: Plan, draft: Draft, ctx: Context): Promise<void> {
  const choices: Choice<DraftChange>[] = [
    { name: 'The promise text', value: 'text' },
    { name: draft.due ? `The due date (now ${formatDay(draft.due, ctx.now)})` : 'Add a due date', value: 'due' },
    ...(draft.due ? [{ name: 'Remove the due date', value: 'no-due' as const }] : []),
    { name: draft.note ? 'The note' : 'Add a note', value: 'note' },
    ...(draft.note ? [{ name: 'Remove the note', value: 'no-note' as const }] : []),
    { name: 'Remove this promise', value: 'remove' },
    { name: 'Nothing, go back', value: null },
  ];
  const change = await ctx.prompt.select<DraftChange>({ message: `What to change in "${draft.text}"?`, choices });
  const { prompt, now } = ctx;
  if (change === 'text') {
    draft.text = cleanText(await prompt.input({ message: 'The promise:', default: draft.text, validate: (v) => validity(() => cleanText(v)) }));
  } else if (change === 'due') {
    const typed = await prompt.input({ message: `By when? (${DUE_HELP})`, validate: (v) => validity(() => parseDue(v, now)) });
    draft.due = parseDue(typed, now);
  } else if (change === 'no-due') draft.due = null;
  else if (change === 'note') {
    // Empty is refused here: "Remove the note" is the way to drop one, so Enter never loses it.
    const typed = await prompt.input({ message: 'The note:', default: draft.note ?? undefined, validate: (v) => (v.trim() === '' ? 'Write the note, or choose "Remove the note".' : validity(() => cleanNote(v))) });
    draft.note = cleanNote(typed);
  } else if (change === 'no-note') draft.note = null;
  else if (change === 'remove') plan.drafts.splice(plan.drafts.indexOf(draft), 1);
}
