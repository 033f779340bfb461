/**
 * How wide each column of a table is, so that the table never exceeds the width it is given,
 * and each cell's lines at that width. Columns give way in turns, the widest first within each
 * turn, so that a long promise wraps before a date does:
 * 1. free text narrows to a readable width, and number headers wrap ("Keep" over "rate");
 * 2. dates and labels put their part in brackets on a line of its own ("Fri 27 Nov" over "(in 6 days)");
 * 3. free text narrows further;
 * 4. dates and labels wrap between words;
 * 5. anything, cut with … (only at widths no terminal is used at).
 */
import { displayWidth } from './width.js';
import { wrap } from './wrap.js';

/**
 * - wrap: free text that wraps at word boundaries (a promise, a note, a name);
 * - cut: free text cut with … where wrapping would make a listing hard to scan;
 * - id, number: never wrap, aligned right;
 * - date, label: never wrap (a date, a status, a relation) unless the table cannot fit otherwise.
 */
export type ColumnKind = 'wrap' | 'cut' | 'id' | 'number' | 'date' | 'label';

/**
 * A cell's text. A date or label may give its phrases as a list ("kept", "Sat 21 Nov 10:00"):
 * joined by a space, or one per line when the table is squeezed. A string breaks before a bracket.
 */
export type Cell = string | readonly string[];

const READABLE = { wrap: 20, cut: 12 };
const NARROW = 8;
const BEFORE_BRACKET = / (?=\()/;

const isPhrased = (kind: ColumnKind) => kind === 'date' || kind === 'label';
const phrasesOf = (cell: Cell): readonly string[] => (typeof cell === 'string' ? cell.split(BEFORE_BRACKET) : cell);
const textOf = (cell: Cell | undefined): string => (cell === undefined ? '' : typeof cell === 'string' ? cell : cell.join(' '));

/** The widest line of a text (lines split at \n). */
function widthOf(text: string): number {
  if (!text.includes('\n')) return displayWidth(text);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

const widestOf = (texts: readonly string[]) => texts.reduce((w, t) => Math.max(w, widthOf(t)), 0);
const wordsOf = (text: string) => text.split(/\s+/);

interface Stats {
  kind: ColumnKind;
  natural: number;
  /** The widest cell's value, header aside (ids and numbers never go below it). */
  values: number;
}

/**
 * The content width of each column (padding and borders aside) for a table that may take
 * `width` columns in all; Infinity leaves every column as wide as its contents.
 */
export function columnWidths(heads: readonly string[], kinds: readonly ColumnKind[], rows: readonly (readonly Cell[])[], width: number): number[] {
  const stats: Stats[] = kinds.map((kind, i) => {
    let values = 0;
    // A loop, not Math.max(...): spreading a hundred thousand rows overflows the stack.
    for (const row of rows) values = Math.max(values, widthOf(textOf(row[i])));
    return { kind, natural: Math.max(values, widthOf(heads[i]!)), values };
  });
  const widths = stats.map((s) => s.natural);
  // A bar before each column and after the last, a space either side of each.
  const budget = width - (3 * kinds.length + 1);
  if (sum(widths) <= budget) return widths;

  // Measured only for a table that must give way: what each column can narrow to.
  const headWord = (i: number) => widestOf(wordsOf(heads[i]!));
  const longest = (i: number, split: (cell: Cell) => readonly string[]) => {
    let w = widestOf(split(heads[i]!));
    for (const row of rows) w = Math.max(w, widestOf(split(row[i] ?? '')));
    return w;
  };
  const turns: ((s: Stats, w: number, i: number) => number)[] = [
    (s, w, i) => (s.kind === 'wrap' || s.kind === 'cut' ? Math.min(w, READABLE[s.kind]) : isPhrased(s.kind) ? w : Math.max(s.values, Math.min(w, headWord(i)))),
    (s, w, i) => (isPhrased(s.kind) ? Math.min(w, longest(i, phrasesOf)) : w),
    (s, w) => (s.kind === 'wrap' || s.kind === 'cut' ? Math.min(w, NARROW) : w),
    (s, w, i) => (isPhrased(s.kind) ? Math.min(w, longest(i, (cell) => phrasesOf(cell).flatMap(wordsOf))) : w),
    () => 1,
  ];
  for (const floorOf of turns) {
    if (sum(widths) <= budget) break;
    narrow(
      widths,
      stats.map((s, i) => floorOf(s, widths[i]!, i)),
      budget,
    );
  }
  return widths;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Narrows the widest columns first, none below its floor, until the widths fit the budget (or
 * all are at their floors): the largest cap that fits, and the columns at the cap share what is left.
 */
function narrow(widths: number[], floors: number[], budget: number): void {
  const capped = (cap: number) => widths.map((w, i) => Math.max(floors[i]!, Math.min(w, cap)));
  let low = 0;
  let high = Math.max(...widths);
  if (sum(capped(low)) > budget) {
    widths.splice(0, widths.length, ...capped(0));
    return;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (sum(capped(mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  const result = capped(low);
  let spare = budget - sum(result);
  for (let i = 0; i < result.length && spare > 0; i++) {
    if (widths[i]! > low && result[i] === low) {
      result[i]!++;
      spare--;
    }
  }
  widths.splice(0, widths.length, ...result);
}

/**
 * A cell's lines at its column's width. Free text wraps at word boundaries (src/ui/wrap.ts: also
 * between Japanese characters); a date or label first puts each phrase on a line of its own.
 * What still does not fit is cut with … (a cut column, an id or number, a word wider than the column).
 */
export function cellLines(cell: Cell | undefined, kind: ColumnKind, width: number): string[] {
  const text = textOf(cell);
  if (widthOf(text) <= width) return text.split('\n');
  if (kind === 'cut' || kind === 'id' || kind === 'number') return text.split('\n').map((line) => cut(line, width));
  const pieces = isPhrased(kind) ? phrasesOf(cell!) : [text];
  const lines: string[] = [];
  for (const piece of pieces) for (const line of wrap(cutLongWords(piece, width), width, { hang: 0 }).split('\n')) lines.push(cut(line, width));
  return lines;
}

/**
 * A word wider than the column is cut with … rather than broken across lines (wrap would break
 * it): a table never breaks inside a word. Japanese and Chinese, written without spaces, are
 * left to wrap between their characters.
 */
function cutLongWords(text: string, width: number): string {
  return text.replace(/\S+/g, (word) => {
    const w = displayWidth(word);
    return w > width && w === word.length ? cut(word, width) : word;
  });
}

// eslint-disable-next-line no-control-regex
const SGR_SPLIT = /(\u001b\[[0-9;]*m)/;
let graphemes: Intl.Segmenter | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The line cut to `width` columns, ending in … when anything was cut. Whole graphemes only (an
 * emoji or an accented letter is never split), and colour codes are kept and closed.
 */
export function cut(line: string, width: number, mark = '…'): string {
  if (displayWidth(line) <= width) return line;
  // '…' is measured without the Unicode tables: loading them takes a millisecond.
  const room = width - (mark === '…' ? 1 : displayWidth(mark));
  let kept = '';
  let used = 0;
  let coloured = false;
  // Odd parts are colour codes (the split keeps what it split at).
  line.split(SGR_SPLIT).some((part, i) => {
    if (i % 2 === 1) {
      kept += part;
      coloured = true;
      return false;
    }
    if (PRINTABLE_ASCII.test(part)) {
      const taken = part.slice(0, room - used);
      kept += taken;
      used += taken.length;
      return taken.length < part.length;
    }
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of graphemes.segment(part)) {
      const w = displayWidth(segment);
      if (used + w > room) return true;
      kept += segment;
      used += w;
    }
    return false;
  });
  return kept + mark + (coloured ? '\u001b[0m' : '');
}

/**
 * cli-table3's truncate, in one pass: the text up to the first line wider than `width`, that
 * line cut to fit with `mark`. Its own takes off one character at a time and measures every line
 * again after each, and it is called for each line drawn with the whole of the cell (for a debug
 * message it then throws away): a cell of many lines took the cube of its length.
 */
export function truncate(text: string, width: number, mark = '…'): string {
  if (!text.includes('\n')) return truncated(text, width, mark);
  // A cell of many lines comes back for each of its lines (the cells of a row take turns): its
  // answer is kept while the table is drawn.
  const known = answers.get(text);
  if (known && known.width === width && known.mark === mark) return known.result;
  const result = truncated(text, width, mark);
  if (answers.size > 64) answers.clear();
  answers.set(text, { width, mark, result });
  return result;
}

const answers = new Map<string, { width: number; mark: string; result: string }>();

function truncated(text: string, width: number, mark: string): string {
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const line = end === -1 ? text.slice(start) : text.slice(start, end);
    if (displayWidth(line) > width) return text.slice(0, start) + cut(line, width, mark);
    if (end === -1) break;
    start = end + 1;
  }
  return text;
}
