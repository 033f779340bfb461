/** The parts of trust repair, gathered so that the language's index.ts names them in one line. */
export { default as checklist } from './checklist.js';
export { default as repair } from './repair.js';
