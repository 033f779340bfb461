// Builds a deterministic journal of n promises through trust's own store and plain prepared statements: about 200 people over
// ten years, a realistic mix of kept, late, broken, released and open promises, repairs for
// some breaks, and a weekly review most weeks. Same n, same journal, every time.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const api = createRequire(import.meta.url)('../../dist/api.cjs');

/** A small deterministic generator (LCG), so every run builds the same journal. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const RELATIONS = ['work', 'work', 'work', 'friend', 'family', 'customer', 'partner', 'other'];
const VERBS = ['Send', 'Call', 'Review', 'Fix', 'Bring', 'Book', 'Write', 'Pay back', 'Visit', 'Plan'];
const THINGS = ['the deck', 'the report', 'the bike', 'the cake', 'a table', 'the notes', 'the invoice', 'the photos', 'the plan', 'a card'];
const DAY = 86_400_000;

const iso = (ms) => new Date(ms).toISOString();
const dayOf = (ms) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The generator's version: raise it whenever what it builds changes, so that a journal cached by
 * an earlier run (run.mjs keeps them in the temporary folder) is built again.
 * 3: one transaction and plain prepared statements (a million promises in well under a minute),
 * and repairs closed as people close them, unless `openRepairs` keeps every one open.
 */
export const GENERATOR = 3;

/** Names for a journal of many people (the person search's bench): first names and made-up family names. */
const FIRST = ['Aiko', 'Alice', 'Amara', 'Ben', 'Carlos', 'Chloe', 'Daniel', 'Elena', 'Emma', 'Farah', 'Hana', 'Hiro', 'Ines', 'Ivan', 'Jia', 'Kenji', 'Leila', 'Liam', 'Maria', 'Mei', 'Noah', 'Olga', 'Omar', 'Priya', 'Rosa', 'Sam', 'Sara', 'Tariq', 'Yuki', 'Zoe'];
const SYLLABLES = ['ka', 'ta', 'na', 'mo', 'ri', 'son', 'ber', 'li', 'va', 'do', 'ne', 'shi', 'ro', 'ma', 'ten', 'gu', 'el', 'sa', 'ko', 'wen'];
function personName(next, taken) {
  for (;;) {
    const syllables = 2 + Math.floor(next() * 2);
    let family = '';
    for (let i = 0; i < syllables; i++) family += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    const name = `${FIRST[Math.floor(next() * FIRST.length)]} ${family[0].toUpperCase()}${family.slice(1)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Where a journal of n promises is cached; the worst case, every repair left open, apart. */
export function cachedName(n, { openRepairs = false } = {}) {
  return `trust-bench-journal-g${GENERATOR}-${n}${openRepairs ? '-open-repairs' : ''}.db`;
}

/**
 * Builds the journal at `path` and returns the name of a person with many promises.
 * Repairs older than a month are closed as a user closes them (the check-in met, what was learned
 * written down); `openRepairs` leaves every one in progress: the worst case for the views. With
 * `people`, that many people with varied names instead of the usual 200 "Person NNN".
 */
export function buildJournal(path, n, now, { openRepairs = false, people: peopleCount } = {}) {
  const next = random(n);
  const db = api.openJournal(path, { create: true });
  const start = now.getTime() - 10 * 365 * DAY;
  const span = now.getTime() - start - 14 * DAY;
  const people = [];
  const sql = (text) => db.prepare(text);
  const conversationRow = sql('INSERT INTO conversations (uuid, person_id, at) VALUES (?, ?, ?)');
  const promiseRow = sql(
    `INSERT INTO promises (uuid, person_id, conversation_id, text, made_at, due_date, due_time, status, resolved_at, resolved_week, late, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const eventRow = sql('INSERT INTO promise_events (promise_id, kind, at, recorded_at, note) VALUES (?, ?, ?, ?, ?)');
  const uuid = () => randomUUID();
  const latest = now.getTime() - 60_000;
  api.writeTx(db, () => {
    const taken = new Set();
    for (let i = 0; i < (peopleCount ?? 200); i++) {
      const name = peopleCount === undefined ? `Person ${String(i + 1).padStart(3, '0')}` : personName(next, taken);
      people.push(api.insertPerson(db, name, RELATIONS[i % RELATIONS.length], new Date(start)));
    }
    for (let i = 0; i < n; i++) {
      // Promises are made in time order, so the journal grows the way a real one does.
      const at = start + Math.floor((span * (i + next() * 0.5)) / n);
      const madeAt = iso(at);
      // A few people get most of the promises, as in life.
      const person = people[Math.floor(next() ** 2 * people.length)];
      const conversation = Number(conversationRow.run(uuid(), person.id, madeAt).lastInsertRowid);
      const due = { date: dayOf(at + Math.floor(1 + next() * 10) * DAY), time: next() < 0.2 ? '17:00' : null };
      const text = `${VERBS[Math.floor(next() * VERBS.length)]} ${THINGS[Math.floor(next() * THINGS.length)]}`;
      const recent = at > now.getTime() - 30 * DAY;
      const roll = next();
      const dueMs = new Date(`${due.date}T23:59:59`).getTime();
      let outcome = null;
      if (recent && roll < 0.6) outcome = null; // still open
      else if (roll < 0.78) outcome = ['kept', dueMs - DAY / 2, false, null];
      else if (roll < 0.88) outcome = ['kept', dueMs + 2 * DAY, true, null];
      else if (roll < 0.95) outcome = ['broken', dueMs + DAY, false, null];
      else if (roll < 0.98) outcome = ['released', dueMs - DAY, false, 'let off'];
      const resolvedMs = outcome && Math.min(outcome[1], latest);
      const resolvedAt = outcome && iso(resolvedMs);
      const id = Number(
        promiseRow.run(uuid(), person.id, conversation, text, madeAt, due.date, due.time, outcome ? outcome[0] : 'open', resolvedAt, outcome && isoWeek(new Date(resolvedMs)), outcome?.[2] ? 1 : 0, resolvedAt ?? madeAt).lastInsertRowid,
      );
      eventRow.run(id, 'created', madeAt, madeAt, null);
      if (outcome) eventRow.run(id, outcome[0], resolvedAt, resolvedAt, outcome[3]);
      if (roll >= 0.88 && roll < 0.95 && next() < 0.2) repairFor(db, person, id, dueMs + DAY, now, openRepairs, next);
    }
    // The figures trust keeps up to date on every change, worked out once for the whole journal.
    api.recomputeStats(db);
    // A review most weeks: figures of the shape a review saves (small ones, as an import checks
    // the shape), answers as people write them.
    for (let week = start; week < now.getTime() - 7 * DAY; week += 7 * DAY) {
      if (next() < 0.3) continue;
      const d = new Date(week);
      const key = isoWeek(d);
      api.saveReview(db, key, figures(key, d), [{ promptKey: 'thanks', prompt: 'Who helped you?', answer: 'A colleague.', intention: next() < 0.3 }], [], d);
    }
  });
  db.close();
  return people[0].name;
}

/**
 * A repair of a break: the facts and owning it written the day after, a check-in a week later.
 * Once a month has passed, it was closed as people close one: the apology delivered, the
 * check-in met by a conversation, what was learned written down.
 */
function repairFor(db, person, promiseId, atMs, now, keepOpen, next) {
  const at = new Date(atMs);
  const repair = api.insertRepair(db, { personId: person.id, promiseId, cause: 'mistake', checklistVersion: 1 }, at);
  api.saveAnswer(db, repair, { key: 'facts', title: 'The facts' }, { text: 'It slipped.' }, at);
  api.saveAnswer(db, repair, { key: 'own', title: 'Own it' }, { text: 'I did not put it in my calendar.' }, at);
  const checkin = atMs + 8 * DAY;
  api.addCheckins(db, repair, [dayOf(checkin)]);
  const closeMs = atMs + (10 + Math.floor(next() * 20)) * DAY;
  if (keepOpen || closeMs > now.getTime() - 2 * DAY) return;
  const delivered = new Date(atMs + 2 * DAY);
  api.saveAnswer(db, repair, { key: 'delivered', title: 'Deliver the apology' }, { text: 'In person.', at: delivered.toISOString() }, delivered);
  api.insertConversation(db, person.id, new Date(checkin + DAY / 2));
  const closed = new Date(closeMs);
  api.saveAnswer(db, repair, { key: 'close', title: 'Close' }, { learned: 'Write the date down at once.' }, closed);
  api.closeRepair(db, repair, 'done', 'Write the date down at once.', closed);
}

function isoWeek(d) {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t - Date.UTC(year, 0, 1)) / DAY + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** A week's saved figures, quiet ones: what `trust review` saves, so that an export of the journal imports. */
function figures(key, d) {
  const monday = new Date(d.getTime() - ((d.getDay() + 6) % 7) * DAY);
  const counts = { made: 0, due: 0, keptOnTime: 0, keptLate: 0, broken: 0, released: 0, renegotiated: 0, stillOpen: 0, overdue: 0 };
  const streak = { current: 0, best: 0 };
  return {
    week: key,
    weekStart: dayOf(monday.getTime()),
    weekEnd: dayOf(monday.getTime() + 6 * DAY),
    counts,
    keepRate: { thisWeek: null, fourWeeksBefore: null, change: null },
    streaks: { keep: { ...streak, currentLate: 0 }, cleanWeeks: streak, reviews: streak },
    people: [],
    repairs: [],
    quiet: [],
    series: [],
  };
}
