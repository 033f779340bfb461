/**
 * The journal's schema, versioned with PRAGMA user_version. Each migration runs inside one
 * IMMEDIATE transaction that re-reads the version first, so several trust processes starting
 * together after an upgrade migrate exactly once.
 */
import type { DB } from './sqlite.js';
import { writeTx } from './tx.js';
import { recomputeStats } from './stats.js';
import { weekOfInstant } from '../domain/weeks.js';

/**
 * trust's own mark in the SQLite header (PRAGMA application_id, bytes 68–71): "TRST". A file
 * without it is not a journal, whatever its user_version says, and is never touched. Journals
 * from before version 5 lack it and are recognised by their tables until they are upgraded.
 */
export const APPLICATION_ID = 0x54525354;

/** The tables each version of the schema has, so a file of another program is never taken for a journal. */
const TABLES_BY_VERSION: readonly (readonly string[])[] = [
  [],
  ['people', 'conversations', 'promises', 'promise_events'],
  ['repairs', 'repair_answers', 'repair_checkins'],
  ['reviews', 'review_answers'],
  ['journal_stats', 'person_stats', 'week_stats'],
  [],
  [],
  ['apologies', 'reminders'],
  ['calibration_weeks'],
];

/** Every table a journal of this version must have. */
export function expectedTables(version: number): string[] {
  return TABLES_BY_VERSION.slice(0, version + 1).flat();
}

/** SQL, or a function for what SQL alone cannot do (weeks in the local time zone). */
type Migration = string | ((db: DB) => void);

const MIGRATIONS: readonly Migration[] = [
  // 1: people, conversations, promises and their history.
  `
  CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    relation TEXT NOT NULL CHECK (relation IN ('work','partner','family','friend','customer','self','other')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  -- One row per "trust log": when the user last talked with someone.
  CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    at TEXT NOT NULL
  );
  CREATE INDEX conversations_person_at ON conversations(person_id, at);

  CREATE TABLE promises (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    conversation_id INTEGER REFERENCES conversations(id),
    text TEXT NOT NULL,
    note TEXT,
    made_at TEXT NOT NULL,
    due_date TEXT,
    due_time TEXT,
    -- "YYYY-MM-DD HH:mm", with 24:00 for a day without a time: the domain's dueKey.
    due_key TEXT GENERATED ALWAYS AS (due_date || ' ' || coalesce(due_time, '24:00')) VIRTUAL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','kept','broken','released')),
    resolved_at TEXT,
    late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
    deleted_at TEXT,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'open') = (resolved_at IS NULL)),
    CHECK (due_time IS NULL OR due_date IS NOT NULL)
  );
  CREATE INDEX promises_status_due ON promises(status, due_key) WHERE deleted_at IS NULL;
  CREATE INDEX promises_person ON promises(person_id, made_at);
  CREATE INDEX promises_resolved ON promises(resolved_at, id) WHERE resolved_at IS NOT NULL AND deleted_at IS NULL;

  -- Nothing is rewritten silently: every change to a promise adds a row here.
  CREATE TABLE promise_events (
    id INTEGER PRIMARY KEY,
    promise_id INTEGER NOT NULL REFERENCES promises(id),
    kind TEXT NOT NULL CHECK (kind IN ('created','renegotiated','kept','broken','released','edited','deleted')),
    at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    note TEXT,
    detail TEXT
  );
  CREATE INDEX promise_events_promise ON promise_events(promise_id, id);
  `,
  // 2: repairs, their answers step by step, check-in dates, and repair promises.
  `
  CREATE TABLE repairs (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES people(id),
    promise_id INTEGER REFERENCES promises(id),
    cause TEXT NOT NULL CHECK (cause IN ('mistake','breach','miscommunication','other')),
    checklist_version INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'in progress' CHECK (state IN ('in progress','done','abandoned')),
    learned TEXT,
    started_at TEXT NOT NULL,
    closed_at TEXT,
    updated_at TEXT NOT NULL,
    CHECK ((state = 'in progress') = (closed_at IS NULL))
  );
  CREATE INDEX repairs_state ON repairs(state, updated_at);
  CREATE INDEX repairs_promise ON repairs(promise_id);

  -- One row per answered step. The title is kept with the answer so that it stays readable
  -- if a later checklist version renames or drops the step.
  CREATE TABLE repair_answers (
    repair_id INTEGER NOT NULL REFERENCES repairs(id),
    step TEXT NOT NULL,
    title TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (repair_id, step)
  ) WITHOUT ROWID;

  CREATE TABLE repair_checkins (
    id INTEGER PRIMARY KEY,
    repair_id INTEGER NOT NULL REFERENCES repairs(id),
    date TEXT NOT NULL
  );
  CREATE INDEX repair_checkins_date ON repair_checkins(date);

  ALTER TABLE promises ADD COLUMN repair_id INTEGER REFERENCES repairs(id);
  CREATE INDEX promises_repair ON promises(repair_id) WHERE repair_id IS NOT NULL;
  `,
  // 3: weekly reviews: the figures as they stood, the prompts asked, the answers and intentions.
  `
  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    week TEXT NOT NULL UNIQUE,
    figures TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );

  CREATE TABLE review_answers (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES reviews(id),
    prompt_key TEXT NOT NULL,
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL,
    intention INTEGER NOT NULL DEFAULT 0 CHECK (intention IN (0, 1)),
    -- Filled in by a later review that asked whether the intention was followed.
    followed TEXT CHECK (followed IN ('yes', 'partly', 'no')),
    followed_in INTEGER REFERENCES reviews(id),
    answered_at TEXT NOT NULL
  );
  CREATE INDEX review_answers_review ON review_answers(review_id);
  CREATE INDEX promise_events_kind_at ON promise_events(kind, at);
  `,
  // 4: figures kept up to date on every change, so reading them stays instant at any size,
  // and the indexes the weekly review reads by.
  (db) => {
    db.exec(`
      CREATE TABLE journal_stats (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        keep_current INTEGER NOT NULL,
        keep_best INTEGER NOT NULL,
        keep_current_late INTEGER NOT NULL,
        score REAL NOT NULL,
        kept INTEGER NOT NULL,
        broken INTEGER NOT NULL,
        last_key TEXT
      );
      CREATE TABLE person_stats (
        person_id INTEGER PRIMARY KEY REFERENCES people(id),
        made INTEGER NOT NULL DEFAULT 0,
        open INTEGER NOT NULL DEFAULT 0,
        kept INTEGER NOT NULL DEFAULT 0,
        kept_late INTEGER NOT NULL DEFAULT 0,
        broken INTEGER NOT NULL DEFAULT 0,
        released INTEGER NOT NULL DEFAULT 0,
        score REAL NOT NULL DEFAULT 0,
        last_key TEXT
      );
      CREATE TABLE week_stats (
        week TEXT PRIMARY KEY,
        kept INTEGER NOT NULL,
        broken INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX promises_made ON promises(made_at) WHERE deleted_at IS NULL;
      CREATE INDEX promises_due ON promises(due_key) WHERE deleted_at IS NULL;
      CREATE INDEX promises_person_resolved ON promises(person_id, resolved_at) WHERE deleted_at IS NULL;
    `);
    // The figures are computed by version 5, which every upgrade runs in the same transaction:
    // they need the week each resolution belongs to, which this version does not have yet.
  },
  // 5: trust's mark in the file header; "reopened" in a promise's history (a mistaken outcome
  // undone, both events kept); and the ISO week each resolution counts in, fixed when it is
  // resolved, in the time zone in force then. A week's figures must not move because the
  // computer later travelled to another time zone: recomputing them gives the kept figures.
  (db) => {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    // SQLite cannot change a CHECK constraint in place: the history table is rebuilt, rows and
    // ids unchanged. Nothing refers to its rows, so it can be dropped inside the transaction.
    db.exec(`
      CREATE TABLE promise_events_v5 (
        id INTEGER PRIMARY KEY,
        promise_id INTEGER NOT NULL REFERENCES promises(id),
        kind TEXT NOT NULL CHECK (kind IN ('created','renegotiated','kept','broken','released','reopened','edited','deleted')),
        at TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        note TEXT,
        detail TEXT
      );
      INSERT INTO promise_events_v5 SELECT id, promise_id, kind, at, recorded_at, note, detail FROM promise_events;
      DROP TABLE promise_events;
      ALTER TABLE promise_events_v5 RENAME TO promise_events;
      CREATE INDEX promise_events_promise ON promise_events(promise_id, id);
      CREATE INDEX promise_events_kind_at ON promise_events(kind, at);
      ALTER TABLE promises ADD COLUMN resolved_week TEXT;
    `);
    // Resolutions made before this version take the week of the time zone of the upgrade, as
    // version 4's figures did.
    const setWeek = db.prepare('UPDATE promises SET resolved_week = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, resolved_at FROM promises WHERE resolved_at IS NOT NULL').all() as Array<{ id: number; resolved_at: string }>;
    for (const r of rows) setWeek.run(weekOfInstant(new Date(r.resolved_at)).key, r.id);
    recomputeStats(db);
  },
  // 6: a repair's check-ins found through an index rather than by reading every check-in of
  // every repair: `repair --list` and the dashboard ask for them repair by repair.
  `
  CREATE INDEX repair_checkins_repair ON repair_checkins(repair_id, date);
  `,
  // 7: acting before a promise breaks. Each addition is a new column with a default or a new
  // table, so the upgrade rewrites no row, whatever the journal's size.
  `
  -- How often the user wants to be in touch, in days; NULL is the default four weeks.
  ALTER TABLE people ADD COLUMN rhythm_days INTEGER CHECK (rhythm_days IS NULL OR rhythm_days BETWEEN 1 AND 3660);
  -- The if-then cue of an implementation intention: "after the Monday stand-up".
  ALTER TABLE promises ADD COLUMN cue TEXT;
  -- A promise to oneself opens a self-repair (what got in the way, a smaller promise), not an apology.
  ALTER TABLE repairs ADD COLUMN kind TEXT NOT NULL DEFAULT 'apology' CHECK (kind IN ('apology', 'self'));
  -- When the apology was made: the time from the break to it is what the figures show.
  ALTER TABLE repairs ADD COLUMN apology_at TEXT;

  -- A short apology already made for a broken promise, without a whole repair: not a repair row,
  -- which would count among repairs in progress and need a cause and a checklist.
  CREATE TABLE apologies (
    promise_id INTEGER NOT NULL REFERENCES promises(id),
    said_at TEXT NOT NULL,
    note TEXT,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (promise_id, said_at)
  ) WITHOUT ROWID;

  -- What "trust remind" has already told, so a timer every 15 minutes says each thing once. The
  -- key of the due moment is part of the row: a renegotiated promise is reminded of again. This
  -- machine's own state: not exported, not synced.
  CREATE TABLE reminders (
    kind TEXT NOT NULL,
    ref INTEGER NOT NULL,
    due_key TEXT NOT NULL,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (kind, ref, due_key)
  ) WITHOUT ROWID;
  `,
  // 8: calibration. Promises kept with a due date, per ISO week of resolution, as the other
  // figures are kept: how many, how many late, and of those logged with an if-then cue. The
  // change over the last 12 weeks and the cue's effect read a few dozen rows instead of every
  // keep. Filled from the promises in one statement; nothing else is rewritten.
  `
  CREATE TABLE calibration_weeks (
    week TEXT PRIMARY KEY,
    kept INTEGER NOT NULL,
    late INTEGER NOT NULL,
    cued INTEGER NOT NULL,
    cued_late INTEGER NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO calibration_weeks (week, kept, late, cued, cued_late)
    SELECT resolved_week, count(*), sum(late), sum(cue IS NOT NULL), sum(late = 1 AND cue IS NOT NULL)
    FROM promises
    WHERE status = 'kept' AND due_date IS NOT NULL AND deleted_at IS NULL AND resolved_week IS NOT NULL
    GROUP BY resolved_week;
  `,
];

export const LATEST_VERSION = MIGRATIONS.length;

export function migrate(db: DB): void {
  const current = () => db.pragma('user_version', { simple: true }) as number;
  if (current() >= LATEST_VERSION) return;
  writeTx(db, () => {
    // Another process may have migrated while we waited for the lock.
    for (let version = current(); version < LATEST_VERSION; version++) {
      const migration = MIGRATIONS[version]!;
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + 1}`);
    }
  });
}
