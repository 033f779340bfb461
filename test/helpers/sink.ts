/** What tests that drive main() in-process read back: its output, and a journal's whole contents. */
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';

/** A writable stream that keeps what is written to it. */
export function sink() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

/** Every row of every table of a journal, as one string: equal strings, an unchanged journal. */
export function contents(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).all()));
  } finally {
    db.close();
  }
}
