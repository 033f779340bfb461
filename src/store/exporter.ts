/**
 * Reads the whole journal into trust's export format. All reads run in one transaction, so the
 * export is a consistent snapshot even while another trust process writes.
 */
import type { DB } from './open.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ExportPromise } from '../domain/export-format.js';
import type { Relation } from '../domain/promise.js';

type Row = Record<string, unknown>;
const json = (text: unknown) => (text === null ? null : JSON.parse(text as string));

export function readExport(db: DB, now: Date): ExportFile {
  return db.transaction(() => {
    const all = (sql: string) => db.prepare(sql).all() as Row[];
    const peopleUuid = new Map<number, string>();
    const people = all('SELECT * FROM people ORDER BY id').map((r) => {
      peopleUuid.set(r.id as number, r.uuid as string);
      return { uuid: r.uuid as string, id: r.id as number, name: r.name as string, relation: r.relation as Relation, createdAt: r.created_at as string, updatedAt: r.updated_at as string };
    });
    const conversationUuid = new Map<number, string>();
    const conversations = all('SELECT * FROM conversations ORDER BY id').map((r) => {
      conversationUuid.set(r.id as number, r.uuid as string);
      return { uuid: r.uuid as string, id: r.id as number, person: peopleUuid.get(r.person_id as number)!, at: r.at as string };
    });
    const repairRows = all('SELECT * FROM repairs ORDER BY id');
    const repairUuid = new Map(repairRows.map((r) => [r.id as number, r.uuid as string]));

    const events = new Map<number, ExportPromise['history']>();
    for (const e of all('SELECT * FROM promise_events ORDER BY id')) {
      const list = events.get(e.promise_id as number) ?? [];
      list.push({ kind: e.kind as string, at: e.at as string, recordedAt: e.recorded_at as string, note: e.note as string | null, detail: json(e.detail) });
      events.set(e.promise_id as number, list);
    }
    const promiseUuid = new Map<number, string>();
    const promises = all('SELECT * FROM promises ORDER BY id').map((r): ExportPromise => {
      promiseUuid.set(r.id as number, r.uuid as string);
      return {
        uuid: r.uuid as string,
        id: r.id as number,
        person: peopleUuid.get(r.person_id as number)!,
        conversation: r.conversation_id === null ? null : conversationUuid.get(r.conversation_id as number)!,
        repair: r.repair_id === null ? null : repairUuid.get(r.repair_id as number)!,
        text: r.text as string,
        note: r.note as string | null,
        status: r.status as string,
        madeAt: r.made_at as string,
        due: r.due_date as string | null,
        dueTime: r.due_time as string | null,
        resolvedAt: r.resolved_at as string | null,
        late: r.late === 1,
        deletedAt: r.deleted_at as string | null,
        updatedAt: r.updated_at as string,
        history: events.get(r.id as number) ?? [],
      };
    });

    const answersBy = <T>(sql: string, key: string, map: (r: Row) => T) => {
      const by = new Map<number, T[]>();
      for (const r of all(sql)) by.set(r[key] as number, [...(by.get(r[key] as number) ?? []), map(r)]);
      return by;
    };
    const repairAnswers = answersBy('SELECT * FROM repair_answers ORDER BY answered_at, step', 'repair_id', (r) => ({
      step: r.step as string,
      title: r.title as string,
      answer: json(r.answer),
      answeredAt: r.answered_at as string,
    }));
    const checkins = answersBy('SELECT * FROM repair_checkins ORDER BY date, id', 'repair_id', (r) => r.date as string);
    const repairs = repairRows.map((r) => ({
      uuid: r.uuid as string,
      id: r.id as number,
      person: peopleUuid.get(r.person_id as number)!,
      promise: r.promise_id === null ? null : promiseUuid.get(r.promise_id as number)!,
      cause: r.cause as string,
      checklistVersion: r.checklist_version as number,
      state: r.state as string,
      learned: r.learned as string | null,
      startedAt: r.started_at as string,
      closedAt: r.closed_at as string | null,
      updatedAt: r.updated_at as string,
      answers: repairAnswers.get(r.id as number) ?? [],
      checkins: checkins.get(r.id as number) ?? [],
    }));

    const reviewRows = all('SELECT * FROM reviews ORDER BY week');
    const weekOfReview = new Map(reviewRows.map((r) => [r.id as number, r.week as string]));
    const reviewAnswers = answersBy('SELECT * FROM review_answers ORDER BY id', 'review_id', (r) => ({
      promptKey: r.prompt_key as string,
      prompt: r.prompt as string,
      answer: r.answer as string,
      intention: r.intention === 1,
      followed: r.followed as string | null,
      followedIn: r.followed_in === null ? null : (weekOfReview.get(r.followed_in as number) ?? null),
      answeredAt: r.answered_at as string,
    }));
    const reviews = reviewRows.map((r) => ({
      uuid: r.uuid as string,
      id: r.id as number,
      week: r.week as string,
      figures: json(r.figures),
      createdAt: r.created_at as string,
      updatedAt: r.updated_at as string,
      answers: reviewAnswers.get(r.id as number) ?? [],
    }));

    return { format: EXPORT_FORMAT, formatVersion: EXPORT_VERSION, exportedAt: now.toISOString(), anonymized: false, people, conversations, promises, repairs, reviews };
  })();
}
