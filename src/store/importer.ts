/**
 * Merges an export into the journal by UUID: what is new is added, what is known is updated
 * when the file's copy changed later, and nothing is ever duplicated. The caller runs it inside
 * one transaction, so an import lands whole or not at all. Ids are kept where they are free,
 * so a journal restored from its own export reads exactly as before.
 */
import { stmt } from './sqlite.js';
import type { DB } from './open.js';
import type { ExportFile } from '../domain/export-format.js';
import { nameKey } from '../domain/promise.js';
import { recomputeStats, withStatsDeferred } from './stats.js';
import { resolutionWeek } from '../domain/review.js';
import { checkAgainstJournal } from './import-clash.js';
import { insertEvent, mergePromise } from './import-merge.js';

export interface Tally {
  added: number;
  updated: number;
  skipped: number;
}
export type ImportReport = Record<'people' | 'conversations' | 'promises' | 'repairs' | 'reviews', Tally>;

const tally = (): Tally => ({ added: 0, updated: 0, skipped: 0 });

/**
 * Into a journal without promises every row is new, so the indexes of the three big tables are
 * set aside and built again once all rows are in: sorting each once is much faster than a
 * hundred thousand inserts into each. Not the unique ones, which catch a duplicate UUID as rows
 * go in. DDL is part of the import's transaction, so a failure puts them back as they were.
 * Returns what builds them again.
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

/**
 * `source` names the file on the events the import writes itself. The checks of export-check.ts
 * have run on `file`: its instants are in trust's own form and its references hold.
 */
export function importExport(db: DB, file: ExportFile, now: Date, source: string): ImportReport {
  // Inside the caller's transaction: what it reads cannot change before the rows go in.
  checkAgainstJournal(db, file);
  // One recomputation of the figures at the end, not one per changed promise.
  const report = withStatsDeferred(db, () => importRows(db, file, now, source));
  recomputeStats(db);
  return report;
}

function importRows(db: DB, file: ExportFile, now: Date, source: string): ImportReport {
  // Each statement is compiled once, not once per row: a whole journal has ten thousands of rows.
  const prepare = (sql: string) => stmt(db, sql);
  const rebuildIndexes = prepare('SELECT 1 FROM promises LIMIT 1').get() === undefined ? setIndexesAside(db) : () => {};
  const report: ImportReport = { people: tally(), conversations: tally(), promises: tally(), repairs: tally(), reviews: tally() };
  // Each table's UUIDs and ids, read once and kept up to date as rows are added: a whole journal
  // is a hundred thousand rows, and a query for each was a good part of an import.
  const tables = new Map<string, { byUuid: Map<string, number>; ids: Set<number> }>();
  const held = (table: string) => {
    let t = tables.get(table);
    if (!t) {
      const rows = prepare(`SELECT id, uuid FROM ${table}`).all() as Array<{ id: number; uuid: string }>;
      tables.set(table, (t = { byUuid: new Map(rows.map((r) => [r.uuid, r.id])), ids: new Set(rows.map((r) => r.id)) }));
    }
    return t;
  };
  const idOf = (table: string, uuid: string) => held(table).byUuid.get(uuid);
  /** The file's id if no row has it yet, else a new one. */
  const freeId = (table: string, id: number) => (held(table).ids.has(id) ? null : id);
  /** Notes a row just inserted; returns its id. */
  const added = (table: string, uuid: string, info: { lastInsertRowid: number | bigint }) => {
    const id = Number(info.lastInsertRowid);
    held(table).byUuid.set(uuid, id);
    held(table).ids.add(id);
    return id;
  };
  const row = (table: string, id: number) => prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>;

  const people = new Map<string, number>();
  for (const p of file.people) {
    const byUuid = idOf('people', p.uuid);
    const byName = prepare('SELECT id FROM people WHERE name_key = ?').get(nameKey(p.name)) as { id: number } | undefined;
    if (byUuid !== undefined) {
      people.set(p.uuid, byUuid);
      const local = row('people', byUuid);
      const clash = byName !== undefined && byName.id !== byUuid;
      if (later(p.updatedAt, local.updated_at as string) && !clash) {
        prepare('UPDATE people SET name = ?, name_key = ?, relation = ?, updated_at = ? WHERE id = ?').run(p.name, nameKey(p.name), p.relation, p.updatedAt, byUuid);
        report.people.updated++;
      } else report.people.skipped++;
    } else if (byName !== undefined) {
      // Someone of that name is already here: the same person, known by another UUID.
      people.set(p.uuid, byName.id);
      report.people.skipped++;
    } else {
      const info = prepare('INSERT INTO people (id, uuid, name, name_key, relation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(freeId('people', p.id), p.uuid, p.name, nameKey(p.name), p.relation, p.createdAt, p.updatedAt);
      people.set(p.uuid, added('people', p.uuid, info));
      report.people.added++;
    }
  }

  for (const c of file.conversations) {
    const known = idOf('conversations', c.uuid);
    if (known !== undefined) {
      report.conversations.skipped++;
      continue;
    }
    const info = prepare('INSERT INTO conversations (id, uuid, person_id, at) VALUES (?, ?, ?, ?)').run(freeId('conversations', c.id), c.uuid, people.get(c.person)!, c.at);
    added('conversations', c.uuid, info);
    report.conversations.added++;
  }

  const origin = { origin: 'import', file: source };
  const personOf = (uuid: string) => {
    const id = people.get(uuid)!;
    return { id, name: row('people', id).name as string };
  };
  /** The file's promise ids to the journal's: repair answers name their promises by id. */
  const promiseIds = new Map<number, number>();
  const pendingRepairLinks: Array<[number, string]> = [];
  for (const p of file.promises) {
    const known = idOf('promises', p.uuid);
    let id: number;
    if (known !== undefined) {
      id = known;
      if (mergePromise(db, id, p, { now, origin, person: personOf })) report.promises.updated++;
      else report.promises.skipped++;
    } else {
      const info = prepare(
          `INSERT INTO promises (id, uuid, person_id, conversation_id, text, note, status, made_at, due_date, due_time, resolved_at, resolved_week, late, deleted_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          freeId('promises', p.id),
          p.uuid,
          people.get(p.person)!,
          p.conversation === null ? null : idOf('conversations', p.conversation)!,
          p.text,
          p.note,
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
      id = added('promises', p.uuid, info);
      for (const e of p.history) insertEvent(db, id, e);
      report.promises.added++;
    }
    promiseIds.set(p.id, id);
    if (p.repair !== null) pendingRepairLinks.push([id, p.repair]);
  }

  for (const r of file.repairs) {
    const known = idOf('repairs', r.uuid);
    const promiseId = r.promise === null ? null : idOf('promises', r.promise)!;
    let id: number;
    if (known !== undefined) {
      id = known;
      if (later(r.updatedAt, row('repairs', known).updated_at as string)) {
        prepare('UPDATE repairs SET state = ?, learned = ?, closed_at = ?, updated_at = ? WHERE id = ?').run(r.state, r.learned, r.closedAt, r.updatedAt, known);
        report.repairs.updated++;
      } else report.repairs.skipped++;
    } else {
      const info = prepare(
          `INSERT INTO repairs (id, uuid, person_id, promise_id, cause, checklist_version, state, learned, started_at, closed_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(freeId('repairs', r.id), r.uuid, people.get(r.person)!, promiseId, r.cause, r.checklistVersion, r.state, r.learned, r.startedAt, r.closedAt, r.updatedAt);
      id = added('repairs', r.uuid, info);
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
  }
  for (const [promiseId, repairUuid] of pendingRepairLinks) {
    prepare('UPDATE promises SET repair_id = ? WHERE id = ?').run(idOf('repairs', repairUuid)!, promiseId);
  }

  const reviewIds = new Map<string, number>();
  for (const r of file.reviews) {
    const known = prepare('SELECT id, updated_at FROM reviews WHERE week = ?').get(r.week) as { id: number; updated_at: string } | undefined;
    if (known) {
      reviewIds.set(r.week, known.id);
      if (later(r.updatedAt, known.updated_at)) {
        prepare('UPDATE reviews SET updated_at = ? WHERE id = ?').run(r.updatedAt, known.id);
        report.reviews.updated++;
      } else report.reviews.skipped++;
    } else {
      const info = prepare('INSERT INTO reviews (id, uuid, week, figures, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(freeId('reviews', r.id), r.uuid, r.week, JSON.stringify(r.figures), r.createdAt, r.updatedAt);
      reviewIds.set(r.week, added('reviews', r.uuid, info));
      report.reviews.added++;
    }
  }
  for (const r of file.reviews) {
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
  rebuildIndexes();
  return report;
}

/** A repair-promises answer names promises by id: the ids they have in this journal. */
function localAnswer(answer: unknown, promiseIds: Map<number, number>): unknown {
  const ids = (answer as { promiseIds?: number[] }).promiseIds;
  return ids === undefined ? answer : { ...(answer as object), promiseIds: ids.map((id) => promiseIds.get(id) ?? id) };
}
