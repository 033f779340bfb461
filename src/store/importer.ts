/**
 * Merges an export into the journal by UUID: what is new is added, what is known is updated
 * when the file's copy changed later, and nothing is ever duplicated. The caller runs it inside
 * one transaction, so an import lands whole or not at all. Ids are kept where they are free,
 * so a journal restored from its own export reads exactly as before.
 *
 * Items arrive one at a time, in the file's order (people, conversations, promises, repairs,
 * reviews), each just checked by export-check.ts: a file of a million promises is never held in
 * memory whole. What the import needs to know of earlier items it asks the journal, where they
 * have just been written.
 */
import { stmt } from './sqlite.js';
import type { DB } from './open.js';
import { SECTION_ORDER, type SectionName } from '../domain/export-check.js';
import type { ExportConversation, ExportFile, ExportPerson, ExportPromise, ExportRepair, ExportReview } from '../domain/export-format.js';
import { nameKey } from '../domain/promise.js';
import { recomputeStats, withStatsDeferred } from './stats.js';
import { resolutionWeek } from '../domain/review.js';
import { checkRepairAgainstJournal, checkReviewAgainstJournal } from './import-clash.js';
import { insertEvent, mergePromise } from './import-merge.js';

export interface Tally {
  added: number;
  updated: number;
  skipped: number;
}
export type ImportReport = Record<SectionName, Tally>;

const tally = (): Tally => ({ added: 0, updated: 0, skipped: 0 });

/**
 * Into a journal without promises every row is new, so the indexes of the three big tables are
 * set aside and built again once all rows are in: sorting each once is much faster than a
 * hundred thousand inserts into each. Not the unique ones, which catch a duplicate UUID as rows
 * go in (and find the rows an item refers to). DDL is part of the import's transaction, so a
 * failure puts them back as they were. Returns what builds them again.
 */
function setIndexesAside(db: DB): () => void {
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('promises', 'promise_events', 'conversations')
       AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all() as Array<{ name: string; sql: string }>;
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}

/** Instants compared as instants: "…T11:00:00+05:00" is before "…T10:00:00Z". */
const later = (a: string, b: string) => Date.parse(a) > Date.parse(b);

export interface ImportSink {
  item(section: SectionName, value: object, index: number): void;
  /** After the last item (and the file's own last checks): links, reviews, figures. */
  finish(): ImportReport;
}

/**
 * Starts an import inside the caller's transaction. `source` names the file on the events the
 * import writes itself. Each item handed over has passed export-check.ts: its instants are in
 * trust's own form and its references to earlier items hold. `fileIds` (the checks) gives the
 * file's id of a conversation already read.
 */
export function startImport(db: DB, now: Date, source: string, fileIds?: { conversationId(uuid: string): number | undefined }): ImportSink {
  // Each statement is compiled once, not once per row: a whole journal has a million rows.
  const prepare = (sql: string) => stmt(db, sql);
  const empty = (table: string) => prepare(`SELECT 1 FROM ${table} LIMIT 1`).get() === undefined;
  const rebuildIndexes = empty('promises') ? setIndexesAside(db) : () => {};
  // Every new row goes into the UUID indexes at a random place, so a cache of a few megabytes
  // would read and write the same pages again and again. At a million promises 32 MB did best:
  // 64 MB was slower (the indexes outgrow either) and took the import past 300 MB of memory.
  // This connection ends with the import.
  db.pragma('cache_size = -32768');
  // A table empty when the import began holds only rows of this file, whose UUIDs and ids the
  // checks found unique: nothing in it is known, and every id of the file is free.
  const emptyAtStart = new Set(['people', 'conversations', 'promises', 'repairs', 'reviews'].filter(empty));
  const report: ImportReport = { people: tally(), conversations: tally(), promises: tally(), repairs: tally(), reviews: tally() };
  const idOf = (table: string, uuid: string) => (prepare(`SELECT id FROM ${table} WHERE uuid = ?`).get(uuid) as { id: number } | undefined)?.id;
  const known = (table: string, uuid: string) => (emptyAtStart.has(table) ? undefined : idOf(table, uuid));
  /** The file's id if no row has it yet, else a new one. */
  const freeId = (table: string, id: number) => (emptyAtStart.has(table) || prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) === undefined ? id : null);
  const row = (table: string, id: number) => prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;

  const people = new Map<string, number>();
  const origin = { origin: 'import', file: source };
  const personOf = (uuid: string) => {
    const id = people.get(uuid)!;
    return { id, name: row('people', id).name as string };
  };
  /** The file's promise ids to the journal's, where they differ: repair answers name their promises by id. */
  const promiseIds = new Map<number, number>();
  const pendingRepairLinks: Array<[number, string]> = [];
  const reviews: ExportReview[] = [];

  const person = (p: ExportPerson) => {
    const byUuid = known('people', p.uuid);
    const byName = prepare('SELECT id FROM people WHERE name_key = ?').get(nameKey(p.name)) as { id: number } | undefined;
    if (byUuid !== undefined) {
      people.set(p.uuid, byUuid);
      const local = row('people', byUuid);
      const clash = byName !== undefined && byName.id !== byUuid;
      if (later(p.updatedAt, local.updated_at as string) && !clash) {
        // A file from before rhythms says nothing of one: the journal's stays.
        const rhythm = p.rhythmDays === undefined ? local.rhythm_days : p.rhythmDays;
        prepare('UPDATE people SET name = ?, name_key = ?, relation = ?, rhythm_days = ?, updated_at = ? WHERE id = ?')
          .run(p.name, nameKey(p.name), p.relation, rhythm, p.updatedAt, byUuid);
        report.people.updated++;
      } else report.people.skipped++;
    } else if (byName !== undefined) {
      // Someone of that name is already here: the same person, known by another UUID.
      people.set(p.uuid, byName.id);
      report.people.skipped++;
    } else {
      const info = prepare('INSERT INTO people (id, uuid, name, name_key, relation, rhythm_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(freeId('people', p.id), p.uuid, p.name, nameKey(p.name), p.relation, p.rhythmDays ?? null, p.createdAt, p.updatedAt);
      people.set(p.uuid, Number(info.lastInsertRowid));
      report.people.added++;
    }
  };

  const conversation = (c: ExportConversation) => {
    if (known('conversations', c.uuid) !== undefined) {
      report.conversations.skipped++;
      return;
    }
    prepare('INSERT INTO conversations (id, uuid, person_id, at) VALUES (?, ?, ?, ?)').run(freeId('conversations', c.id), c.uuid, people.get(c.person)!, c.at);
    report.conversations.added++;
  };
  /**
   * A promise's conversation, named by UUID. Into a table that was empty every conversation kept
   * the file's id, which the checks know: looking each one up in the UUID index instead, at pages
   * all over a big journal, cost more than the insert itself.
   */
  const conversationOf = (uuid: string | null) => {
    if (uuid === null) return null;
    return (emptyAtStart.has('conversations') ? fileIds?.conversationId(uuid) : undefined) ?? idOf('conversations', uuid) ?? null;
  };

  const promise = (p: ExportPromise) => {
    const knownId = known('promises', p.uuid);
    let id: number;
    if (knownId !== undefined) {
      id = knownId;
      const merged = mergePromise(db, id, p, { now, origin, person: personOf });
      // Apologies join those the journal has: one said at the same moment is the same apology.
      if (addApologies(id, p) || merged) report.promises.updated++;
      else report.promises.skipped++;
    } else {
      const info = prepare(
        `INSERT INTO promises (id, uuid, person_id, conversation_id, text, note, cue, status, made_at, due_date, due_time, resolved_at, resolved_week, late, deleted_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        freeId('promises', p.id),
        p.uuid,
        people.get(p.person)!,
        conversationOf(p.conversation),
        p.text,
        p.note,
        p.cue ?? null,
        p.status,
        p.madeAt,
        p.due,
        p.dueTime,
        p.resolvedAt,
        // Exports from before journal version 5 have no week: it is the local one, as it was then.
        p.resolvedAt === null ? null : resolutionWeek(new Date(p.resolvedAt), p.resolvedWeek),
        p.late ? 1 : 0,
        p.deletedAt,
        p.updatedAt,
      );
      id = Number(info.lastInsertRowid);
      for (const e of p.history) insertEvent(db, id, e);
      addApologies(id, p);
      report.promises.added++;
    }
    if (id !== p.id) promiseIds.set(p.id, id);
    if (p.repair !== null) pendingRepairLinks.push([id, p.repair]);
  };

  /** Returns whether any apology was new here. */
  const addApologies = (promiseId: number, p: ExportPromise): boolean => {
    let added = false;
    for (const a of p.apologies ?? []) {
      const info = prepare('INSERT INTO apologies (promise_id, said_at, note, recorded_at) VALUES (?, ?, ?, ?) ON CONFLICT (promise_id, said_at) DO NOTHING')
        .run(promiseId, a.saidAt, a.note, a.recordedAt);
      added ||= info.changes > 0;
    }
    return added;
  };

  const repair = (r: ExportRepair, index: number) => {
    checkRepairAgainstJournal(db, r, index);
    const knownId = known('repairs', r.uuid);
    const promiseId = r.promise === null ? null : idOf('promises', r.promise)!;
    let id: number;
    if (knownId !== undefined) {
      id = knownId;
      const local = row('repairs', knownId);
      if (later(r.updatedAt, local.updated_at as string)) {
        // A file from before apology times says nothing of one: the journal's stays.
        const apologyAt = r.apologyAt === undefined ? local.apology_at : r.apologyAt;
        prepare('UPDATE repairs SET state = ?, learned = ?, apology_at = ?, closed_at = ?, updated_at = ? WHERE id = ?')
          .run(r.state, r.learned, apologyAt, r.closedAt, r.updatedAt, knownId);
        report.repairs.updated++;
      } else report.repairs.skipped++;
    } else {
      const info = prepare(
        `INSERT INTO repairs (id, uuid, person_id, promise_id, cause, kind, checklist_version, state, learned, apology_at, started_at, closed_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        freeId('repairs', r.id), r.uuid, people.get(r.person)!, promiseId, r.cause, r.kind ?? 'apology', r.checklistVersion, r.state, r.learned,
        r.apologyAt ?? null, r.startedAt, r.closedAt, r.updatedAt,
      );
      id = Number(info.lastInsertRowid);
      report.repairs.added++;
    }
    // Answers: the later of the two for each step; check-ins: every date from either.
    for (const a of r.answers) {
      prepare(
        `INSERT INTO repair_answers (repair_id, step, title, answer, answered_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (repair_id, step) DO UPDATE SET title = excluded.title, answer = excluded.answer, answered_at = excluded.answered_at
         WHERE excluded.answered_at > repair_answers.answered_at`,
      ).run(id, a.step, a.title, JSON.stringify(localAnswer(a.answer, promiseIds)), a.answeredAt);
    }
    for (const date of r.checkins) {
      if (!prepare('SELECT 1 FROM repair_checkins WHERE repair_id = ? AND date = ?').get(id, date)) {
        prepare('INSERT INTO repair_checkins (repair_id, date) VALUES (?, ?)').run(id, date);
      }
    }
  };

  /** Reviews, a few hundred at most, are written at the end: an answer may name a later week's review. */
  const writeReviews = () => {
    const reviewIds = new Map<string, number>();
    for (const r of reviews) {
      const held = prepare('SELECT id, updated_at FROM reviews WHERE week = ?').get(r.week) as { id: number; updated_at: string } | undefined;
      if (held) {
        reviewIds.set(r.week, held.id);
        if (later(r.updatedAt, held.updated_at)) {
          prepare('UPDATE reviews SET updated_at = ? WHERE id = ?').run(r.updatedAt, held.id);
          report.reviews.updated++;
        } else report.reviews.skipped++;
      } else {
        const info = prepare('INSERT INTO reviews (id, uuid, week, figures, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(freeId('reviews', r.id), r.uuid, r.week, JSON.stringify(r.figures), r.createdAt, r.updatedAt);
        reviewIds.set(r.week, Number(info.lastInsertRowid));
        report.reviews.added++;
      }
    }
    for (const r of reviews) {
      const reviewId = reviewIds.get(r.week)!;
      for (const a of r.answers) {
        const followedIn = a.followedIn === null ? null : (reviewIds.get(a.followedIn) ?? (prepare('SELECT id FROM reviews WHERE week = ?').get(a.followedIn) as { id: number } | undefined)?.id ?? null);
        const existing = (prepare('SELECT id FROM review_answers WHERE review_id = ? AND prompt_key = ? AND answered_at = ?').get(reviewId, a.promptKey, a.answeredAt) as { id: number } | undefined)?.id;
        if (existing === undefined) {
          prepare('INSERT INTO review_answers (review_id, prompt_key, prompt, answer, intention, followed, followed_in, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
            reviewId, a.promptKey, a.prompt, a.answer, a.intention ? 1 : 0, a.followed, followedIn, a.answeredAt,
          );
        } else if (a.followed !== null) {
          prepare('UPDATE review_answers SET followed = ?, followed_in = ? WHERE id = ? AND followed IS NULL').run(a.followed, followedIn, existing);
        }
      }
    }
  };

  // One recomputation of the figures at the end, not one per changed promise.
  const deferred = <T>(change: () => T) => withStatsDeferred(db, change);
  return {
    item(section, value, index) {
      deferred(() => {
        if (section === 'people') person(value as ExportPerson);
        else if (section === 'conversations') conversation(value as ExportConversation);
        else if (section === 'promises') promise(value as ExportPromise);
        else if (section === 'repairs') repair(value as ExportRepair, index);
        else {
          // Inside the transaction: what it reads cannot change before the rows go in.
          checkReviewAgainstJournal(db, value as ExportReview, index);
          reviews.push(value as ExportReview);
        }
      });
    },
    finish() {
      deferred(() => {
        for (const [promiseId, repairUuid] of pendingRepairLinks) {
          prepare('UPDATE promises SET repair_id = ? WHERE id = ?').run(idOf('repairs', repairUuid)!, promiseId);
        }
        writeReviews();
        // Building an index sorts in memory as large as the cache, on top of the cache itself:
        // the rows are in, so a smaller cache keeps the import's peak down.
        db.pragma('cache_size = -8192');
        rebuildIndexes();
      });
      recomputeStats(db);
      return report;
    },
  };
}

/** A repair-promises answer names promises by id: the ids they have in this journal. */
function localAnswer(answer: unknown, promiseIds: Map<number, number>): unknown {
  const ids = (answer as { promiseIds?: number[] }).promiseIds;
  return ids === undefined ? answer : { ...(answer as object), promiseIds: ids.map((id) => promiseIds.get(id) ?? id) };
}

/** A whole file, already checked, imported at once (inside the caller's transaction). */
export function importExport(db: DB, file: ExportFile, now: Date = new Date(), source = 'export'): ImportReport {
  const sink = startImport(db, now, source);
  for (const name of SECTION_ORDER) (file[name] as object[]).forEach((item, i) => sink.item(name, item, i));
  return sink.finish();
}
