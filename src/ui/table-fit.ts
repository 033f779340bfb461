/**
 * Which columns of a table are shown, and how wide, so that the table never exceeds the width
 * it is given and every column shown reads well (table-cells.ts breaks the cells to those widths).
 *
 * Each column has a readable minimum (see minimumOf) and a priority. When the minimums of all
 * columns do not fit, columns are left out, the lowest priority first, rather than every column
 * squeezed until none reads. The columns shown then give way in turns, the widest first within
 * each turn, so that a long promise wraps before a date does, and none goes below its minimum:
 * 1. free text narrows to a readable width, and number headers wrap ("Keep" over "rate");
 * 2. dates and labels put their part in brackets on a line of its own ("Fri 27 Nov" over "(in 6 days)");
 * 3. free text narrows further;
 * 4. dates narrow to their date, the bracket cut with … ("(10 years ov…").
 * Only a table whose first column alone is wider than the width (no terminal is that narrow)
 * goes below the minimums, its cells cut with ….
 */
import { isPhrased, phrasesOf, textOf, widthOf, type Cell, type ColumnKind } from './table-cells.js';

export type { Cell, ColumnKind };

/** How a column gives way in a narrow table. */
export interface ColumnFit {
  /** Which columns stay when not all fit: 1 is left out last. By default, the columns' order. */
  priority?: number;
  /** The narrowest it reads at; by default from what it holds (see minimumOf). */
  min?: number;
  /** Left out without a word, as what it says is on the screen already (a status the due dates give). */
  quiet?: boolean;
}

const READABLE = { wrap: 20, name: 16, cut: 12 };
const NARROW = 8;
/** The narrowest free text is still read at: a name of a few letters, a few words of a promise. */
const MINIMUM = { wrap: 12, name: 8, cut: 10 };

const isText = (kind: ColumnKind): kind is 'wrap' | 'name' | 'cut' => kind === 'wrap' || kind === 'name' || kind === 'cut';

const widestOf = (texts: readonly string[]) => texts.reduce((w, t) => Math.max(w, widthOf(t)), 0);
/** A header breaks only at spaces: its longest word is the narrowest its column can be. */
const longestWord = (text: string) => widestOf(text.split(/\s+/));

export interface Layout {
  /** The columns shown, in their order. */
  shown: number[];
  /** The content width of each column shown (padding and borders aside). */
  widths: number[];
  /** The columns left out that the reader may miss (not quiet ones). */
  left: number[];
}

interface Stats {
  kind: ColumnKind;
  natural: number;
  /** The widest cell's value, header aside (ids and numbers never go below it). */
  values: number;
}

/** A bar before each column and after the last, a space either side of each. */
const budgetFor = (width: number, columns: number) => width - (3 * columns + 1);

/**
 * The columns shown and their widths for a table that may take `width` columns in all;
 * Infinity shows every column as wide as its contents.
 */
export function layoutColumns(
  heads: readonly string[],
  kinds: readonly ColumnKind[],
  fits: readonly (ColumnFit | undefined)[],
  rows: readonly (readonly Cell[])[],
  width: number,
): Layout {
  const all = kinds.map((_, i) => i);
  const stats: Stats[] = kinds.map((kind, i) => {
    let values = 0;
    // A loop, not Math.max(...): spreading a hundred thousand rows overflows the stack.
    for (const row of rows) values = Math.max(values, widthOf(textOf(row[i])));
    return { kind, natural: Math.max(values, widthOf(heads[i]!)), values };
  });
  const naturals = stats.map((s) => s.natural);
  if (sum(naturals) <= budgetFor(width, all.length)) return { shown: all, widths: naturals, left: [] };

  // Measured only for a table that must give way.
  const phrases = all.map((i) => (isPhrased(kinds[i]!) ? phraseWidths(rows, i) : undefined));
  const minimums = all.map((i) => minimumOf(stats[i]!, fits[i]?.min, heads[i]!, phrases[i]));
  const shown = chooseColumns(all, minimums, fits, width);
  const widths = fitWidths(
    shown.map((i) => stats[i]!),
    shown.map((i) => heads[i]!),
    shown.map((i) => minimums[i]!),
    shown.map((i) => phrases[i]),
    (i) => longestWords(rows, shown[i]!),
    budgetFor(width, shown.length),
  );
  return { shown, widths, left: all.filter((i) => !shown.includes(i) && !fits[i]?.quiet) };
}

interface PhraseWidths {
  /** The widest phrase, brackets included ("(10 years overdue)"). */
  longest: number;
  /** The widest phrase outside brackets: a date, a time, a status. */
  dates: number;
}

function phraseWidths(rows: readonly (readonly Cell[])[], i: number): PhraseWidths {
  const widths = { longest: 0, dates: 0 };
  for (const row of rows) {
    const cell = row[i];
    if (cell === undefined) continue;
    for (const phrase of phrasesOf(cell)) {
      const w = widthOf(phrase);
      widths.longest = Math.max(widths.longest, w);
      if (!phrase.startsWith('(')) widths.dates = Math.max(widths.dates, w);
    }
  }
  return widths;
}

/**
 * The narrowest a column reads at: an id or number its widest value, a date its date (its
 * bracket may be cut), a label its widest phrase, free text a few words; never narrower than
 * its header's longest word, as a header breaks only between words.
 */
function minimumOf(s: Stats, declared: number | undefined, head: string, phrases: PhraseWidths | undefined): number {
  const own = declared ?? (isText(s.kind) ? Math.min(s.natural, MINIMUM[s.kind]) : phrases ? phrases.dates : s.values);
  return Math.min(s.natural, Math.max(own, longestWord(head)));
}

/**
 * The columns of highest priority whose minimums fit; the first is always shown. Once one does
 * not fit, none after it is shown, even a narrower one: so a wider terminal only ever adds
 * columns, and never trades one for another.
 */
function chooseColumns(all: number[], minimums: number[], fits: readonly (ColumnFit | undefined)[], width: number): number[] {
  const rank = (i: number) => fits[i]?.priority ?? i + 1;
  const byPriority = [...all].sort((a, b) => rank(a) - rank(b) || a - b);
  const chosen: number[] = [];
  let used = 0;
  for (const i of byPriority) {
    if (chosen.length > 0 && used + minimums[i]! > budgetFor(width, chosen.length + 1)) break;
    chosen.push(i);
    used += minimums[i]!;
  }
  return chosen.sort((a, b) => a - b);
}

function fitWidths(
  stats: Stats[],
  heads: string[],
  minimums: number[],
  phrases: (PhraseWidths | undefined)[],
  longestWordOf: (i: number) => number,
  budget: number,
): number[] {
  const widths = stats.map((s) => s.natural);
  const turns: ((s: Stats, w: number, i: number) => number)[] = [
    (s, w, i) => (isText(s.kind) ? Math.min(w, READABLE[s.kind]) : isPhrased(s.kind) ? w : Math.max(s.values, Math.min(w, longestWord(heads[i]!)))),
    (s, w, i) => (isPhrased(s.kind) ? Math.min(w, phrases[i]!.longest) : w),
    (s, w) => (isText(s.kind) ? Math.min(w, NARROW) : w),
    (s, w, i) => (isPhrased(s.kind) ? Math.min(w, minimums[i]!) : w),
  ];
  for (const floorOf of turns) {
    if (sum(widths) <= budget) break;
    narrow(
      widths,
      stats.map((s, i) => Math.max(minimums[i]!, floorOf(s, widths[i]!, i))),
      budget,
    );
  }
  // Only the first column, alone wider than the width: it is cut to fit.
  if (sum(widths) > budget) narrow(widths, widths.map(() => 1), budget);
  else giveBack(widths, stats, minimums, phrases, longestWordOf, budget);
  return widths;
}

/**
 * A number whose header wraps, or a date whose bracket goes under it, takes its lines whatever
 * the room it has short of whole: "Keep" over "rate" at 8 columns reads as at 4. So such a
 * column keeps only what its lines need, and what it frees (with any room left) goes first to
 * the columns it makes whole, then to the free text that gave way (a promise on fewer lines).
 */
function giveBack(
  widths: number[],
  stats: Stats[],
  minimums: number[],
  phrases: (PhraseWidths | undefined)[],
  longestWordOf: (i: number) => number,
  budget: number,
): void {
  stats.forEach((s, i) => {
    if (isText(s.kind) || widths[i]! >= s.natural) return;
    const needs = Math.max(minimums[i]!, isPhrased(s.kind) ? phrases[i]!.longest : s.values);
    widths[i] = Math.min(widths[i]!, needs);
  });
  let spare = budget - sum(widths);
  // First the columns the room makes whole (a header on one line), the cheapest first.
  const shortOf = (i: number) => stats[i]!.natural - widths[i]!;
  const mended = stats.map((_, i) => i).filter((i) => !isText(stats[i]!.kind) && shortOf(i) > 0);
  for (const i of mended.sort((a, b) => shortOf(a) - shortOf(b))) {
    if (shortOf(i) > spare) break;
    spare -= shortOf(i);
    widths[i] = stats[i]!.natural;
  }
  // A name first gets the room to show its longest word whole, then a promise all it can use.
  const upTo = (kinds: ColumnKind[], most: (i: number) => number) =>
    stats.forEach((s, i) => {
      if (spare <= 0 || !kinds.includes(s.kind)) return;
      const more = Math.max(0, Math.min(spare, most(i) - widths[i]!));
      widths[i]! += more;
      spare -= more;
    });
  upTo(['name'], longestWordOf);
  upTo(['wrap', 'cut', 'name'], (i) => stats[i]!.natural);
}

function longestWords(rows: readonly (readonly Cell[])[], i: number): number {
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, longestWord(textOf(row[i])));
  return widest;
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
