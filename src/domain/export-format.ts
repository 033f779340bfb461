/**
 * trust's export format (JSON): everything in the journal, with UUIDs for identity and ISO
 * dates, and the checks an import runs on a whole file before it changes anything.
 */
import { CAUSES } from './checklist.js';
import { EVENT_KINDS, RELATIONS, STATUSES } from './promise.js';
import { REPAIR_STATES } from './repair.js';

export const EXPORT_FORMAT = 'trust-export' as const;
export const EXPORT_VERSION = 1;

export interface ExportEvent {
  kind: string;
  at: string;
  recordedAt: string;
  note: string | null;
  detail: unknown;
}
export interface ExportPerson {
  uuid: string;
  id: number;
  name: string;
  relation: string;
  createdAt: string;
  updatedAt: string;
}
export interface ExportConversation {
  uuid: string;
  id: number;
  person: string;
  at: string;
}
export interface ExportPromise {
  uuid: string;
  id: number;
  person: string;
  conversation: string | null;
  repair: string | null;
  text: string;
  note: string | null;
  status: string;
  madeAt: string;
  due: string | null;
  dueTime: string | null;
  resolvedAt: string | null;
  /** The ISO week the resolution counts in (version 5 on); older exports leave it out. */
  resolvedWeek?: string | null;
  late: boolean;
  deletedAt: string | null;
  updatedAt: string;
  history: ExportEvent[];
}
export interface ExportRepair {
  uuid: string;
  id: number;
  person: string;
  promise: string | null;
  cause: string;
  checklistVersion: number;
  state: string;
  learned: string | null;
  startedAt: string;
  closedAt: string | null;
  updatedAt: string;
  answers: Array<{ step: string; title: string; answer: unknown; answeredAt: string }>;
  checkins: string[];
}
export interface ExportReview {
  uuid: string;
  id: number;
  week: string;
  figures: unknown;
  createdAt: string;
  updatedAt: string;
  answers: Array<{ promptKey: string; prompt: string; answer: string; intention: boolean; followed: string | null; followedIn: string | null; answeredAt: string }>;
}
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  anonymized: boolean;
  people: ExportPerson[];
  conversations: ExportConversation[];
  promises: ExportPromise[];
  repairs: ExportRepair[];
  reviews: ExportReview[];
}

/** Collects what is wrong with a file, as "promises[3].status: …" lines. */
class Checker {
  constructor(
    private readonly where: string,
    readonly problems: string[] = [],
  ) {}
  at(where: string) {
    return new Checker(`${this.where}${where}`, this.problems);
  }
  fail(what: string) {
    this.problems.push(`${this.where}: ${what}`);
  }
  string(o: Record<string, unknown>, key: string, { nullable = false, max = 100_000, pattern }: { nullable?: boolean; max?: number; pattern?: RegExp } = {}) {
    const v = o[key];
    if (v === null && nullable) return;
    if (typeof v !== 'string') return this.at(`.${key}`).fail(nullable ? 'should be text or null' : 'should be text');
    // Counted in code points, as trust counts text; code units are never fewer, so most need no count.
    if (v.length > max && [...v].length > max) this.at(`.${key}`).fail(`is longer than ${max} characters`);
    if (pattern && !pattern.test(v)) this.at(`.${key}`).fail(`"${v.slice(0, 40)}" is not in the expected form`);
  }
  date(o: Record<string, unknown>, key: string, nullable = false) {
    this.string(o, key, { nullable, pattern: ISO_INSTANT });
    if (typeof o[key] === 'string' && Number.isNaN(new Date(o[key] as string).getTime())) this.at(`.${key}`).fail('is not a real time');
  }
  oneOf(o: Record<string, unknown>, key: string, list: readonly string[]) {
    if (!list.includes(o[key] as string)) this.at(`.${key}`).fail(`should be one of ${list.join(', ')}`);
  }
  int(o: Record<string, unknown>, key: string) {
    if (!Number.isSafeInteger(o[key]) || (o[key] as number) < 1) this.at(`.${key}`).fail('should be a positive whole number');
  }
  bool(o: Record<string, unknown>, key: string) {
    if (typeof o[key] !== 'boolean') this.at(`.${key}`).fail('should be true or false');
  }
  array(o: Record<string, unknown>, key: string): Record<string, unknown>[] {
    if (!Array.isArray(o[key])) {
      this.at(`.${key}`).fail('should be a list');
      return [];
    }
    return o[key] as Record<string, unknown>[];
  }
  object(v: unknown): v is Record<string, unknown> {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return true;
    this.fail('should be an object');
    return false;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const WEEK = /^\d{4}-W\d{2}$/;

/** Checks a whole parsed file. Returns the problems found; an empty list means it can be imported. */
export function validateExport(data: unknown): string[] {
  const root = new Checker('file');
  if (!root.object(data)) return root.problems;
  if (data.format !== EXPORT_FORMAT) return ['file: this is not a trust export (no "format": "trust-export")'];
  if (typeof data.formatVersion !== 'number' || data.formatVersion > EXPORT_VERSION) {
    return [`file: export format version ${String(data.formatVersion)} is newer than this trust reads (${EXPORT_VERSION}); update trust`];
  }
  const people = new Set<string>();
  const list = (key: string, check: (c: Checker, o: Record<string, unknown>) => void) => {
    const seen = new Set<string>();
    root.array(data, key).forEach((item, i) => {
      const c = new Checker(`${key}[${i}]`, root.problems);
      if (!c.object(item)) return;
      c.string(item, 'uuid', { pattern: UUID });
      if (seen.has(item.uuid as string)) c.at('.uuid').fail('appears twice');
      seen.add(item.uuid as string);
      check(c, item);
    });
    return seen;
  };
  list('people', (c, o) => {
    c.int(o, 'id');
    c.string(o, 'name', { max: 80 });
    c.oneOf(o, 'relation', RELATIONS);
    c.date(o, 'createdAt');
    c.date(o, 'updatedAt');
    people.add(o.uuid as string);
  });
  const ref = (c: Checker, o: Record<string, unknown>, key: string, set: Set<string>, nullable = false) => {
    if (nullable && o[key] === null) return;
    if (!set.has(o[key] as string)) c.at(`.${key}`).fail('refers to something not in the file');
  };
  const conversations = list('conversations', (c, o) => {
    c.int(o, 'id');
    ref(c, o, 'person', people);
    c.date(o, 'at');
  });
  const repairUuids = new Set(root.array(data, 'repairs').map((r) => (r as Record<string, unknown>)?.uuid as string));
  const promises = list('promises', (c, o) => {
    c.int(o, 'id');
    ref(c, o, 'person', people);
    ref(c, o, 'conversation', conversations, true);
    ref(c, o, 'repair', repairUuids, true);
    c.string(o, 'text', { max: 280 });
    c.string(o, 'note', { nullable: true, max: 2000 });
    c.oneOf(o, 'status', STATUSES);
    c.date(o, 'madeAt');
    c.string(o, 'due', { nullable: true, pattern: DAY });
    c.string(o, 'dueTime', { nullable: true, pattern: TIME });
    c.date(o, 'resolvedAt', true);
    if (o.resolvedWeek !== undefined) c.string(o, 'resolvedWeek', { nullable: true, pattern: WEEK });
    if ((o.status === 'open') !== (o.resolvedAt === null)) c.fail('an open promise has no resolvedAt, and only an open one');
    c.bool(o, 'late');
    c.date(o, 'deletedAt', true);
    c.date(o, 'updatedAt');
    c.array(o, 'history').forEach((e, j) => {
      const ec = c.at(`.history[${j}]`);
      if (!ec.object(e)) return;
      ec.oneOf(e, 'kind', EVENT_KINDS);
      ec.date(e, 'at');
      ec.date(e, 'recordedAt');
      ec.string(e, 'note', { nullable: true, max: 2000 });
    });
  });
  list('repairs', (c, o) => {
    c.int(o, 'id');
    ref(c, o, 'person', people);
    ref(c, o, 'promise', promises, true);
    c.oneOf(o, 'cause', CAUSES);
    c.int(o, 'checklistVersion');
    c.oneOf(o, 'state', REPAIR_STATES);
    c.string(o, 'learned', { nullable: true });
    c.date(o, 'startedAt');
    c.date(o, 'closedAt', true);
    c.date(o, 'updatedAt');
    c.array(o, 'answers').forEach((a, j) => {
      const ac = c.at(`.answers[${j}]`);
      if (!ac.object(a)) return;
      ac.string(a, 'step', { max: 100 });
      ac.string(a, 'title', { max: 200 });
      ac.date(a, 'answeredAt');
    });
    c.array(o, 'checkins').forEach((d, j) => {
      if (typeof d !== 'string' || !DAY.test(d)) c.at(`.checkins[${j}]`).fail('should be a date such as 2026-12-01');
    });
  });
  const weeks = new Set<string>();
  list('reviews', (c, o) => {
    c.int(o, 'id');
    c.string(o, 'week', { pattern: WEEK });
    if (weeks.has(o.week as string)) c.at('.week').fail('appears twice');
    weeks.add(o.week as string);
    c.date(o, 'createdAt');
    c.date(o, 'updatedAt');
    c.array(o, 'answers').forEach((a, j) => {
      const ac = c.at(`.answers[${j}]`);
      if (!ac.object(a)) return;
      ac.string(a, 'promptKey', { max: 200 });
      ac.string(a, 'prompt', { max: 2000 });
      ac.string(a, 'answer', { max: 2000 });
      ac.bool(a, 'intention');
      if (a.followed !== null) ac.oneOf(a, 'followed', ['yes', 'partly', 'no']);
      ac.string(a, 'followedIn', { nullable: true, pattern: WEEK });
      ac.date(a, 'answeredAt');
    });
  });
  return root.problems;
}
