/**
 * The export's other shapes: CSV of promises for spreadsheets, and Markdown, a journal to read.
 */
import type { ExportFile } from '../domain/export-format.js';
import { groupBy } from '../domain/group.js';
import { t } from '../i18n/messages.js';

const CSV_COLUMNS = ['id', 'uuid', 'person', 'relation', 'text', 'note', 'status', 'late', 'made_at', 'due', 'due_time', 'resolved_at', 'cue'] as const;

/** Where a spreadsheet may split a cell, whatever separator it guesses (comma, semicolon, tab, pipe, a new line). */
const SEPARATORS = ',;\t|\r\n';
/** What makes a spreadsheet run a cell as a formula: = + - @ (also full-width), a tab or carriage return. */
const FORMULA_START = '=+\\-@\t\r＝＋－＠';
const formulaAtStart = new RegExp(`^[${FORMULA_START}]`);
const formulaAfterSeparator = new RegExp(`([${SEPARATORS}])(?=[${FORMULA_START}])`, 'g');
const needsQuotes = new RegExp(`["${SEPARATORS}]`);

/**
 * RFC 4180 quoting, and the formula guard: an apostrophe (a spreadsheet's own "this is text")
 * before a formula sign at the start of the cell or right after any separator, since a
 * spreadsheet set to split on ";" would make "a;=cmd" two cells, the second a formula. Any cell
 * holding a separator is quoted, so no separator splits it.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  text = text.replace(formulaAfterSeparator, "$1'");
  if (formulaAtStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(file: ExportFile): string {
  const people = new Map(file.people.map((p) => [p.uuid, p]));
  const rows = file.promises
    .filter((p) => p.deletedAt === null)
    .map((p) => {
      const person = people.get(p.person)!;
      return [p.id, p.uuid, person.name, person.relation, p.text, p.note, p.status, p.late, p.madeAt, p.due, p.dueTime, p.resolvedAt, p.cue ?? null].map(csvCell).join(',');
    });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

/**
 * User text made inert in Markdown. HTML goes in as entities (no <script>, no <img onerror>);
 * the punctuation that starts inline Markdown (code, emphasis, links, images, strikethrough, a
 * table cell, a heading's closing #) is backslash-escaped; a line break becomes <br>, so no line
 * of user text can start a block of its own; a script link's colon is escaped too. Everything
 * else is left as typed, so the file still reads well as plain text.
 */
export function mdText(value: unknown): string {
  return String(value ?? '')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/\b(javascript|vbscript|data|file):/gi, '$1\\:')
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/\t/g, ' ');
}

export function toMarkdown(file: ExportFile): string {
  const m = t().transfer.markdown;
  const w = t().words;
  const lines = [m.title(), '', file.anonymized ? m.exportedAnonymized({ at: file.exportedAt }) : m.exported({ at: file.exportedAt })];
  // Each person's promises gathered in one pass, in the file's order: not one pass per person.
  const byPerson = groupBy(file.promises.filter((p) => p.deletedAt === null), (p) => p.person, (p) => p);
  for (const person of file.people) {
    const theirs = byPerson.get(person.uuid) ?? [];
    lines.push('', `## ${mdText(person.name)} (${mdText(wordFor(w.relation, person.relation))})`, '');
    if (theirs.length === 0) lines.push(m.noPromises());
    for (const p of theirs) {
      const status = mdText(wordFor(w.status, p.status));
      const outcome =
        p.status === 'open'
          ? p.due
            ? m.openDue({ due: mdText(p.due) + (p.dueTime ? ' ' + mdText(p.dueTime) : '') })
            : m.open()
          : (p.late ? m.resolvedLate : m.resolved)({ status, day: day(p.resolvedAt) });
      const promise = { text: mdText(p.text), made: day(p.madeAt), outcome };
      lines.push(p.note ? m.promiseNote({ ...promise, note: mdText(p.note) }) : m.promise(promise));
      for (const e of p.history.filter((e) => e.note && e.kind !== 'created')) lines.push(`  - ${mdText(wordFor(t().views.event, e.kind))} ${day(e.at)}: ${mdText(e.note)}`);
    }
  }
  const names = new Map(file.people.map((p) => [p.uuid, p.name]));
  if (file.repairs.length > 0) lines.push('', m.repairs());
  for (const r of file.repairs) {
    const cause = mdText(wordFor(t().checklist.causeShort, r.cause));
    const state = mdText(wordFor(t().repair.state, r.state));
    lines.push('', m.repair({ person: mdText(names.get(r.person)), day: day(r.startedAt), cause, state }), '');
    for (const a of r.answers) {
      const answer = a.answer as Record<string, unknown>;
      const text = answer.draft ?? answer.text ?? answer.learned ?? (Array.isArray(answer.dates) ? answer.dates.join(', ') : JSON.stringify(answer));
      lines.push(`- ${mdText(a.title)}: ${mdText(text)}`);
    }
  }
  if (file.reviews.length > 0) lines.push('', m.reviews());
  for (const r of file.reviews) {
    lines.push('', `### ${mdText(r.week)}`, '');
    const written = r.answers.filter((a) => a.answer !== '');
    if (written.length === 0) lines.push(m.noAnswers());
    for (const a of written) {
      const intention = a.intention ? (a.followed ? m.intentionFollowed({ followed: mdText(a.followed) }) : m.intention()) : '';
      lines.push(`- ${mdText(a.prompt)}`, `  ${mdText(a.answer)}${intention}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A stored word (a status, a relation …) in the interface language; one this trust does not know, as stored. */
function wordFor(words: Readonly<Record<string, () => string>>, value: string): string {
  return Object.hasOwn(words, value) ? words[value]!() : value;
}
