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
  // Tests run as root run trust as nobody (install.ts), who must pass through to the folders
  // made for it; each folder inside is still private (mkdtemp makes them 0700).
  chmodSync(root, 0o711);
  // Set before the workers start, so each inherits it.
  process.env.TRUST_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}
