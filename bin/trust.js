#!/usr/bin/env node
// Launcher for the bundle in dist/ (npm install builds it through the prepare script).
import { createRequire } from 'node:module';

let cli;
try {
  cli = createRequire(import.meta.url)('../dist/cli.cjs');
} catch (error) {
  const missing = error?.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(
    missing ? 'trust: The built files are missing.\nRun `npm install` (or `npm run build`) in the trust folder.\n' : `trust: Could not start: ${error?.message ?? error}\n`,
  );
  process.exit(1);
}
process.exitCode = await cli.main(process.argv);
