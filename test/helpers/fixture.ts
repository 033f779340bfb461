/**
 * A journal built once per test file and copied for each test that asks for it. The e2e suites
 * fill their journals through the real binary, one spawn per line; on a loaded two-core machine
 * a spawn can take most of a second, and dozens per test made whole files slow. Each copy is a
 * file of its own, so the tests stay independent of each other.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { tempDb } from './cli.js';

function copyOf(template: string): string {
  const db = tempDb();
  copyFileSync(template, db);
  // trust leaves no -wal behind once it exits, but a builder may still hold a connection.
  if (existsSync(`${template}-wal`)) copyFileSync(`${template}-wal`, `${db}-wal`);
  return db;
}

/** Returns a function that gives a fresh copy of the journal `build` makes (built on first use). */
export function journalFixture(build: (db: string) => void): () => string {
  let template: string | undefined;
  return () => {
    if (template === undefined) {
      const db = tempDb();
      build(db);
      template = db;
    }
    return copyOf(template);
  };
}

/** The same for a builder that awaits (handlers driven in-process). */
export function asyncJournalFixture(build: (db: string) => Promise<void>): () => Promise<string> {
  let template: Promise<string> | undefined;
  return async () => {
    template ??= (async () => {
      const db = tempDb();
      await build(db);
      return db;
    })();
    return copyOf(await template);
  };
}
