// Builds a deterministic journal of n promises through trust's own store: about 200 people over
// ten years, a realistic mix of kept, late, broken, released and open promises, repairs for
// some breaks, and a weekly review most weeks. Same n, same journal, every time.
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
 */
export const GENERATOR = 2;

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

/**
 * Builds the journal at `path` and returns the name of a person with many promises. With
 * `people`, that many people with varied names instead of the usual 200 "Person NNN".
 */
export function buildJournal(path, n, now, { people: peopleCount } = {}) {
  const next = random(n);
  const db = api.openJournal(path, { create: true });
  const start = now.getTime() - 10 * 365 * DAY;
  const span = now.getTime() - start - 14 * DAY;
  const people = [];
  // Promises are made in time order, so the journal grows the way a real one does.
  const made = Array.from({ length: n }, (_, i) => start + Math.floor((span * (i + next() * 0.5)) / n));
  api.writeTx(db, () => {
    const taken = new Set();
    for (let i = 0; i < (peopleCount ?? 200); i++) {
      const name = peopleCount === undefined ? `Person ${String(i + 1).padStart(3, '0')}` : personName(next, taken);
      people.push(api.insertPerson(db, name, RELATIONS[i % RELATIONS.length], new Date(start)));
    }
  });
  const batch = 5000;
  // Resolutions are applied afterwards in the order they happened, as they would have been.
  const resolutions = [];
  const resolve = (id, status, atMs, late, note) => resolutions.push({ id, status, atMs, late, note });
  for (let from = 0; from < n; from += batch) {
    api.writeTx(db, () => {
      for (let i = from; i < Math.min(n, from + batch); i++) {
        const at = made[i];
        // A few people get most of the promises, as in life.
        const person = people[Math.floor(next() ** 2 * people.length)];
        const conversation = api.insertConversation(db, person.id, new Date(at));
        const due = { date: dayOf(at + Math.floor(1 + next() * 10) * DAY), time: next() < 0.2 ? '17:00' : null };
        const text = `${VERBS[Math.floor(next() * VERBS.length)]} ${THINGS[Math.floor(next() * THINGS.length)]}`;
        const id = api.insertPromise(db, { personId: person.id, conversationId: conversation, text, note: null, due }, new Date(at));
        const recent = at > now.getTime() - 30 * DAY;
        const roll = next();
        if (recent && roll < 0.6) continue; // still open
        const dueMs = new Date(`${due.date}T23:59:59`).getTime();
        if (roll < 0.78) resolve(id, 'kept', dueMs - DAY / 2, false, null);
        else if (roll < 0.88) resolve(id, 'kept', dueMs + 2 * DAY, true, null);
        else if (roll < 0.95) resolve(id, 'broken', dueMs + DAY, false, null);
        else if (roll < 0.98) resolve(id, 'released', dueMs - DAY, false, 'let off');
        if (roll >= 0.88 && roll < 0.95 && next() < 0.2) {
          const repair = api.insertRepair(db, { personId: person.id, promiseId: id, cause: 'mistake', checklistVersion: 1 }, new Date(dueMs + DAY));
          api.saveAnswer(db, repair, { key: 'facts', title: 'The facts' }, { text: 'It slipped.' }, new Date(dueMs + DAY));
          api.addCheckins(db, repair, [dayOf(dueMs + 8 * DAY)]);
        }
      }
    });
  }
  resolutions.sort((a, b) => a.atMs - b.atMs || a.id - b.id);
  for (let from = 0; from < resolutions.length; from += batch) {
    api.writeTx(db, () => {
      for (const r of resolutions.slice(from, from + batch)) {
        const at = new Date(Math.min(r.atMs, now.getTime() - 60_000));
        api.resolvePromise(db, r.id, r.status, at, r.late, r.note, at);
      }
    });
  }
  // A review most weeks: figures of the shape a review saves (small ones, as an import checks the
  // shape), answers as people write them.
  api.writeTx(db, () => {
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
