/**
 * The export's other shapes: CSV of promises for spreadsheets, and Markdown, a journal to read.
 */
import type { ExportFile } from '../domain/export-format.js';
import { groupBy } from '../domain/group.js';

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
  const lines = [`# Trust journal`, '', `Exported ${file.exportedAt}${file.anonymized ? ', with names replaced' : ''}.`];
  // Each person's promises gathered in one pass, in the file's order: not one pass per person.
  const byPerson = groupBy(file.promises.filter((p) => p.deletedAt === null), (p) => p.person, (p) => p);
  for (const person of file.people) {
    const theirs = byPerson.get(person.uuid) ?? [];
    lines.push('', `## ${mdText(person.name)} (${mdText(person.relation)})`, '');
    if (theirs.length === 0) lines.push('_No promises._');
    for (const p of theirs) {
      const outcome = p.status === 'open' ? `open${p.due ? `, due ${mdText(p.due)}${p.dueTime ? ' ' + mdText(p.dueTime) : ''}` : ''}` : `${mdText(p.status)}${p.late ? ' late' : ''} on ${day(p.resolvedAt)}`;
      lines.push(`- **${mdText(p.text)}** (made ${day(p.madeAt)}; ${outcome})${p.note ? `: ${mdText(p.note)}` : ''}`);
      for (const e of p.history.filter((e) => e.note && e.kind !== 'created')) lines.push(`  - ${mdText(e.kind)} ${day(e.at)}: ${mdText(e.note)}`);
    }
  }
  const names = new Map(file.people.map((p) => [p.uuid, p.name]));
  if (file.repairs.length > 0) lines.push('', '## Repairs');
  for (const r of file.repairs) {
    lines.push('', `### With ${mdText(names.get(r.person))}, ${day(r.startedAt)} (${mdText(r.cause)}, ${mdText(r.state)})`, '');
    for (const a of r.answers) {
      const answer = a.answer as Record<string, unknown>;
      const text = answer.draft ?? answer.text ?? answer.learned ?? (Array.isArray(answer.dates) ? answer.dates.join(', ') : JSON.stringify(answer));
      lines.push(`- ${mdText(a.title)}: ${mdText(text)}`);
    }
  }
  if (file.reviews.length > 0) lines.push('', '## Reviews');
  for (const r of file.reviews) {
    lines.push('', `### ${mdText(r.week)}`, '');
    const written = r.answers.filter((a) => a.answer !== '');
    if (written.length === 0) lines.push('_No answers._');
    for (const a of written) lines.push(`- ${mdText(a.prompt)}`, `  ${mdText(a.answer)}${a.intention ? ` _(intention${a.followed ? `, followed: ${mdText(a.followed)}` : ''})_` : ''}`);
  }
  return lines.join('\n') + '\n';
}
