#!/usr/bin/env node
// Launcher for the build in dist/ (npm install builds it through the prepare script).
import('../dist/cli.js').then(
  async ({ main }) => {
    process.exitCode = await main(process.argv);
  },
  (error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write('trust: The built files are missing.\nRun `npm install` (or `npm run build`) in the trust folder.\n');
    } else {
      process.stderr.write(`trust: Could not start: ${error?.message ?? error}\n`);
    }
    process.exitCode = 1;
  },
);
