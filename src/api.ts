/**
 * The pieces that scripts outside the CLI use: the benchmark builds journals through the store,
 * and the crash tests drive `trust log` with a scripted prompt. Built to dist/api.cjs.
 */
export { main } from './cli.js';
// Scripts load a catalogue before calling anything that may speak (main loads its own).
export { useLanguage } from './i18n/messages.js';
export { log } from './commands/log.js';
export { openJournal } from './store/open.js';
export { writeTx } from './store/tx.js';
export { insertPerson, insertConversation } from './store/people.js';
export { insertPromise, resolvePromise, renegotiate } from './store/promises.js';
export { insertRepair, saveAnswer, addCheckins, closeRepair } from './store/repairs.js';
export { recomputeStats } from './store/stats.js';
export { saveReview } from './store/reviews.js';
export { plain } from './ui/colour.js';
