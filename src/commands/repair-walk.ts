/**
 * Walking through a repair, one step at a time. Each answer is saved in its own transaction the
 * moment it is given, so Ctrl-C or a closed terminal loses at most the step being typed; the next
 * `trust repair` resumes at the first unanswered step.
 */
import type { Context } from '../context.js';
import { CancelledError } from '../errors.js';
import { APOLOGY_LEAD, APOLOGY_PARTS, assembleApology, sentence, type ApologyParts } from '../domain/apology.js';
import { TRAPS, type Step } from '../domain/checklist.js';
import { parseHappened } from '../domain/dates.js';
import { findExcuses, type Flag } from '../domain/excuses.js';
import { LIMITS, parseDue } from '../domain/promise.js';
import { getRepair, addCheckins, closeRepair, saveAnswer } from '../store/repairs.js';
import { insertPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { askPromise, validity, type Draft } from '../ui/questions.js';
import { answerText, reminders, repairTitle } from '../ui/repair-render.js';
import { closingBlocker, viewOf, type RepairView } from './repair-load.js';
import { say } from '../ui/wrap.js';

/** What a step produced: an answer to save, or "later" (not yet possible; stop here for now). */
type StepResult = { answer: Record<string, unknown>; drafts?: Draft[]; dates?: string[]; learned?: string } | 'later';

const required = (max: number) => (v: string) =>
  v.trim() === '' ? 'Write a few words; you can come back to it later.' : [...v.trim()].length > max ? `Keep it under ${max} characters.` : true;

export async function walk(start: RepairView, ctx: Context, resumed: boolean): Promise<RepairView> {
  const { c } = ctx;
  const db = ctx.db('write');
  let view = start;
  say(ctx, `\n${c.bold(repairTitle(view))}${c.dim(` · ${view.progress.done}/${view.progress.total} steps`)}\n${reminders(c)}`);
  if (resumed) showSoFar(view, ctx);
  for (const trap of view.traps) say(ctx, c.yellow(`Trap: ${TRAPS[trap]}`));

  try {
    while (view.next) {
      const step = view.next;
      const index = view.steps.indexOf(step) + 1;
      say(ctx, `\n${c.bold(`Step ${index} of ${view.steps.length} · ${step.title}`)}\n${c.dim(step.explain)}`);
      const result = await askStep(step, view, ctx);
      if (result === 'later') {
        say(ctx, `Saved so far. Continue whenever you are ready: trust repair --resume ${view.repair.id}`);
        return view;
      }
      writeTx(db, () => {
        const answer = { ...result.answer };
        if (result.drafts) {
          answer.promiseIds = result.drafts.map((d) =>
            insertPromise(db, { personId: view.repair.personId, conversationId: null, repairId: view.repair.id, ...d }, ctx.now),
          );
        }
        if (result.dates) addCheckins(db, view.repair.id, result.dates);
        saveAnswer(db, view.repair.id, step, answer, ctx.now);
        if (result.learned !== undefined) closeRepair(db, view.repair.id, 'done', result.learned, ctx.now);
      });
      view = viewOf(db, getRepair(db, view.repair.id)!, ctx.now);
    }
  } catch (e) {
    // The finished steps are already saved: say so, rather than "nothing was saved".
    if (e instanceof CancelledError) {
      throw new CancelledError(`Stopped. Every step you finished is saved; continue with: trust repair --resume ${view.repair.id}`);
    }
    throw e;
  }
  say(ctx, `\n${c.green('✓')} Repair #${view.repair.id} is closed. Thank you for doing it properly.`);
  return view;
}

function showSoFar(view: RepairView, ctx: Context): void {
  const lines = view.steps
    .filter((s) => view.answers.has(s.key))
    .map((s) => `  ${ctx.c.green('✓')} ${s.title}: ${answerText(view.answers.get(s.key)!, s.kind, ctx.now, view.promises).split('\n')[0]}`);
  if (lines.length > 0) say(ctx, `\n${ctx.c.bold('So far:')}\n${lines.join('\n')}`);
}

async function askStep(step: Step, view: RepairView, ctx: Context): Promise<StepResult> {
  switch (step.kind) {
    case 'text':
      return step.key === 'own' ? askOwnIt(step, ctx) : { answer: { text: (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim() } };
    case 'prevention':
      return askPrevention(step, ctx);
    case 'apology':
      return askApology(view, ctx);
    case 'promises':
      return askRepairPromises(view, ctx);
    case 'done-yet':
      return askDoneYet(step, ctx);
    case 'checkins':
      return askCheckins(view, ctx);
    case 'close':
      return askClose(view, ctx);
  }
}

/** The gentle notice for excuse and blame phrasing, quoted back as written. */
function selfDefenceNotice(flags: Flag[], what: 'Owning it' | 'An apology'): string {
  const quoted = flags.map((f) => `"${f.quote}" (${f.kind})`).join(', ');
  return `This can read as self-defence: ${quoted}. ${what} works best without them.`;
}

/** Own it: excuse and blame phrasing is quoted back once, and the user decides. */
async function askOwnIt(step: Step, ctx: Context): Promise<StepResult> {
  let text = (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim();
  let flags = findExcuses(text);
  if (flags.length > 0) {
    say(ctx, ctx.c.yellow(selfDefenceNotice(flags, 'Owning it')));
    const choice = await ctx.prompt.select({
      message: 'Rewrite it?',
      choices: [
        { name: 'Rewrite it', value: 'rewrite' },
        { name: 'Keep it as it is', value: 'keep' },
      ],
    });
    if (choice === 'rewrite') {
      text = (await ctx.prompt.input({ message: step.question!, default: text, validate: required(LIMITS.note) })).trim();
      flags = findExcuses(text);
    }
  }
  return { answer: { text, flagged: flags.map((f) => f.quote) } };
}

/** Why it happened, then what will change: the apology says the change back in its own words. */
async function askPrevention(step: Step, ctx: Context): Promise<StepResult> {
  const why = (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim();
  // The apology says it back as one of its parts, which are kept under 500 characters.
  const change = (await ctx.prompt.input({ message: step.change!, validate: required(500) })).trim();
  // The change is the end of a sentence; the text the views show says the whole sentence. Answers
  // saved before the question asked for a sentence end keep their own text, written as sentences.
  return { answer: { text: `${why}\n${sentence(APOLOGY_LEAD.change.lead, change)}`, why, change } };
}

/** The change named under Prevention (checklist 2 asks it before the apology): what the apology offers to say. */
function plannedChange(view: RepairView): string | undefined {
  const change = view.answers.get('prevention')?.answer.change;
  return typeof change === 'string' && change.trim() !== '' ? change.trim() : undefined;
}

async function askApology(view: RepairView, ctx: Context): Promise<StepResult> {
  const parts = {} as ApologyParts;
  const change = plannedChange(view);
  for (const part of APOLOGY_PARTS) {
    const { label, lead, hint } = APOLOGY_LEAD[part];
    const reuse = part === 'change' && change !== undefined;
    const answer = await ctx.prompt.input({
      message: `${label}${lead ? `: "${lead} …"` : ''} (${reuse ? 'Enter keeps the change you named under Prevention' : hint})`,
      default: reuse ? change : undefined,
      validate: part === 'regret' ? required(500) : (v) => [...v].length <= 500 || 'Keep it under 500 characters.',
    });
    parts[part] = answer.trim();
  }
  let draft = assembleApology(parts);
  say(ctx, `\n${ctx.c.bold('Your apology, to copy:')}\n\n${draft}\n`);
  // Asked once, as for "own it": the Keep/Edit question that follows is the user's choice.
  const flags = findExcuses(draft);
  if (flags.length > 0) say(ctx, ctx.c.yellow(selfDefenceNotice(flags, 'An apology')));
  const edit = await ctx.prompt.select({
    message: 'Keep this draft?',
    choices: [
      { name: 'Keep it', value: false },
      { name: 'Edit it', value: true },
    ],
  });
  if (edit) draft = (await ctx.prompt.input({ message: 'Your apology:', default: draft, validate: required(LIMITS.note) })).trim();
  return { answer: { parts, draft } };
}

/**
 * At least one promise: an empty first answer explains why one is needed and asks again,
 * unless the user would rather come back to it.
 */
async function askRepairPromises(view: RepairView, ctx: Context): Promise<StepResult> {
  const whom = view.repair.person;
  const drafts: Draft[] = [];
  for (;;) {
    const draft = await askPromise(ctx.prompt, whom, ctx.now, drafts.length === 0, 'repair');
    if (draft) {
      drafts.push(draft);
      continue;
    }
    if (drafts.length > 0) return { answer: {}, drafts };
    say(ctx, `A repair needs at least one small promise to ${whom} that you can keep: trust comes back through promises kept, one after another.`);
    const writeNow = await ctx.prompt.select({
      message: 'Write one now?',
      choices: [
        { name: 'Write one now', value: true },
        { name: 'Come back later', value: false },
      ],
    });
    if (!writeNow) return 'later';
  }
}

async function askDoneYet(step: Step, ctx: Context): Promise<StepResult> {
  const done = await ctx.prompt.select({
    message: step.key === 'delivered' ? 'Have you apologised?' : 'Have they responded?',
    choices: [
      { name: 'Yes', value: true },
      { name: 'Not yet: I will come back', value: false },
    ],
  });
  if (!done) return 'later';
  const text = (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim();
  const when = await ctx.prompt.input({
    message: 'When? (today, yesterday, mon, 2026-11-20)',
    default: 'today',
    validate: (v) => validity(() => parseHappened(v, ctx.now, 'That time')),
  });
  return { answer: { text, at: parseHappened(when, ctx.now, 'That time').toISOString() } };
}

async function askCheckins(view: RepairView, ctx: Context): Promise<StepResult> {
  const dates: string[] = [];
  for (;;) {
    const answer = await ctx.prompt.input({
      message: dates.length === 0 ? `When will you next update ${view.repair.person}? (fri, +1w, 2026-12-01)` : 'Another check-in? (leave empty when done)',
      validate: (v) => (v.trim() === '' && dates.length > 0) || validity(() => parseDue(v, ctx.now)),
    });
    if (answer.trim() === '') break;
    dates.push(parseDue(answer, ctx.now).date);
  }
  return { answer: { dates }, dates };
}

async function askClose(view: RepairView, ctx: Context): Promise<StepResult> {
  // The same rule as `trust repair --close`: every step answered, and repair promises made and resolved.
  const blocker = closingBlocker(view);
  if (blocker) {
    say(ctx, `${blocker.message}\n${blocker.hint}`);
    return 'later';
  }
  const learned = (await ctx.prompt.input({ message: 'What did this teach you?', validate: required(LIMITS.note) })).trim();
  return { answer: { learned }, learned };
}
