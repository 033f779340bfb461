/**
 * A table's cells at their column's width (see table-fit.ts for the widths): what each kind of
 * column holds, how its text breaks into lines, and cutting with … where it cannot.
 */
import { displayWidth } from './width.js';
import { wrap } from './wrap.js';

/**
 * - wrap: free text that wraps at word boundaries (a promise, a note);
 * - name: a name, which wraps at words onto two lines at most, the rest cut with …;
 * - cut: free text cut with … where wrapping would make a listing hard to scan;
 * - id, number: never wrap, aligned right;
 * - date, label: never wrap (a date, a status, a relation); a date may put its part in
 *   brackets on a line of its own.
 */
export type ColumnKind = 'wrap' | 'name' | 'cut' | 'id' | 'number' | 'date' | 'label';

/**
 * A cell's text. A date or label may give its phrases as a list ("kept", "Sat 21 Nov 10:00"):
 * joined by a space, or one per line when the table is squeezed. A string breaks before a bracket
 * (see BEFORE_BRACKET).
 */
export type Cell = string | readonly string[];

/** Where a string cell may break: before a bracket after a space, or before a full-width one (3日前（11月18日）). */
const BEFORE_BRACKET = / (?=\()|(?=（)/;

export const isPhrased = (kind: ColumnKind) => kind === 'date' || kind === 'label';
export const phrasesOf = (cell: Cell): readonly string[] => (typeof cell === 'string' ? cell.split(BEFORE_BRACKET) : cell);
export const textOf = (cell: Cell | undefined): string => (cell === undefined ? '' : typeof cell === 'string' ? cell : cell.join(' '));

/** The widest line of a text (lines split at \n). */
export function widthOf(text: string): number {
  if (!text.includes('\n')) return displayWidth(text);
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/**
 * A cell's lines at its column's width. Free text wraps at word boundaries (src/ui/wrap.ts: also
 * between Japanese characters); a name takes two lines at most; a date or label puts each phrase
 * on a line of its own and never breaks one. What still does not fit is cut with … (a cut
 * column, an id or number, a phrase or word wider than the column).
 */
export function cellLines(cell: Cell | undefined, kind: ColumnKind, width: number): string[] {
  const text = textOf(cell);
  if (widthOf(text) <= width) return text.split('\n');
  if (kind === 'cut' || kind === 'id' || kind === 'number') return text.split('\n').map((line) => cut(line, width));
  if (isPhrased(kind)) return phrasesOf(cell!).flatMap((phrase) => phrase.split('\n').map((line) => cut(line, width)));
  const lines = wrap(cutLongWords(text, width), width, { hang: 0 })
    .split('\n')
    .map((line) => cut(line, width));
  // A name wrapped one word a line would read as several people: its second line ends with … instead.
  if (kind === 'name' && lines.length > 2) return [lines[0]!, cut(lines.slice(1).join(' '), width)];
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
