/**
 * Tests run cli-table3 from node_modules, not from the bundle: give it the width function the
 * bundle gives it (scripts/build.mjs aliases string-width to src/stubs/string-width.cjs), so
 * that what the tests see is what users see.
 */
import { createRequire } from 'node:module';
import { displayWidth } from '../../src/ui/width.js';

const require = createRequire(import.meta.url);
const path = createRequire(require.resolve('cli-table3')).resolve('string-width');
require.cache[path] = { id: path, filename: path, loaded: true, exports: displayWidth } as unknown as NodeJS.Module;
