/**
 * Reads the whole journal in trust's export format. All reads run in one transaction, so the
 * export is a consistent snapshot even while another trust process writes. The big tables are
 * read in chunks and handed over item by item, so an export of 100,000 promises can be written
 * out as it goes instead of being held in memory whole.
 */
import type { DB } from './open.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ExportPromise } from '../domain/export-format.js';
import { groupBy } from '../domain/group.js';

type Row = Record<string, unknown>;
const json = (text: unknown) => (text === null ? null : JSON.parse(text as string));

export type Section = 'people' | 'conversations' | 'promises' | 'repairs' | 'reviews';
export const SECTIONS: readonly Section[] = ['people', 'conversations', 'promises', 'repairs', 'reviews'];
export type ExportHeader = Pick<ExportFile, 'format' | 'formatVersion' | 'exportedAt' | 'anonymized'>;

export interface ExportVisitor {
  header(h: ExportHeader): void;
  item(section: Section, value: object): void;
  /**
   * When given, conversations and promises, nearly all of a big export, arrive as JSON that
   * SQLite wrote: the text JSON.stringify makes of the item, without an object made per row and
   * per event in between (three times faster at a million promises).
   */
  itemJson?(section: 'conversations' | 'promises', json: string): void;
}

/** A conversation as JSON, keys in the format's order. */
const CONVERSATIONS_JSON = `SELECT json_object('uuid', c.uuid, 'id', c.id, 'person', p.uuid, 'at', c.at)
  FROM conversations c JOIN people p ON p.id = c.person_id ORDER BY c.id`;

/** A promise with its history as JSON, keys in the format's order (see ExportPromise). */
const PROMISES_JSON = `SELECT json_object(
    'uuid', pr.uuid, 'id', pr.id, 'person', p.uuid, 'conversation', c.uuid, 'repair', r.uuid, 'text', pr.text, 'note', pr.note, 'cue', pr.cue,
    'status', pr.status, 'madeAt', pr.made_at, 'due', pr.due_date, 'dueTime', pr.due_time, 'resolvedAt', pr.resolved_at,
    'resolvedWeek', pr.resolved_week, 'late', iif(pr.late = 1, json('true'), json('false')), 'deletedAt', pr.deleted_at, 'updatedAt', pr.updated_at,
    'history', (SELECT json_group_array(json_object('kind', e.kind, 'at', e.at, 'recordedAt', e.recorded_at, 'note', e.note, 'detail', json(e.detail)) ORDER BY e.id)
                FROM promise_events e WHERE e.promise_id = pr.id),
    'apologies', (SELECT json_group_array(json_object('saidAt', a.said_at, 'note', a.note, 'recordedAt', a.recorded_at) ORDER BY a.said_at)
                  FROM apologies a WHERE a.promise_id = pr.id))
  FROM promises pr JOIN people p ON p.id = pr.person_id LEFT JOIN conversations c ON c.id = pr.conversation_id LEFT JOIN repairs r ON r.id = pr.repair_id
  ORDER BY pr.id`;

const CHUNK = 2000;

/** Visits every row of a big table in id order, a chunk at a time. */
function chunked(db: DB, sql: string, visit: (rows: Row[]) => void): void {
  const page = db.prepare(sql);
  for (let after = 0; ; ) {
    const rows = page.all(after, CHUNK) as Row[];
    if (rows.length === 0) return;
    visit(rows);
    after = rows.at(-1)!.id as number;
  }
}

export function visitExport(db: DB, now: Date, v: ExportVisitor): void {
  db.transaction(() => {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    v.header({ format: EXPORT_FORMAT, formatVersion: EXPORT_VERSION, exportedAt: now.toISOString(), anonymized: false });

    for (const r of all('SELECT * FROM people ORDER BY id')) {
      v.item('people', { uuid: r.uuid, id: r.id, name: r.name, relation: r.relation, rhythmDays: r.rhythm_days, createdAt: r.created_at, updatedAt: r.updated_at });
    }
    if (v.itemJson) {
      for (const json of db.prepare(CONVERSATIONS_JSON).pluck().iterate() as IterableIterator<string>) v.itemJson('conversations', json);
      for (const json of db.prepare(PROMISES_JSON).pluck().iterate() as IterableIterator<string>) v.itemJson('promises', json);
    } else visitBigSections(db, v);
    visitRepairsAndReviews(db, v);
  })();
}

/** Conversations and promises as objects, a chunk at a time. */
function visitBigSections(db: DB, v: ExportVisitor): void {
  chunked(db, 'SELECT c.*, p.uuid AS person_uuid FROM conversations c JOIN people p ON p.id = c.person_id WHERE c.id > ? ORDER BY c.id LIMIT ?', (rows) => {
    for (const r of rows) v.item('conversations', { uuid: r.uuid, id: r.id, person: r.person_uuid, at: r.at });
  });

  const events = db.prepare('SELECT * FROM promise_events WHERE promise_id BETWEEN ? AND ? ORDER BY id');
  const apologies = db.prepare('SELECT * FROM apologies WHERE promise_id BETWEEN ? AND ? ORDER BY promise_id, said_at');
  chunked(
    db,
    `SELECT pr.*, p.uuid AS person_uuid, c.uuid AS conversation_uuid, r.uuid AS repair_uuid FROM promises pr
     JOIN people p ON p.id = pr.person_id LEFT JOIN conversations c ON c.id = pr.conversation_id LEFT JOIN repairs r ON r.id = pr.repair_id
     WHERE pr.id > ? ORDER BY pr.id LIMIT ?`,
    (rows) => {
      const history = groupBy(events.all(rows[0]!.id, rows.at(-1)!.id) as Row[], (e) => e.promise_id as number, (e) => ({
        kind: e.kind as string,
        at: e.at as string,
        recordedAt: e.recorded_at as string,
        note: e.note as string | null,
        detail: json(e.detail),
      }));
      const said = groupBy(apologies.all(rows[0]!.id, rows.at(-1)!.id) as Row[], (a) => a.promise_id as number, (a) => ({
        saidAt: a.said_at as string,
        note: a.note as string | null,
        recordedAt: a.recorded_at as string,
      }));
      for (const r of rows) {
        const promise: ExportPromise = {
          uuid: r.uuid as string,
          id: r.id as number,
          person: r.person_uuid as string,
          conversation: r.conversation_uuid as string | null,
          repair: r.repair_uuid as string | null,
          text: r.text as string,
          note: r.note as string | null,
          cue: r.cue as string | null,
          status: r.status as string,
          madeAt: r.made_at as string,
          due: r.due_date as string | null,
          dueTime: r.due_time as string | null,
          resolvedAt: r.resolved_at as string | null,
          resolvedWeek: r.resolved_week as string | null,
          late: r.late === 1,
          deletedAt: r.deleted_at as string | null,
          updatedAt: r.updated_at as string,
          history: history.get(r.id as number) ?? [],
          apologies: said.get(r.id as number) ?? [],
        };
        v.item('promises', promise);
      }
    },
  );
}

function visitRepairsAndReviews(db: DB, v: ExportVisitor): void {
  const all = (sql: string) => db.prepare(sql).all() as Row[];

  const answers = groupBy(all('SELECT * FROM repair_answers ORDER BY answered_at, step'), (r) => r.repair_id as number, (r) => ({
    step: r.step as string,
    title: r.title as string,
    answer: json(r.answer),
    answeredAt: r.answered_at as string,
  }));
  const checkins = groupBy(all('SELECT * FROM repair_checkins ORDER BY date, id'), (r) => r.repair_id as number, (r) => r.date as string);
  const repairs = all(`SELECT r.*, p.uuid AS person_uuid, pr.uuid AS promise_uuid FROM repairs r JOIN people p ON p.id = r.person_id
    LEFT JOIN promises pr ON pr.id = r.promise_id ORDER BY r.id`);
  for (const r of repairs) {
    v.item('repairs', {
      uuid: r.uuid,
      id: r.id,
      person: r.person_uuid,
      promise: r.promise_uuid,
      cause: r.cause,
      kind: r.kind,
      checklistVersion: r.checklist_version,
      state: r.state,
      learned: r.learned,
      apologyAt: r.apology_at,
      startedAt: r.started_at,
      closedAt: r.closed_at,
      updatedAt: r.updated_at,
      answers: answers.get(r.id as number) ?? [],
      checkins: checkins.get(r.id as number) ?? [],
    });
  }

  const reviews = all('SELECT * FROM reviews ORDER BY week');
  const weekOfReview = new Map(reviews.map((r) => [r.id as number, r.week as string]));
  const reviewAnswers = groupBy(all('SELECT * FROM review_answers ORDER BY id'), (r) => r.review_id as number, (r) => ({
    promptKey: r.prompt_key as string,
    prompt: r.prompt as string,
    answer: r.answer as string,
    intention: r.intention === 1,
    followed: r.followed as string | null,
    followedIn: r.followed_in === null ? null : (weekOfReview.get(r.followed_in as number) ?? null),
    answeredAt: r.answered_at as string,
  }));
  for (const r of reviews) {
    v.item('reviews', {
      uuid: r.uuid,
      id: r.id,
      week: r.week,
      figures: json(r.figures),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      answers: reviewAnswers.get(r.id as number) ?? [],
    });
  }
}

/** The whole export as one object: for CSV, Markdown and tests. */
export function readExport(db: DB, now: Date): ExportFile {
  const file = { people: [], conversations: [], promises: [], repairs: [], reviews: [] } as unknown as ExportFile;
  visitExport(db, now, {
    header: (h) => Object.assign(file, h),
    item: (section, value) => (file[section] as object[]).push(value),
  });
  // Keys in the order the format lists them.
  const { format, formatVersion, exportedAt, anonymized, people, conversations, promises, repairs, reviews } = file;
  return { format, formatVersion, exportedAt, anonymized, people, conversations, promises, repairs, reviews };
}

/**
 * Writes the export as JSON, item by item: the file's outline indented, each item on a line of
 * its own (easy to grep and to diff, and a third smaller and faster than indenting every item).
 * `transform` may change items on the way (anonymizing).
 */
export function writeExportJson(db: DB, now: Date, write: (text: string) => void, transform?: { header?: (h: ExportHeader) => ExportHeader; item?: (section: Section, value: object) => object }): void {
  let buffer = '';
  const out = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      write(buffer);
      buffer = '';
    }
  };
  let current: Section | null = null;
  let first = true;
  const close = () => {
    if (current !== null) out(first ? '[]' : '\n  ]');
  };
  const open = (section: Section) => {
    close();
    out(`,\n  ${JSON.stringify(section)}: `);
    current = section;
    first = true;
  };
  const line = (section: Section, json: string) => {
    while (current !== section) open(SECTIONS[current === null ? 0 : SECTIONS.indexOf(current) + 1]!);
    out(`${first ? '[\n' : ',\n'}    ${json}`);
    first = false;
  };
  visitExport(db, now, {
    header: (h) => {
      const header = transform?.header ? transform.header(h) : h;
      out(`{\n${Object.entries(header).map(([k, val]) => `  ${JSON.stringify(k)}: ${JSON.stringify(val)}`).join(',\n')}`);
    },
    item: (section, value) => {
      const item = transform?.item ? transform.item(section, value) : value;
      line(section, JSON.stringify(item));
    },
    // Anonymizing changes items on the way, so it needs them as objects.
    itemJson: transform?.item ? undefined : line,
  });
  while (current !== 'reviews') open(SECTIONS[current === null ? 0 : SECTIONS.indexOf(current) + 1]!);
  close();
  out('\n}\n');
  write(buffer);
}
