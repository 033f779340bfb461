/**
 * The checks an import runs on a whole parsed export before it changes anything: every field of
 * every item, by the same rules as typed input (text limits and control characters, real
 * calendar dates and weeks, the checklist's steps), so that nothing a file brings in can break a
 * later command. Text is stored as typing it would store it (trimmed, NFC) and every instant in
 * the one form trust writes (UTC, milliseconds), so that instants compare as text afterwards.
 */
import { APOLOGY_PARTS } from './apology.js';
import { CAUSES, CHECKLIST_VERSION, checklist, type Cause, type StepKind } from './checklist.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format.js';
import { CONTROL, EVENT_KINDS, LIMITS, RELATIONS, STATUSES, cleanCue, cleanName, cleanNote, cleanText } from './promise.js';
import { REPAIR_KINDS, REPAIR_STATES } from './repair.js';
import { weekFromKey } from './weeks.js';
import { IdSet, UuidMap, UuidSet } from './compact-sets.js';
import { t } from '../i18n/messages.js';

/** The reasons, in the language of the interface (src/i18n/<language>/export-check.ts). */
const reason = () => t().exportCheck;

/**
 * The largest id an import takes: twelve digits. Ids stay exact far below 2^53, and a journal can
 * still add a thousand times as many rows before an id outgrows the 15 digits `trust show` reads.
 */
export const MAX_ID = 999_999_999_999;

type Obj = Record<string, unknown>;

/** Thrown at the first problem: one item named is enough to find it, and a hostile file can have millions. */
export class ExportProblem extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-](\d{2}):(\d{2}))$/;
const OWN_INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A real calendar day written YYYY-MM-DD: the date parser of typed input refuses 2026-02-30. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written as trust writes it. Checked by arithmetic: an import checks hundreds of thousands. */
export const isDay = (v: unknown): v is string => {
  if (typeof v !== 'string' || !DAY.test(v)) return false;
  const y = digits(v, 0, 4);
  const month = digits(v, 5, 7);
  const d = digits(v, 8, 10);
  // Years before 100 are refused, as calendar.ts's isRealDate refuses them (Date reads 0050 as 1950).
  return y >= 100 && month >= 1 && month <= 12 && d >= 1 && d <= daysInMonth(y, month);
};
/** The number written in text[from, to), all digits. */
const digits = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};
const daysInMonth = (y: number, month: number) =>
  month === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
const isWeek = (v: unknown): v is string => typeof v === 'string' && weekFromKey(v)?.key === v;
const codePoints = (s: string, max: number) => (s.length <= max ? s.length : [...s].length);

/** A path into the file ("promises[3].history[0].at") and the checks on the value found there. */
class At {
  constructor(readonly path: string) {}
  fail(what: string): never {
    throw new ExportProblem(`${this.path}: ${what}`);
  }
  key(k: string) {
    return new At(`${this.path}.${k}`);
  }
  index(i: number) {
    return new At(`${this.path}[${i}]`);
  }
  object(v: unknown, keys?: readonly string[]): Obj {
    if (!isObject(v)) this.fail(reason().object());
    if (keys) for (const k of Object.keys(v)) if (!keys.includes(k)) this.fail(reason().unknownKey({ key: k.slice(0, 40) }));
    return v;
  }
  list(v: unknown): unknown[] {
    if (!Array.isArray(v)) this.fail(reason().list());
    return v;
  }
  /** Free text written by the user (answers, titles): any length up to max, no control characters. */
  text(v: unknown, max: number, { nullable = false, empty = true } = {}): string | null {
    if (v === null && nullable) return null;
    if (typeof v !== 'string') this.fail(nullable ? reason().textOrNull() : reason().text());
    const length = codePoints(v, max);
    if (length > max) this.fail(reason().tooLong({ length, max }));
    // Line breaks are allowed here (an apology draft has paragraphs); what rewrites a terminal is not.
    if (CONTROL.test(v.replace(/\r\n/g, '\n'))) this.fail(reason().invisible());
    if (!empty && v.trim() === '') this.fail(reason().empty());
    return v;
  }
  /** Text held to the rules of typed input, returned cleaned as typing it would have stored it. */
  typed(v: unknown, clean: (s: string) => string | null, max: number, nullable = false): string | null {
    if (v === null && nullable) return null;
    if (typeof v !== 'string') this.fail(nullable ? reason().textOrNull() : reason().text());
    // A code point is at most two code units: longer than that, no cleaning brings it under the limit.
    if (v.length > 2 * max) this.fail(reason().tooLong({ length: codePoints(v, Infinity), max }));
    try {
      return clean(v);
    } catch (e) {
      return this.fail((e as Error).message.replace(/\.$/, ''));
    }
  }
  oneOf<T extends string>(v: unknown, list: readonly T[]): T {
    if (!list.includes(v as T)) this.fail(reason().oneOf({ values: list.join(', ') }));
    return v as T;
  }
  id(v: unknown): number {
    if (!Number.isSafeInteger(v) || (v as number) < 1 || (v as number) > MAX_ID) this.fail(reason().id({ max: MAX_ID }));
    return v as number;
  }
  count(v: unknown): number {
    if (!Number.isSafeInteger(v) || (v as number) < 0) this.fail(reason().count());
    return v as number;
  }
  bool(v: unknown): boolean {
    if (typeof v !== 'boolean') this.fail(reason().boolean());
    return v;
  }
  uuid(v: unknown): string {
    if (typeof v !== 'string' || !UUID.test(v)) this.fail(reason().uuid());
    return v;
  }
  /** An instant, returned in trust's own form (UTC, with milliseconds). */
  instant(v: unknown, nullable = false): string | null {
    if (v === null && nullable) return null;
    // Trust's own form, as every export writes it, is checked without building a Date: an
    // import checks millions of them.
    if (typeof v === 'string' && OWN_INSTANT.test(v) && isDay(v.slice(0, 10)) && v.slice(11, 13) < '24' && v.slice(14, 16) < '60' && v.slice(17, 19) < '60') {
      return v;
    }
    const m = typeof v === 'string' ? ISO_INSTANT.exec(v) : null;
    if (!m) this.fail(typeof v === 'string' ? reason().instant({ value: v.slice(0, 40) }) : reason().instantMissing());
    const [, day, hh, mm, ss, , , oh, om] = m;
    if (!isDay(day) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59 || Number(oh ?? 0) > 23 || Number(om ?? 0) > 59) this.fail(reason().notRealTime({ value: v as string }));
    const at = new Date(v as string);
    if (Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1000 || at.getUTCFullYear() > 9999) this.fail(reason().notRealTime({ value: v as string }));
    return at.toISOString();
  }
  day(v: unknown, nullable = false): string | null {
    if (v === null && nullable) return null;
    if (!isDay(v)) this.fail(typeof v === 'string' ? reason().day({ value: v.slice(0, 40) }) : reason().dayMissing());
    return v;
  }
  time(v: unknown): string | null {
    if (v === null) return null;
    if (typeof v !== 'string' || !TIME.test(v)) this.fail(typeof v === 'string' ? reason().timeOfDay({ value: v.slice(0, 40) }) : reason().timeOfDayMissing());
    return v;
  }
  week(v: unknown, nullable = false): string | null {
    if (v === null && nullable) return null;
    if (!isWeek(v)) this.fail(typeof v === 'string' ? reason().week({ value: v.slice(0, 40) }) : reason().weekMissing());
    return v;
  }
  /** A rhythm in days, or null or absent for the default. */
  rhythm(v: unknown): void {
    if (v !== undefined && v !== null && (!Number.isInteger(v) || (v as number) < 1 || (v as number) > LONGEST_RHYTHM)) this.fail(reason().rhythm({ max: LONGEST_RHYTHM }));
  }
  /** A share from 0 to 1, or null when there was nothing to count. */
  rate(v: unknown): void {
    if (v !== null && (typeof v !== 'number' || !(v >= 0 && v <= 1))) this.fail(reason().ratio());
  }
}

/** A due date inside history details: {date, time}. */
function checkDay(at: At, v: unknown, nullable: boolean): void {
  if (v === null && nullable) return;
  const d = at.object(v, ['date', 'time']);
  at.key('date').day(d.date);
  at.key('time').time(d.time ?? null);
}

const ORIGIN_KEYS = ['origin', 'file'];

/** History details: what show and the exports read from them, and where a change came from. */
function checkDetail(at: At, kind: string, v: unknown): void {
  if (v === null) return;
  if (kind === 'renegotiated') {
    const d = at.object(v, ['from', 'to', ...ORIGIN_KEYS]);
    checkDay(at.key('from'), d.from ?? null, true);
    checkDay(at.key('to'), d.to, false);
  } else if (kind === 'edited') {
    const d = at.object(v, ['from', 'to', ...ORIGIN_KEYS]);
    const fields = ['text', 'note', 'cue', 'due', 'person'];
    const from = at.key('from').object(d.from, fields);
    const to = at.key('to').object(d.to, fields);
    for (const side of [[at.key('from'), from], [at.key('to'), to]] as const) {
      const [where, o] = side;
      for (const [k, value] of Object.entries(o)) {
        if (k === 'due') checkDay(where.key(k), value, true);
        else where.key(k).text(value, k === 'note' ? LIMITS.note : k === 'cue' ? LIMITS.cue : k === 'text' ? LIMITS.text : LIMITS.name, { nullable: k === 'note' || k === 'cue' });
      }
    }
  } else at.object(v, ORIGIN_KEYS);
  const d = v as Obj;
  if (d.origin !== undefined) at.key('origin').text(d.origin, 40);
  if (d.file !== undefined) at.key('file').text(d.file, 255);
}

/** A repair answer, by the kind of its step: the shapes the repair walk saves and the views read. */
function checkAnswer(at: At, kind: StepKind, v: unknown, promiseIds: IdSet): void {
  const note = (o: Obj, k: string) => at.key(k).text(o[k], LIMITS.note, { empty: false });
  switch (kind) {
    case 'text': {
      const a = at.object(v, ['text', 'flagged']);
      note(a, 'text');
      if (a.flagged !== undefined) at.key('flagged').list(a.flagged).forEach((f, i) => at.key('flagged').index(i).text(f, LIMITS.note));
      return;
    }
    case 'apology': {
      const a = at.object(v, ['parts', 'draft']);
      const parts = at.key('parts').object(a.parts, APOLOGY_PARTS);
      for (const p of APOLOGY_PARTS) at.key('parts').key(p).text(parts[p], 500);
      // Six parts of up to 500 characters, joined with their leads: longer than a note may be.
      at.key('draft').text(a.draft, 4000, { empty: false });
      return;
    }
    case 'promises': {
      const a = at.object(v, ['promiseIds']);
      at.key('promiseIds').list(a.promiseIds).forEach((id, i) => {
        if (!promiseIds.has(at.key('promiseIds').index(i).id(id))) at.key('promiseIds').index(i).fail(reason().notAPromise({ id: String(id) }));
      });
      return;
    }
    case 'done-yet': {
      const a = at.object(v, ['text', 'at']);
      note(a, 'text');
      a.at = at.key('at').instant(a.at);
      return;
    }
    case 'checkins': {
      const a = at.object(v, ['dates']);
      at.key('dates').list(a.dates).forEach((d, i) => at.key('dates').index(i).day(d));
      return;
    }
    case 'prevention': {
      // Checklist 2 asks why and what will change apart; text holds both, for the views.
      const a = at.object(v, ['text', 'why', 'change']);
      note(a, 'text');
      note(a, 'why');
      at.key('change').text(a.change, 500, { empty: false });
      return;
    }
    case 'close':
      note(at.object(v, ['learned']), 'learned');
  }
}

const COUNTS = ['made', 'due', 'keptOnTime', 'keptLate', 'broken', 'released', 'renegotiated', 'stillOpen', 'overdue'];

/** A review's figures as they stood: the shape figuresOf saves and the review views read. */
function checkFigures(at: At, v: unknown, week: string): void {
  const f = at.object(v, ['week', 'weekStart', 'weekEnd', 'counts', 'keepRate', 'streaks', 'people', 'repairs', 'quiet', 'series']);
  const w = weekFromKey(week)!;
  if (f.week !== week || f.weekStart !== w.start || f.weekEnd !== w.end) at.fail(reason().wrongWeek({ week, start: w.start, end: w.end }));
  const counts = at.key('counts').object(f.counts, COUNTS);
  for (const k of COUNTS) at.key('counts').key(k).count(counts[k]);
  const rate = at.key('keepRate').object(f.keepRate, ['thisWeek', 'fourWeeksBefore', 'change']);
  at.key('keepRate').key('thisWeek').rate(rate.thisWeek);
  at.key('keepRate').key('fourWeeksBefore').rate(rate.fourWeeksBefore);
  if (rate.change !== null && (!Number.isInteger(rate.change) || Math.abs(rate.change as number) > 100)) at.key('keepRate').key('change').fail(reason().change());
  const streaks = at.key('streaks').object(f.streaks, ['keep', 'cleanWeeks', 'reviews']);
  for (const k of ['keep', 'cleanWeeks', 'reviews']) {
    const where = at.key('streaks').key(k);
    const s = where.object(streaks[k], k === 'keep' ? ['current', 'best', 'currentLate'] : ['current', 'best']);
    where.key('current').count(s.current);
    where.key('best').count(s.best);
    if (k === 'keep') where.key('currentLate').count(s.currentLate);
  }
  at.key('people').list(f.people).forEach((p, i) => {
    const where = at.key('people').index(i);
    const o = where.object(p, ['person', 'made', 'kept', 'broken', 'released', 'open']);
    where.key('person').text(o.person, LIMITS.name, { empty: false });
    for (const k of ['made', 'kept', 'broken', 'released', 'open']) where.key(k).count(o[k]);
  });
  at.key('repairs').list(f.repairs).forEach((r, i) => {
    const where = at.key('repairs').index(i);
    const o = where.object(r, ['id', 'person', 'progress', 'nextStep']);
    where.key('id').id(o.id);
    where.key('person').text(o.person, LIMITS.name, { empty: false });
    if (typeof o.progress !== 'string' || !/^\d{1,3}\/\d{1,3}$/.test(o.progress)) where.key('progress').fail(reason().progress());
    where.key('nextStep').text(o.nextStep, 200, { nullable: true });
  });
  at.key('quiet').list(f.quiet).forEach((q, i) => {
    const where = at.key('quiet').index(i);
    // rhythmDays and neverInTouch came with rhythms; a review saved before them has neither.
    const o = where.object(q, ['name', 'days', 'rhythmDays', 'neverInTouch']);
    where.key('name').text(o.name, LIMITS.name, { empty: false });
    where.key('days').count(o.days);
    where.key('rhythmDays').rhythm(o.rhythmDays);
    if (o.neverInTouch !== undefined) where.key('neverInTouch').bool(o.neverInTouch);
  });
  at.key('series').list(f.series).forEach((s, i) => {
    const where = at.key('series').index(i);
    const o = where.object(s, ['week', 'rate']);
    where.key('week').week(o.week);
    where.key('rate').rate(o.rate);
  });
}

const PROMISE_KEYS = [
  'uuid', 'id', 'person', 'conversation', 'repair', 'text', 'note', 'cue', 'status', 'madeAt', 'due', 'dueTime', 'resolvedAt', 'resolvedWeek', 'late', 'deletedAt',
  'updatedAt', 'history', 'apologies',
];
/** The longest rhythm a person may have, in days: about ten years. The journal holds the same bound. */
const LONGEST_RHYTHM = 3660;

export type SectionName = 'people' | 'conversations' | 'promises' | 'repairs' | 'reviews';
/** The order of the sections in a file: an item refers only to items of sections before its own, except a promise's repair. */
export const SECTION_ORDER: readonly SectionName[] = ['people', 'conversations', 'promises', 'repairs', 'reviews'];

/**
 * Checks an export item by item, as it is read, and puts its text and instants in the form trust
 * stores. Throws an ExportProblem naming the first thing wrong ("promises[3].status: should be
 * one of …"). What it keeps to check references is compact (compact-sets.ts), so a file of a
 * million promises is checked in a few tens of megabytes.
 */
export class ExportChecker {
  /** Conversations keep their ids too: a promise names its conversation by UUID, and the import asks for the id. */
  private readonly conversationIds = new UuidMap();
  private readonly uuids = new Map<SectionName, UuidSet>(SECTION_ORDER.map((s) => [s, s === 'conversations' ? this.conversationIds : new UuidSet()]));
  private readonly ids = new Map<SectionName, IdSet>(SECTION_ORDER.map((s) => [s, new IdSet()]));
  private readonly weeks = new Set<string>();
  /** Promises naming a repair: checked once the repairs, which come after them, have been read. */
  private readonly repairRefs: Array<{ index: number; uuid: unknown }> = [];
  private current = -1;

  /** The id the file gives the conversation of this UUID, once that conversation has passed. */
  conversationId(uuid: string): number | undefined {
    return this.conversationIds.get(uuid);
  }

  /** The file's top level, without its sections. */
  header(value: unknown): void {
    const root = new At('file');
    const data = root.object(value);
    if (data.format !== EXPORT_FORMAT) root.fail(reason().notAnExport());
    if (typeof data.formatVersion === 'number' && Number.isInteger(data.formatVersion) && data.formatVersion > EXPORT_VERSION) {
      root.fail(reason().newerFormat({ version: String(data.formatVersion), supported: EXPORT_VERSION }));
    }
    if (!Number.isInteger(data.formatVersion) || (data.formatVersion as number) < 1) root.key('formatVersion').fail(reason().formatVersion({ max: EXPORT_VERSION }));
    if (data.exportedAt !== undefined) data.exportedAt = root.key('exportedAt').instant(data.exportedAt);
    if (data.anonymized !== undefined) root.key('anonymized').bool(data.anonymized);
  }

  /** Starts a section: each comes once, in SECTION_ORDER. */
  section(name: SectionName): void {
    const order = SECTION_ORDER.indexOf(name);
    for (let skipped = this.current + 1; skipped < order; skipped++) new At(SECTION_ORDER[skipped]!).fail(reason().list());
    if (order <= this.current) new At(name).fail(order > 0 ? reason().sectionAfter({ sections: SECTION_ORDER.slice(0, order).join(', ') }) : reason().sectionFirst());
    this.current = order;
  }

  /** One item of the current section, its place in it counted from 0. */
  item(name: SectionName, index: number, value: unknown): void {
    const where = new At(`${name}[${index}]`);
    const o = where.object(value);
    const uuid = where.key('uuid').uuid(o.uuid);
    const id = where.key('id').id(o.id);
    const added = name === 'conversations' ? this.conversationIds.addWith(uuid, id) : this.uuids.get(name)!.add(uuid);
    if (!added) where.key('uuid').fail(reason().twice());
    if (!this.ids.get(name)!.add(id)) where.key('id').fail(reason().idTwice({ id: String(id) }));
    this[name](where, o, index);
  }

  /** After the last item: what could only be checked once everything was read. */
  finish(): void {
    for (let missing = this.current + 1; missing < SECTION_ORDER.length; missing++) new At(SECTION_ORDER[missing]!).fail(reason().list());
    for (const { index, uuid } of this.repairRefs) {
      if (typeof uuid !== 'string' || !this.uuids.get('repairs')!.has(uuid)) new At(`promises[${index}].repair`).fail(reason().unknownRepair());
    }
  }

  private person(at: At, v: unknown): void {
    if (typeof v !== 'string' || !UUID.test(v) || !this.uuids.get('people')!.has(v)) at.fail(reason().unknownPerson());
  }

  private people(at: At, o: Obj): void {
    o.name = at.key('name').typed(o.name, cleanName, LIMITS.name);
    at.key('relation').oneOf(o.relation, RELATIONS);
    at.key('rhythmDays').rhythm(o.rhythmDays);
    o.createdAt = at.key('createdAt').instant(o.createdAt);
    o.updatedAt = at.key('updatedAt').instant(o.updatedAt);
  }

  private conversations(at: At, o: Obj): void {
    this.person(at.key('person'), o.person);
    o.at = at.key('at').instant(o.at);
  }

  private promises(at: At, o: Obj, index: number): void {
    at.object(o, PROMISE_KEYS);
    this.person(at.key('person'), o.person);
    const conversation = o.conversation;
    if (conversation !== null && (typeof conversation !== 'string' || !UUID.test(conversation) || !this.uuids.get('conversations')!.has(conversation))) {
      at.key('conversation').fail(reason().unknownConversation());
    }
    if (o.repair !== null) this.repairRefs.push({ index, uuid: o.repair });
    o.text = at.key('text').typed(o.text, cleanText, LIMITS.text);
    o.note = at.key('note').typed(o.note, cleanNote, LIMITS.note, true);
    if (o.cue !== undefined) o.cue = at.key('cue').typed(o.cue, cleanCue, LIMITS.cue, true);
    const status = at.key('status').oneOf(o.status, STATUSES);
    o.madeAt = at.key('madeAt').instant(o.madeAt);
    at.key('due').day(o.due, true);
    at.key('dueTime').time(o.dueTime);
    if (o.due === null && o.dueTime !== null) at.key('dueTime').fail(reason().timeWithoutDue());
    o.resolvedAt = at.key('resolvedAt').instant(o.resolvedAt, true);
    if (o.resolvedWeek !== undefined) at.key('resolvedWeek').week(o.resolvedWeek, true);
    if ((status === 'open') !== (o.resolvedAt === null)) at.fail(reason().openUnresolved());
    if (status === 'open' && o.resolvedWeek != null) at.key('resolvedWeek').fail(reason().weekOnOpen());
    if (at.key('late').bool(o.late) && status !== 'kept') at.key('late').fail(reason().lateNotKept());
    o.deletedAt = at.key('deletedAt').instant(o.deletedAt, true);
    o.updatedAt = at.key('updatedAt').instant(o.updatedAt);
    at.key('history').list(o.history).forEach((e, j) => {
      const where = at.key('history').index(j);
      const ev = where.object(e, ['kind', 'at', 'recordedAt', 'note', 'detail']);
      const kind = where.key('kind').oneOf(ev.kind, EVENT_KINDS);
      ev.at = where.key('at').instant(ev.at);
      ev.recordedAt = where.key('recordedAt').instant(ev.recordedAt);
      ev.note = where.key('note').typed(ev.note, cleanNote, LIMITS.note, true);
      ev.detail ??= null;
      checkDetail(where.key('detail'), kind, ev.detail);
    });
    if (o.apologies !== undefined) {
      at.key('apologies').list(o.apologies).forEach((a, j) => {
        const where = at.key('apologies').index(j);
        const apology = where.object(a, ['saidAt', 'note', 'recordedAt']);
        apology.saidAt = where.key('saidAt').instant(apology.saidAt);
        apology.note = where.key('note').typed(apology.note, cleanNote, LIMITS.note, true);
        apology.recordedAt = where.key('recordedAt').instant(apology.recordedAt);
      });
    }
  }

  private repairs(at: At, o: Obj): void {
    at.object(o, ['uuid', 'id', 'person', 'promise', 'cause', 'kind', 'checklistVersion', 'state', 'learned', 'apologyAt', 'startedAt', 'closedAt', 'updatedAt', 'answers', 'checkins']);
    if (o.kind !== undefined) at.key('kind').oneOf(o.kind, REPAIR_KINDS);
    if (o.apologyAt !== undefined) o.apologyAt = at.key('apologyAt').instant(o.apologyAt, true);
    this.person(at.key('person'), o.person);
    if (o.promise !== null && (typeof o.promise !== 'string' || !UUID.test(o.promise) || !this.uuids.get('promises')!.has(o.promise))) {
      at.key('promise').fail(reason().unknownPromise());
    }
    const cause = at.key('cause').oneOf(o.cause, CAUSES) as Cause;
    // Every checklist this trust knows: a repair keeps the version it was started with.
    const version = Number.isInteger(o.checklistVersion) && (o.checklistVersion as number) >= 1 && (o.checklistVersion as number) <= CHECKLIST_VERSION ? (o.checklistVersion as number) : null;
    if (version === null) at.key('checklistVersion').fail(reason().checklistVersion({ max: CHECKLIST_VERSION }));
    const state = at.key('state').oneOf(o.state, REPAIR_STATES);
    o.learned = at.key('learned').typed(o.learned, cleanNote, LIMITS.note, true);
    o.startedAt = at.key('startedAt').instant(o.startedAt);
    o.closedAt = at.key('closedAt').instant(o.closedAt, true);
    if ((state === 'in progress') !== (o.closedAt === null)) at.fail(reason().openRepairUnclosed());
    o.updatedAt = at.key('updatedAt').instant(o.updatedAt);
    const steps = new Map(checklist(cause, version ?? CHECKLIST_VERSION, o.kind === 'self' ? 'self' : 'apology').map((s) => [s.key, s.kind]));
    const answered = new Set<string>();
    at.key('answers').list(o.answers).forEach((a, j) => {
      const where = at.key('answers').index(j);
      const answer = where.object(a, ['step', 'title', 'answer', 'answeredAt']);
      const kind = steps.get(answer.step as string);
      if (kind === undefined) where.key('step').fail(reason().notAStep({ cause, steps: [...steps.keys()].join(', ') }));
      if (answered.has(answer.step as string)) where.key('step').fail(reason().answeredTwice());
      answered.add(answer.step as string);
      where.key('title').text(answer.title, 200, { empty: false });
      checkAnswer(where.key('answer'), kind!, answer.answer, this.ids.get('promises')!);
      answer.answeredAt = where.key('answeredAt').instant(answer.answeredAt);
    });
    at.key('checkins').list(o.checkins).forEach((d, j) => at.key('checkins').index(j).day(d));
  }

  private reviews(at: At, o: Obj): void {
    at.object(o, ['uuid', 'id', 'week', 'figures', 'createdAt', 'updatedAt', 'answers']);
    const week = at.key('week').week(o.week)!;
    if (this.weeks.has(week)) at.key('week').fail(reason().twice());
    this.weeks.add(week);
    checkFigures(at.key('figures'), o.figures, week);
    o.createdAt = at.key('createdAt').instant(o.createdAt);
    o.updatedAt = at.key('updatedAt').instant(o.updatedAt);
    at.key('answers').list(o.answers).forEach((a, j) => {
      const where = at.key('answers').index(j);
      const answer = where.object(a, ['promptKey', 'prompt', 'answer', 'intention', 'followed', 'followedIn', 'answeredAt']);
      where.key('promptKey').text(answer.promptKey, 200, { empty: false });
      where.key('prompt').text(answer.prompt, LIMITS.note, { empty: false });
      where.key('answer').text(answer.answer, LIMITS.note);
      where.key('intention').bool(answer.intention);
      if (answer.followed !== null) where.key('followed').oneOf(answer.followed, ['yes', 'partly', 'no']);
      where.key('followedIn').week(answer.followedIn, true);
      answer.answeredAt = where.key('answeredAt').instant(answer.answeredAt);
    });
  }
}

/**
 * Checks a whole parsed file, and puts its text and instants in the form trust stores. `visit`
 * sees each item once it has passed (the import writes it then).
 */
export function checkExport(value: unknown, visit?: (section: SectionName, item: object, index: number) => void): ExportChecker {
  const checker = new ExportChecker();
  checker.header(value);
  const data = value as Obj;
  for (const name of SECTION_ORDER) {
    checker.section(name);
    new At(name).list(data[name]).forEach((item, i) => {
      checker.item(name, i, item);
      visit?.(name, item as object, i);
    });
  }
  checker.finish();
  return checker;
}
