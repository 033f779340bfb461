/**
 * Tables, drawn by cli-table3 and fitted to the width of the output (ctx.columns): a header,
 * a rule under it (so that the header reads as one without colour), then one row after another
 * with no rule between them, so that a listing reads like a list. The header is bold and the
 * borders gray only with colour: piped output carries no escape codes.
 *
 * cli-table3 draws; the measuring is done here, once. Its own layout and wrapping cost a good
 * part of a command's time (and grow with the square of the rows: see drawInChunks), so it is
 * given each column's width and each cell already fitted, one line of text a row.
 */
import Table from 'cli-table3';
import tableUtils from 'cli-table3/src/utils.js';
import type { Paint } from './colour.js';
import { cellLines, truncate } from './table-cells.js';
import { layoutColumns, type Cell, type ColumnFit, type ColumnKind } from './table-fit.js';
import { wrap } from './wrap.js';
import { listOf, t } from '../i18n/messages.js';

export type { Cell, ColumnFit, ColumnKind };
/** A column: its header, what it holds (see ColumnKind), and how it gives way when narrow (see ColumnFit). */
export type Column = readonly [head: string, kind: ColumnKind, fit?: ColumnFit];

/**
 * `width` is how many columns the whole table may take (Infinity: as wide as its contents).
 * A cell may hold line breaks; a missing cell is empty. Columns that do not fit are left out
 * (see layoutColumns), with a line under the table naming them.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly Cell[])[], c: Paint, width = Number.POSITIVE_INFINITY): string {
  const { shown, widths, left } = layoutColumns(
    columns.map(([head]) => head),
    columns.map(([, kind]) => kind),
    columns.map(([, , fit]) => fit),
    rows,
    width,
  );
  const heads = shown.map((i) => columns[i]![0]);
  const kinds = shown.map((i) => columns[i]![1]);
  // A header wider than its column wraps at words ("Keep" over "rate"), whatever its column holds.
  const head = heads.map((h, i) =>
    cellLines(h, 'wrap', widths[i]!)
      .map((line) => (line === '' ? '' : c.bold(line)))
      .join('\n'),
  );
  // Each row as the lines it takes: a row whose promise wraps to three lines is three rows here.
  const lines: string[][] = [];
  for (const row of rows) {
    const cells = kinds.map((kind, i) => cellLines(row[shown[i]!], kind, widths[i]!));
    let height = 1;
    for (const cell of cells) height = Math.max(height, cell.length);
    for (let l = 0; l < height; l++) lines.push(cells.map((cell) => cell[l] ?? ''));
  }
  const bar = c.gray('│');
  const options = {
    // Borders are painted with the run's painter, not cli-table3's own colours (@colors/colors,
    // kept out of the bundle): the vertical bars through `chars`, the horizontal lines whole.
    chars: { left: bar, middle: bar, right: bar },
    style: { head: [], border: [], compact: true },
    colWidths: widths.map((w) => w + 2),
    colAligns: kinds.map((kind): 'left' | 'right' => (kind === 'number' || kind === 'id' ? 'right' : 'left')),
    wordWrap: false,
  };
  const drawn = drawInGroups(options, head, lines);
  // The top border, the rule under the header and the bottom border.
  const headHeight = Math.max(...head.map((h) => h.split('\n').length));
  const ruled = new Set([0, drawn.length - 1]);
  if (lines.length > 0) ruled.add(headHeight + 1);
  const table = drawn.map((line, i) => (ruled.has(i) ? c.gray(line) : line)).join('\n');
  const named = left.map((i) => columns[i]![0]).filter((h) => h !== '');
  return named.length === 0 ? table : `${table}\n${wrap(c.dim(leftOutNote(named)), width)}`;
}

/**
 * The line under a table that left columns out: the reader who looks for a column the same
 * command showed at a wider terminal learns where it went, and how to see it.
 */
function leftOutNote(heads: string[]): string {
  return t().views.leftOut({ columns: listOf(heads, 'and') });
}

/**
 * cli-table3 spends most of its time on each cell it lays out (merging the table's options into
 * it one by one), and it looks for overlapping spans by comparing every cell with every cell
 * before it, which takes the square of the rows: a hundred thousand rows were not drawn in a
 * minute. So the lines of a table go to it a group at a time, each column's lines of a group in
 * one cell (the rows of a table have no rule between them, so a cell of many lines draws the
 * same), one table per group with the same column widths, stitched together without the
 * borders between them. The time grows with the rows, a few cells at a time.
 */
const GROUP = 32;

// cli-table3's truncate takes the cube of a cell's length: see truncate.
tableUtils.truncate = truncate;
// It carries colours across the lines of a cell, looking for escape codes line by line: text
// without any (all of it, when piped) is left as it is, which is what it would have returned.
const colourLines = tableUtils.colorizeLines;
tableUtils.colorizeLines = (cellLines) => (cellLines.some((line) => line.includes('\u001b')) ? colourLines(cellLines) : cellLines);

function drawInGroups(options: Table.TableConstructorOptions, head: string[], lines: string[][]): string[] {
  const out: string[] = [];
  let start = 0;
  do {
    const group = lines.slice(start, start + GROUP);
    const table = new Table(start === 0 ? { ...options, head } : options);
    if (group.length > 0) table.push(head.map((_, i) => group.map((line) => line[i]).join('\n')));
    const drawn = table.toString().split('\n');
    start += GROUP;
    const last = start >= lines.length;
    // Only the first group keeps its top border, only the last its bottom one.
    for (let i = out.length === 0 ? 0 : 1; i < (last ? drawn.length : drawn.length - 1); i++) out.push(drawn[i]!);
  } while (start < lines.length);
  return out;
}
