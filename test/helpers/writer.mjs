// Logs conversations through the real `trust log` code until it is killed or reaches its count:
// each one is a new person, a conversation and three promises, saved in one transaction.
// Usage: node writer.mjs <journal> [count] [tag]
import { createRequire } from 'node:module';

const { log, openJournal, plain, useLanguage } = createRequire(import.meta.url)('../../dist/api.cjs');
await useLanguage('en');

const [path, count = '1000000', tag = String(process.pid)] = process.argv.slice(2);
const sink = { write: () => true };
let db;

for (let i = 1; i <= Number(count); i++) {
  const answers = ['first promise', '', '', 'second promise', '', '', 'third promise', '', '', ''];
  const prompt = {
    search: async () => ({ newName: `${tag}-${i}` }),
    // The relation 'other'; for the rhythm asked after it, the default.
    select: async ({ choices }) => (choices.some((c) => c.value === 'work') ? 'other' : null),
    input: async () => answers.shift(),
    confirm: async () => true,
  };
  const ctx = {
    now: new Date(),
    dbPath: path,
    db: () => (db ??= openJournal(path, { create: true })),
    prompt,
    interactive: true,
    out: sink,
    err: sink,
    c: plain,
  };
  await log({}, ctx);
}
db?.close();
