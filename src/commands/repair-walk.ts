/**
 * Walking through a repair, one step at a time. Each answer is saved in its own transaction the
 * moment it is given, so Ctrl-C or a closed terminal loses at most the step being typed; the next
 * `trust repair` resumes at the first unanswered step.
 */
import type { Context } from '../context.js';
import { CancelledError } from '../errors.js';
import { APOLOGY_PARTS, assembleApology, sentence, type ApologyParts } from '../domain/apology.js';
import { trapText, type Step } from '../domain/checklist.js';
import { t } from '../i18n/messages.js';
import { parseHappened } from '../domain/dates.js';
import { findExcuses, type Flag } from '../domain/excuses.js';
import { LIMITS, parseDue } from '../domain/promise.js';
import { getRepair, addCheckins, closeRepair, recordApologyDelivered, saveAnswer } from '../store/repairs.js';
import { insertPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { askPromise, validity, type Draft } from '../ui/questions.js';
import { answerText, reminders, repairTitle } from '../ui/repair-render.js';
import { closingBlocker, viewOf, type RepairView } from './repair-load.js';
import { say } from '../ui/wrap.js';

/** What a step produced: an answer to save, or "later" (not yet possible; stop here for now). */
type StepResult = { answer: Record<string, unknown>; drafts?: Draft[]; dates?: string[]; learned?: string } | 'later';

const required = (max: number) => (v: string) =>
  v.trim() === '' ? t().repair.writeSomething() : [...v.trim()].length > max ? t().repair.tooLong({ max }) : true;

export async function walk(start: RepairView, ctx: Context, resumed: boolean): Promise<RepairView> {
  const { c } = ctx;
  const db = ctx.db('write');
  let view = start;
  const words = t().repair;
  const self = view.repair.kind === 'self';
  say(ctx, `\n${c.bold(repairTitle(view))}${c.dim(` · ${words.stepsDone(view.progress)}`)}\n${self ? t().checklist.selfIntro() : reminders(c)}`);
  if (resumed) showSoFar(view, ctx);
  for (const trap of view.traps) say(ctx, c.yellow(t().checklist.trapLine({ trap: trapText(trap) })));

  try {
    while (view.next) {
      const step = view.next;
      const index = view.steps.indexOf(step) + 1;
      say(ctx, `\n${c.bold(words.stepHeading({ n: index, total: view.steps.length, title: step.title }))}\n${c.dim(step.explain)}`);
      const result = await askStep(step, view, ctx);
      if (result === 'later') {
        say(ctx, words.savedSoFar({ id: view.repair.id }));
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
        // When the apology was delivered: the time from the break to it is shown and counted.
        if (step.key === 'delivered' && typeof answer.at === 'string') recordApologyDelivered(db, view.repair.id, new Date(answer.at), ctx.now);
        if (result.learned !== undefined) closeRepair(db, view.repair.id, 'done', result.learned, ctx.now);
      });
      view = viewOf(db, getRepair(db, view.repair.id)!, ctx.now);
    }
  } catch (e) {
    // The finished steps are already saved: say so, rather than "nothing was saved".
    if (e instanceof CancelledError) {
      throw new CancelledError(words.stopped({ id: view.repair.id }));
    }
    throw e;
  }
  say(ctx, `\n${c.green('✓')} ${words.walkDone({ id: view.repair.id })}`);
  return view;
}

function showSoFar(view: RepairView, ctx: Context): void {
  const lines = view.steps
    .filter((s) => view.answers.has(s.key))
    .map((s) => `  ${ctx.c.green('✓')} ${t().repair.labelled({ label: s.title, text: answerText(view.answers.get(s.key)!, s.kind, ctx.now, view.promises).split('\n')[0]! })}`);
  if (lines.length > 0) say(ctx, `\n${ctx.c.bold(t().repair.soFar())}\n${lines.join('\n')}`);
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
function selfDefenceNotice(flags: Flag[], where: 'ownIt' | 'apology'): string {
  const words = t().repair;
  const quoted = flags.map((f) => words.flagged({ quote: f.quote, kind: phraseKind(f.kind) })).reduce((first, rest) => words.listJoin({ first, rest }));
  return where === 'ownIt' ? words.selfDefence({ quoted }) : words.selfDefenceApology({ quoted });
}

/** Own it: excuse and blame phrasing is quoted back once, and the user decides. */
async function askOwnIt(step: Step, ctx: Context): Promise<StepResult> {
  let text = (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim();
  const words = t().repair;
  // The phrases to look for are those of the languages the answer is written in (its scripts tell).
  let flags = findExcuses(text);
  if (flags.length > 0) {
    say(ctx, ctx.c.yellow(selfDefenceNotice(flags, 'ownIt')));
    const choice = await ctx.prompt.select({
      message: words.rewrite(),
      choices: [
        { name: words.rewriteIt(), value: 'rewrite' },
        { name: words.keepAsIs(), value: 'keep' },
      ],
    });
    if (choice === 'rewrite') {
      text = (await ctx.prompt.input({ message: step.question!, default: text, validate: required(LIMITS.note) })).trim();
      flags = findExcuses(text);
    }
  }
  return { answer: { text, flagged: flags.map((f) => f.quote) } };
}

/** A kind of phrase in words; a kind the catalogue does not name yet is shown as it is. */
function phraseKind(kind: string): string {
  const named = (t().repair.phraseKind as Record<string, (() => string) | undefined>)[kind];
  return named ? named() : kind;
}

/** Why it happened, then what will change: the apology says the change back in its own words. */
async function askPrevention(step: Step, ctx: Context): Promise<StepResult> {
  const why = (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim();
  // The apology says it back as one of its parts, which are kept under 500 characters.
  const change = (await ctx.prompt.input({ message: step.change!, validate: required(500) })).trim();
  // The change is the end of a sentence; the text the views show says the whole sentence. Answers
  // saved before the question asked for a sentence end keep their own text, written as sentences.
  return { answer: { text: `${why}\n${sentence('change', change)}`, why, change } };
}

/** The change named under Prevention (checklist 2 asks it before the apology): what the apology offers to say. */
function plannedChange(view: RepairView): string | undefined {
  const change = view.answers.get('prevention')?.answer.change;
  return typeof change === 'string' && change.trim() !== '' ? change.trim() : undefined;
}

async function askApology(view: RepairView, ctx: Context): Promise<StepResult> {
  const parts = {} as ApologyParts;
  const change = plannedChange(view);
  const ask = t().checklist.ask;
  for (const part of APOLOGY_PARTS) {
    const reuse = part === 'change' && change !== undefined;
    const answer = await ctx.prompt.input({
      message: reuse ? ask.changeNamed() : ask[part](),
      default: reuse ? change : undefined,
      validate: part === 'regret' ? required(500) : (v) => [...v].length <= 500 || t().repair.tooLong({ max: 500 }),
    });
    parts[part] = answer.trim();
  }
  const draft = await reviewDraft(assembleApology(parts), ctx);
  return { answer: { parts, draft } };
}

/**
 * The draft is shown to copy, and may be edited: in the user's editor ($VISUAL, else $EDITOR)
 * when one is set, since an apology has several sentences and a one-line input hides most of
 * them; on the one line otherwise, or when the editor fails.
 */
async function reviewDraft(draft: string, ctx: Context): Promise<string> {
  const words = t().repair;
  say(ctx, `\n${ctx.c.bold(words.draftHeading())}\n\n${draft}\n`);
  // Asked once, as for "own it": the Keep/Edit question that follows is the user's choice.
  const flags = findExcuses(draft);
  if (flags.length > 0) say(ctx, ctx.c.yellow(selfDefenceNotice(flags, 'apology')));
  const editor = ctx.editor;
  const { editInEditor } = await import('../ui/prompt-editor.js');
  const edit = await ctx.prompt.select({
    message: words.keepDraft(),
    choices: [
      { name: words.keepIt(), value: false },
      { name: editor ? words.editInEditor({ editor: editor.split(/\s+/)[0]! }) : words.editIt(), value: true },
    ],
  });
  if (!edit) return draft;
  if (editor) {
    const edited = editInEditor(draft, editor);
    if (edited !== null && edited.trim() !== '') return edited.trim();
    say(ctx, ctx.c.yellow(edited === null ? words.editorFailed({ editor }) : words.editorEmpty()));
    if (edited !== null) return draft;
  }
  return (await ctx.prompt.input({ message: words.yourApology(), default: draft, validate: required(LIMITS.note) })).trim();
}

/**
 * At least one promise: an empty first answer explains why one is needed and asks again,
 * unless the user would rather come back to it.
 */
async function askRepairPromises(view: RepairView, ctx: Context): Promise<StepResult> {
  const whom = view.repair.person;
  const drafts: Draft[] = [];
  for (;;) {
    const draft = await askPromise(ctx.prompt, whom, ctx.now, drafts.length === 0, view.repair.kind === 'self' ? 'self-repair' : 'repair');
    if (draft) {
      drafts.push(draft);
      continue;
    }
    if (drafts.length > 0) return { answer: {}, drafts };
    const words = t().repair;
    say(ctx, words.needsPromise({ person: whom }));
    const writeNow = await ctx.prompt.select({
      message: words.writeOneNow(),
      choices: [
        { name: words.writeNow(), value: true },
        { name: words.comeBackLater(), value: false },
      ],
    });
    if (!writeNow) return 'later';
  }
}

async function askDoneYet(step: Step, ctx: Context): Promise<StepResult> {
  const words = t().repair;
  const done = await ctx.prompt.select({
    message: step.key === 'delivered' ? words.apologised() : words.responded(),
    choices: [
      { name: words.yes(), value: true },
      { name: words.notYet(), value: false },
    ],
  });
  if (!done) return 'later';
  const text = (await ctx.prompt.input({ message: step.question!, validate: required(LIMITS.note) })).trim();
  const when = await ctx.prompt.input({
    message: words.when(),
    // Today, as a person of that language types it (the parser reads both).
    default: t().dates.today(),
    validate: (v) => validity(() => parseHappened(v, ctx.now, t().dateInput.thatTime())),
  });
  return { answer: { text, at: parseHappened(when, ctx.now, t().dateInput.thatTime()).toISOString() } };
}

async function askCheckins(view: RepairView, ctx: Context): Promise<StepResult> {
  const dates: string[] = [];
  for (;;) {
    const answer = await ctx.prompt.input({
      message: dates.length === 0 ? t().repair.nextUpdate({ person: view.repair.person }) : t().repair.anotherCheckin(),
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
  const learned = (await ctx.prompt.input({ message: t().repair.whatLearned(), validate: required(LIMITS.note) })).trim();
  return { answer: { learned }, learned };
}
