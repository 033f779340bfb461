/**
 * trust edit <id>: correct a typo in a promise (text, due date, person, note). Corrections are
 * not a way to rewrite history: the old values stay in the promise's history.
 */
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { parseDayOrThrow, type Day } from '../domain/dates.js';
import { cleanCue, cleanNote, cleanText, isLate } from '../domain/promise.js';
import { editPromise, getPromise, type PromiseChanges, type StoredPromise } from '../store/promises.js';
import { writeTx } from '../store/tx.js';
import { promiseLine } from '../ui/format.js';
import { promiseJson, writeJson } from '../ui/json.js';
import { validity } from '../ui/questions.js';
import { personByName, promiseById } from './lookup.js';
import { say } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';

export interface EditOptions {
  text?: string;
  due?: string;
  person?: string;
  note?: string;
  /** The if-then cue; "-" or "" removes it. */
  when?: string;
  json?: boolean;
}

const NO_DATE = new Set(['none', 'no', '-', '', 'なし']);
/** "-" removes the note, as it removes a due date: at the prompt, Enter already means "keep it". */
const NO_NOTE = '-';

const editedNote = (text: string) => cleanNote(text.trim() === NO_NOTE ? '' : text);
const editedCue = (text: string) => cleanCue(text.trim() === NO_NOTE ? '' : text);

function parseEditDue(text: string, now: Date): Day | null {
  return NO_DATE.has(text.trim().toLowerCase()) ? null : parseDayOrThrow(text, now, 'future', '--due');
}

export async function edit(idText: string, opts: EditOptions, ctx: Context): Promise<StoredPromise> {
  const db = ctx.db('read');
  const before = promiseById(db, idText);
  const flagged = opts.text !== undefined || opts.due !== undefined || opts.person !== undefined || opts.note !== undefined || opts.when !== undefined;
  if (!flagged && !ctx.interactive) {
    throw usageError(t().promise.editNeedsFlag(), t().promise.editNeedsFlagHint({ id: before.id }));
  }
  const answers = flagged ? opts : await askEdits(before, ctx);

  const changes: PromiseChanges = {};
  if (answers.text !== undefined && cleanText(answers.text) !== before.text) changes.text = cleanText(answers.text);
  if (answers.note !== undefined && editedNote(answers.note) !== before.note) changes.note = editedNote(answers.note);
  if (answers.when !== undefined && editedCue(answers.when) !== before.cue) changes.cue = editedCue(answers.when);
  if (answers.due !== undefined) {
    const due = parseEditDue(answers.due, ctx.now);
    if (JSON.stringify(due) !== JSON.stringify(before.due)) changes.due = due;
  }
  if (answers.person !== undefined) {
    const person = personByName(db, answers.person);
    if (person.id !== before.personId) changes.person = { id: person.id, name: person.name };
  }
  if (Object.keys(changes).length === 0) {
    say(ctx, t().promise.nothingToChange());
    return before;
  }
  if (changes.due !== undefined && before.status === 'kept' && before.resolvedAt) changes.late = isLate(changes.due, before.resolvedAt);

  writeTx(db, () => editPromise(db, before, changes, ctx.now));
  const after = getPromise(db, before.id)!;
  if (opts.json) writeJson(ctx.out, promiseJson(after, ctx.now));
  else say(ctx, `${ctx.c.green('✓')} ${t().promise.corrected({ promise: promiseLine(after, ctx.now, ctx.c) })}`);
  return after;
}

/** Each field with its current value as the default: Enter keeps it. */
async function askEdits(p: StoredPromise, ctx: Context): Promise<EditOptions> {
  const m = t().promise;
  const text = await ctx.prompt.input({ message: m.askText(), default: p.text });
  const due = await ctx.prompt.input({ message: m.askDue(), default: p.due ? `${p.due.date}${p.due.time ? ' ' + p.due.time : ''}` : 'none' });
  const person = await ctx.prompt.input({ message: m.askTo(), default: p.person });
  const note = await ctx.prompt.input({
    message: p.note ? m.askNoteKeep({ remove: NO_NOTE }) : m.askNote(),
    default: p.note ?? '',
    validate: (v) => validity(() => editedNote(v)),
  });
  return { text, due, person, note };
}
