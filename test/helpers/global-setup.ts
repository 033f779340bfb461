/**
 * One temporary folder for the whole run, removed at its end. Every test journal, HOME and
 * export goes under it (see tempDir in cli.ts): the suite makes thousands of them, and left in
 * the system's temporary folder they made each later readdir of that folder slow.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'trust-test-run-'));
  // Tests that run trust as another user (journal-file's read-only cases, when root runs the
  // suite) must reach their own folders through this one; each of those stays private itself.
  chmodSync(root, 0o711);
  // Set before the workers start, so each inherits it.
  process.env.TRUST_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
