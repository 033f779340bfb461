/** What a user reads never names trust's own files or the temporary name of a copy in progress. */
import { describe, expect, it } from 'vitest';
import { withoutInternalPaths } from '../../src/errors.js';

describe('withoutInternalPaths', () => {
  it('hides files of the installation and of its packages', () => {
    expect(withoutInternalPaths('Cannot find module /opt/trust/dist/chunk.cjs', '/opt/trust')).toBe("Cannot find module (a file of trust's own)");
    expect(withoutInternalPaths("Could not load '/usr/lib/node_modules/trust/node_modules/better-sqlite3/build/Release/better_sqlite3.node'")).toBe("Could not load '(a file of trust's own)'");
  });

  it('drops the temporary suffix of a copy in progress', () => {
    expect(withoutInternalPaths('disk I/O error writing /home/a/trust.db.tmp-4242-1763700000000-journal')).toBe('disk I/O error writing /home/a/trust.db');
  });

  it("leaves the user's own paths alone, a folder named dist included", () => {
    const message = 'unable to open /home/a/dist/trust.db';
    expect(withoutInternalPaths(message, '/opt/trust')).toBe(message);
  });
});
