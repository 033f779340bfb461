/**
 * The export's other shapes: CSV of promises for spreadsheets, and Markdown, a journal to read.
 */
import type { ExportFile } from '../domain/export-format.js';
import { groupBy } from '../domain/group.js';

const CSV_COLUMNS = ['id', 'uuid', 'person', 'relation', 'text', 'note', 'status', 'late', 'made_at', 'due', 'due_time', 'resolved_at'] as const;

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(file: ExportFile): string {
  const people = new Map(file.people.map((p) => [p.uuid, p]));
  const rows = file.promises
    .filter((p) => p.deletedAt === null)
    .map((p) => {
      const person = people.get(p.person)!;
      return [p.id, p.uuid, person.name, person.relation, p.text, p.note, p.status, p.late, p.madeAt, p.due, p.dueTime, p.resolvedAt].map(cell).join(',');
    });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

export function toMarkdown(file: ExportFile): string {
  const lines = [`# Trust journal`, '', `Exported ${file.exportedAt}${file.anonymized ? ', with names replaced' : ''}.`];
  // Each person's promises gathered in one pass, in the file's order: not one pass per person.
  const byPerson = groupBy(file.promises.filter((p) => p.deletedAt === null), (p) => p.person, (p) => p);
  for (const person of file.people) {
    const theirs = byPerson.get(person.uuid) ?? [];
    lines.push('', `## ${person.name} (${person.relation})`, '');
    if (theirs.length === 0) lines.push('_No promises._');
    for (const p of theirs) {
      const outcome = p.status === 'open' ? `open${p.due ? `, due ${p.due}${p.dueTime ? ' ' + p.dueTime : ''}` : ''}` : `${p.status}${p.late ? ' late' : ''} on ${day(p.resolvedAt)}`;
      lines.push(`- **${p.text}** (made ${day(p.madeAt)}; ${outcome})${p.note ? `: ${p.note}` : ''}`);
      for (const e of p.history.filter((e) => e.note && e.kind !== 'created')) lines.push(`  - ${e.kind} ${day(e.at)}: ${e.note}`);
    }
  }
  const names = new Map(file.people.map((p) => [p.uuid, p.name]));
  if (file.repairs.length > 0) lines.push('', '## Repairs');
  for (const r of file.repairs) {
    lines.push('', `### With ${names.get(r.person)}, ${day(r.startedAt)} (${r.cause}, ${r.state})`, '');
    for (const a of r.answers) {
      const answer = a.answer as Record<string, unknown>;
      const text = answer.draft ?? answer.text ?? answer.learned ?? (Array.isArray(answer.dates) ? answer.dates.join(', ') : JSON.stringify(answer));
      lines.push(`- ${a.title}: ${String(text)}`);
    }
  }
  if (file.reviews.length > 0) lines.push('', '## Reviews');
  for (const r of file.reviews) {
    lines.push('', `### ${r.week}`, '');
    const written = r.answers.filter((a) => a.answer !== '');
    if (written.length === 0) lines.push('_No answers._');
    for (const a of written) lines.push(`- ${a.prompt}`, `  ${a.answer}${a.intention ? ` _(intention${a.followed ? `, followed: ${a.followed}` : ''})_` : ''}`);
  }
  return lines.join('\n') + '\n';
}
