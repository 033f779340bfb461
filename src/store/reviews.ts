import { newUuid, stmt } from './sqlite.js';
import type { DB } from './open.js';
import type { PromiseFact } from '../domain/review.js';
import type { Status } from '../domain/promise.js';

export interface StoredReview {
  id: number;
  uuid: string;
  week: string;
  figures: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  answers: StoredReviewAnswer[];
}

export interface StoredReviewAnswer {
  id: number;
  promptKey: string;
  prompt: string;
  answer: string;
  intention: boolean;
  followed: 'yes' | 'partly' | 'no' | null;
  answeredAt: Date;
}

interface ReviewRow {
  id: number;
  uuid: string;
  week: string;
  figures: string;
  created_at: string;
  updated_at: string;
}

function answersOf(db: DB, reviewId: number): StoredReviewAnswer[] {
  const rows = stmt(db, 'SELECT * FROM review_answers WHERE review_id = ? ORDER BY id').all(reviewId) as Array<{
    id: number;
    prompt_key: string;
    prompt: string;
    answer: string;
    intention: number;
    followed: StoredReviewAnswer['followed'];
    answered_at: string;
  }>;
  return rows.map((r) => ({
    id: r.id,
    promptKey: r.prompt_key,
    prompt: r.prompt,
    answer: r.answer,
    intention: r.intention === 1,
    followed: r.followed,
    answeredAt: new Date(r.answered_at),
  }));
}

const toReview = (db: DB, r: ReviewRow): StoredReview => ({
  id: r.id,
  uuid: r.uuid,
  week: r.week,
  figures: JSON.parse(r.figures) as Record<string, unknown>,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  answers: answersOf(db, r.id),
});

export function reviewOfWeek(db: DB, week: string): StoredReview | null {
  const row = stmt(db, 'SELECT * FROM reviews WHERE week = ?').get(week) as ReviewRow | undefined;
  return row ? toReview(db, row) : null;
}

/** The most recent review of a week before this one. */
export function reviewBefore(db: DB, week: string): StoredReview | null {
  const row = stmt(db, 'SELECT * FROM reviews WHERE week < ? ORDER BY week DESC LIMIT 1').get(week) as ReviewRow | undefined;
  return row ? toReview(db, row) : null;
}

export function allReviews(db: DB): StoredReview[] {
  return (stmt(db, 'SELECT * FROM reviews ORDER BY week DESC').all() as ReviewRow[]).map((r) => toReview(db, r));
}

export function reviewedWeeks(db: DB): Set<string> {
  return new Set((stmt(db, 'SELECT week FROM reviews').all() as Array<{ week: string }>).map((r) => r.week));
}

export interface NewAnswer {
  promptKey: string;
  prompt: string;
  answer: string;
  intention: boolean;
}

/** Saves a review (or adds to the existing one for that week, keeping its figures) in one go. */
export function saveReview(
  db: DB,
  week: string,
  figures: unknown,
  answers: NewAnswer[],
  followUps: Array<{ answerId: number; followed: 'yes' | 'partly' | 'no' }>,
  now: Date,
): number {
  const at = now.toISOString();
  const existing = stmt(db, 'SELECT id FROM reviews WHERE week = ?').get(week) as { id: number } | undefined;
  const id = existing
    ? existing.id
    : Number(stmt(db, 'INSERT INTO reviews (uuid, week, figures, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(newUuid(db), week, JSON.stringify(figures), at, at).lastInsertRowid);
  if (existing) stmt(db, 'UPDATE reviews SET updated_at = ? WHERE id = ?').run(at, id);
  const insert = stmt(db, 'INSERT INTO review_answers (review_id, prompt_key, prompt, answer, intention, answered_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const a of answers) insert.run(id, a.promptKey, a.prompt, a.answer, a.intention ? 1 : 0, at);
  const follow = stmt(db, 'UPDATE review_answers SET followed = ?, followed_in = ? WHERE id = ?');
  for (const f of followUps) follow.run(f.followed, id, f.answerId);
  return id;
}

interface FactRow {
  id: number;
  person_id: number;
  person: string;
  text: string;
  status: Status;
  late: number;
  made_at: string;
  due_date: string | null;
  due_time: string | null;
  resolved_at: string | null;
  resolved_week: string | null;
}

const toFact = (r: FactRow): PromiseFact => ({
  id: r.id,
  personId: r.person_id,
  person: r.person,
  text: r.text,
  status: r.status,
  late: r.late === 1,
  madeAt: new Date(r.made_at),
  due: r.due_date ? { date: r.due_date, time: r.due_time } : null,
  resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  resolvedWeek: r.resolved_week,
});

const FACTS = `SELECT pr.id, pr.person_id, p.name AS person, pr.text, pr.status, pr.late, pr.made_at, pr.due_date, pr.due_time, pr.resolved_at, pr.resolved_week
  FROM promises pr JOIN people p ON p.id = pr.person_id WHERE pr.deleted_at IS NULL`;

/**
 * What a week's report is made of: promises made, resolved or due around the week (a day of
 * margin either side, as the domain decides weeks by local dates), and every open one due by
 * its end (the overdue ones it counts). Four
 * indexed lookups joined by UNION, rather than one OR that would read the whole table.
 */
export const FACTS_AROUND = `${FACTS} AND pr.id IN (
    SELECT id FROM promises WHERE deleted_at IS NULL AND made_at BETWEEN @fromIso AND @toIso
    UNION SELECT id FROM promises WHERE deleted_at IS NULL AND resolved_at IS NOT NULL AND resolved_at BETWEEN @fromIso AND @toIso
    UNION SELECT id FROM promises WHERE deleted_at IS NULL AND due_key BETWEEN @fromKey AND @toKey)
  ORDER BY pr.id`;

export function factsAround(db: DB, fromIso: string, toIso: string, fromDate: string, toDate: string): PromiseFact[] {
  return (stmt(db, FACTS_AROUND).all({ fromIso, toIso, fromKey: `${fromDate} 00:00`, toKey: `${toDate} 24:00` }) as FactRow[]).map(toFact);
}

/** Open promises due before a day: overdue ones carried over from earlier weeks. */
export function openDueBefore(db: DB, date: string): { count: number; oldest: PromiseFact | null } {
  const where = "pr.status = 'open' AND pr.deleted_at IS NULL AND pr.due_key < ?";
  const count = (stmt(db, `SELECT count(*) AS n FROM promises pr WHERE ${where}`).get(`${date} 00:00`) as { n: number }).n;
  const oldest = stmt(db, `${FACTS} AND ${where} ORDER BY pr.due_key, pr.id LIMIT 1`).get(`${date} 00:00`) as FactRow | undefined;
  return { count, oldest: oldest ? toFact(oldest) : null };
}

export function renegotiationsBetween(db: DB, fromIso: string, toIso: string): Array<{ promiseId: number; at: Date }> {
  const rows = stmt(
    db,
    `SELECT e.promise_id, e.at FROM promise_events e JOIN promises pr ON pr.id = e.promise_id
     WHERE e.kind = 'renegotiated' AND pr.deleted_at IS NULL AND e.at BETWEEN ? AND ?`,
  ).all(fromIso, toIso) as Array<{ promise_id: number; at: string }>;
  return rows.map((r) => ({ promiseId: r.promise_id, at: new Date(r.at) }));
}
