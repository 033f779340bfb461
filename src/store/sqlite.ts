/**
 * The one place a better-sqlite3 database is made. trust bundles better-sqlite3's JavaScript
 * (see the build script), and from inside the bundle its `bindings` helper would look for the
 * compiled SQLite module beside the bundle, where it is not: so every open names the module.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';

export type DB = Database.Database;

/**
 * Where the compiled SQLite module is, when trust runs from its CommonJS bundle. Handing it to
 * better-sqlite3 also skips the search `bindings` makes through a dozen paths. Elsewhere (the
 * tests run the sources as ES modules) better-sqlite3 finds it itself.
 */
let nativeBinding: string | undefined | null = null;
function findNativeBinding(): string | undefined {
  if (nativeBinding !== null) return nativeBinding;
  nativeBinding = undefined;
  if (typeof require === 'function') {
    // First where npm puts it for trust installed on its own (dist/ and node_modules/ side by
    // side), which spares resolving the package; else wherever Node resolves it from here.
    const beside = join(__dirname, '..', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    try {
      const candidate = existsSync(beside) ? beside : join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
      if (existsSync(candidate)) nativeBinding = candidate;
    } catch {
      // Leave it to better-sqlite3.
    }
  }
  return nativeBinding;
}

export function sqlite(path: string | Buffer, options: Omit<Database.Options, 'nativeBinding'> = {}): DB {
  return new Database(path, { ...options, nativeBinding: findNativeBinding() });
}

const statements = new WeakMap<DB, Map<string, Database.Statement<unknown[]>>>();

/**
 * A statement compiled once per open journal and reused: a report asks the same question for
 * each of twenty repairs, and compiling costs more than running. Shared, so never switched into
 * `pluck()` or `raw()` mode; and not for `iterate()`, which keeps its statement busy until the
 * loop ends.
 */
export function stmt(db: DB, sql: string): Database.Statement<unknown[]> {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/**
 * A random (version 4) UUID from SQLite's generator, ChaCha20 seeded from the operating system's
 * randomness. Node's crypto.randomUUID would load node:crypto first, about 2 ms of every `log`.
 */
export function newUuid(db: DB): string {
  const { b } = stmt(db, 'SELECT randomblob(16) AS b').get() as { b: Buffer };
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // the RFC 4122 variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
