/** Takes a journal of the latest version back to the shape an older version left, for upgrade tests. */
import type Database from 'better-sqlite3';

/** What version 8 added: without it, the journal is as version 7 wrote it. */
export function backToVersion7(raw: Database.Database): void {
  raw.exec(`
    DROP TABLE calibration_weeks;
    PRAGMA user_version = 7;
  `);
}

/** What version 7 added: without it, the journal is as version 6 wrote it. */
export function backToVersion6(raw: Database.Database): void {
  backToVersion7(raw);
  raw.exec(`
    DROP TABLE apologies;
    DROP TABLE reminders;
    ALTER TABLE people DROP COLUMN rhythm_days;
    ALTER TABLE promises DROP COLUMN cue;
    ALTER TABLE repairs DROP COLUMN kind;
    ALTER TABLE repairs DROP COLUMN apology_at;
    PRAGMA user_version = 6;
  `);
}
