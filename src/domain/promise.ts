/**
 * The shared vocabulary (people, promises, statuses) and the rules for what a user may type.
 */
import { t } from '../i18n/messages.js';
import { TrustError, usageError } from '../errors.js';
import { type Day, type Happened, instantOf, localDate, localTime, parseDayOrThrow } from './dates.js';

export const RELATIONS = ['work', 'partner', 'family', 'friend', 'customer', 'self', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export const STATUSES = ['open', 'kept', 'broken', 'released'] as const;
export type Status = (typeof STATUSES)[number];
export type Outcome = Exclude<Status, 'open'>;

export const EVENT_KINDS = ['created', 'renegotiated', 'kept', 'broken', 'released', 'reopened', 'edited', 'deleted'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A cue ("after the Monday stand-up") is a moment, not a story: shorter than the promise itself. */
export const LIMITS = { text: 280, note: 2000, name: 80, cue: 200 } as const;

/**
 * How many open promises due in one week make it "many". Past this, logging another one warns:
 * over-promising is the quiet way trust gets broken.
 */
export const BUSY_WEEK = 7;

export interface PromiseRecord {
  id: number;
  uuid: string;
  personId: number;
  person: string;
  text: string;
  note: string | null;
  /** The if-then cue: when the user will do it ("after the Monday stand-up"). */
  cue: string | null;
  status: Status;
  madeAt: Date;
  due: Day | null;
  resolvedAt: Date | null;
  late: boolean;
}

export interface PersonRecord {
  id: number;
  uuid: string;
  name: string;
  relation: Relation;
  createdAt: Date;
  /** How often to be in touch, in days; null: the default four weeks. */
  rhythmDays: number | null;
}

/**
 * Characters no text may hold. Control characters would let a stored text rewrite the terminal it
 * is shown in; direction controls and marks reorder what is shown, and the invisible ones (zero
 * width space, word joiner, invisible operators, a BOM inside text) hide in it: "Ali\u200Fce" would
 * pass for Alice. Zero-width joiner and non-joiner stay: emoji sequences (👨‍👩‍👧) and scripts such as
 * Persian and the Indic ones need them. Names are stricter (see INVISIBLE_IN_NAME).
 */
// eslint-disable-next-line no-control-regex
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * In a name, where one look-alike is a different person: the non-joiner always, the joiner except
 * inside an emoji sequence (an emoji, perhaps with its variation selector or skin tone, joined to
 * another), and the characters that draw nothing: the soft hyphen, the combining grapheme joiner,
 * the Hangul and Khmer fillers and vowels that stand for nothing, Mongolian selectors.
 */
const INVISIBLE_IN_NAME = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\uffa0]|\u200c|(?<!\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?)\u200d|\u200d(?!\p{Extended_Pictographic})/u;

/** Trims, folds runs of white space (newlines included) into one space, and refuses control characters. */
function clean(value: string, what: 'text' | 'name' | 'note' | 'cue', max: number, example: () => string, invisible?: RegExp): string {
  const m = t().promise;
  const text = value.normalize('NFC').replace(/[\t\n\r]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') throw usageError(m.empty({ what }), m.emptyHint({ example: example() }));
  if (CONTROL.test(text) || invisible?.test(text)) throw usageError(m.invisible({ what }), m.invisibleHint());
  const length = [...text].length;
  if (length > max) throw usageError(m.tooLong({ what, length, max }), m.tooLongHint());
  return text;
}

export const cleanText = (value: string) => clean(value, 'text', LIMITS.text, t().promise.exampleText);
export const cleanName = (value: string) => clean(value, 'name', LIMITS.name, t().promise.exampleName, INVISIBLE_IN_NAME);

/** Notes are optional: an empty note is no note. */
export function cleanNote(value: string | undefined | null): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  return clean(value, 'note', LIMITS.note, t().promise.exampleNote);
}

/** The if-then cue of a promise ("after the Monday stand-up"): optional, as a note is. */
export function cleanCue(value: string | undefined | null): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  return clean(value, 'cue', LIMITS.cue, t().promise.exampleCue);
}

/**
 * Names are unique without regard to case: "alice" and "Alice" are one person. toLowerCase is
 * Unicode's default lower-casing, the same as toLocaleLowerCase('und') (the root locale) without
 * asking ICU for a locale first.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/**
 * The Japanese words for relations and statuses, read whatever the interface's language, as
 * dates are: someone who thinks 仕事 may type it in an English session too.
 */
const JAPANESE_WORDS: Record<string, string> = {
  仕事: 'work', パートナー: 'partner', 恋人: 'partner', 家族: 'family', 友人: 'friend', 友達: 'friend', 顧客: 'customer', お客様: 'customer', 自分: 'self', その他: 'other',
  進行中: 'open', 未完了: 'open', 守った: 'kept', 破った: 'broken', 取り下げ: 'released', 取り下げた: 'released', すべて: 'all', 全部: 'all',
};

function oneOf<T extends string>(list: readonly T[], value: string, problem: (value: string) => string): T {
  const typed = value.normalize('NFKC').trim().toLowerCase();
  const found = list.find((item) => item === typed || item === JAPANESE_WORDS[typed]);
  if (found) return found;
  throw usageError(problem(value), t().words.useOneOf({ list: list.join(', ') }));
}

export const parseRelation = (value: string) => oneOf(RELATIONS, value, (v) => t().words.notARelation({ value: v }));
export const parseStatus = (value: string) => oneOf(STATUSES, value, (v) => t().words.notAStatus({ value: v }));
/** A status to list by: any of them, or all. */
export const parseStatusFilter = (value: string) => oneOf([...STATUSES, 'all'] as const, value, (v) => t().words.notAStatus({ value: v }));

/**
 * A due moment as a sortable key, "YYYY-MM-DD HH:mm", with "24:00" for a day without a time so
 * that it sorts after every time that day. The store indexes the same expression.
 */
export function dueKey(due: Day): string {
  return `${due.date} ${due.time ?? '24:00'}`;
}

/** The minute an instant falls in, in the same form as dueKey. */
export function momentKey(at: Date): string {
  return `${localDate(at)} ${localTime(at)}`;
}

/** A promise kept after its due minute was kept late. */
export function isLate(due: Day | null, resolvedAt: Date): boolean {
  return due !== null && momentKey(resolvedAt) > dueKey(due);
}

/**
 * The moment a promise was resolved, when the user said only the day ("kept on Thursday"): the
 * end of that day, except for a promise due at a time that same day, which is taken as kept by
 * its due time. Stored that way, the moment and the stored `late` (which the figures count from)
 * agree: a keep on the due day is on time, a keep on a later day is late.
 */
export function resolvedAt(p: Pick<PromiseRecord, 'due' | 'madeAt'>, when: Happened): Date {
  if (when.wholeDay === null || p.due === null || p.due.time === null || p.due.date !== when.wholeDay) return when.at;
  const byDue = instantOf(p.due);
  return happenedBeforeMade(p, byDue) ? when.at : byDue;
}

/** Open and past its due minute. */
export function isOverdue(p: Pick<PromiseRecord, 'status' | 'due'>, now: Date): boolean {
  return p.status === 'open' && p.due !== null && dueKey(p.due) < momentKey(now);
}

/** A due date must still be ahead: a promise due in the past is already kept or broken. */
export function checkDueAhead(due: Day, now: Date): void {
  if (dueKey(due) <= momentKey(now)) {
    const m = t().promise;
    throw usageError(m.duePassed({ due: `${due.date}${due.time ? ' ' + due.time : ''}` }), m.duePassedHint());
  }
}

/** A due date as typed by the user, which must still lie ahead. */
export function parseDue(input: string, now: Date): Day {
  const due = parseDayOrThrow(input, now, 'future', t().dateInput.dueDate());
  checkDueAhead(due, now);
  return due;
}

/** Only an open promise can be kept, broken, released or renegotiated. */
export function checkOpen(p: Pick<PromiseRecord, 'id' | 'status'>, action: Outcome | 'renegotiate'): void {
  if (p.status !== 'open') {
    const m = t().promise;
    throw new TrustError(m.notOpen({ id: p.id, status: t().words.status[p.status](), action }), 1, m.notOpenHint({ id: p.id }));
  }
}

/**
 * An outcome dated before the promise was made would put history out of order ("kept Thu" under
 * "made Sun"). Compared to the minute, as people type times: "today 9:30" for a promise logged
 * at 9:30:40 is not before it.
 */
export function happenedBeforeMade(p: Pick<PromiseRecord, 'madeAt'>, at: Date): boolean {
  const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
  return minute(at) < minute(p.madeAt);
}

/** Over-promising warning: more than BUSY_WEEK open promises due in one week. */
export const isBusyWeek = (openDueThatWeek: number) => openDueThatWeek > BUSY_WEEK;

function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Names close to what was typed ("Alicia" → "Alice", "al" → "Alice"), for "did you mean". */
export function similarNames(typed: string, names: string[], most = 3): string[] {
  const key = nameKey(typed.trim());
  if (key === '') return [];
  const chars = [...key];
  const allowed = Math.max(1, Math.floor(chars.length / 3));
  return names
    .map((name) => ({ name, other: nameKey(name) }))
    .filter(({ other }) => other.includes(key) || key.includes(other) || editDistance(chars, [...other]) <= allowed)
    .slice(0, most)
    .map(({ name }) => name);
}
