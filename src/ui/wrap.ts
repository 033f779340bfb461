/**
 * Prose fitted to the terminal: lines break between words, never inside one, so a sentence reads
 * whole at any width. Only a word wider than the whole line is cut, as nothing else can fit it.
 * Japanese has no spaces, so between two of its characters is a place to break too (not before
 * 。、」 and the like, nor after 「). Tables are fitted by their own code, not here.
 */
import { displayWidth } from './width.js';
import type { Output } from './output.js';

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/y;
// eslint-disable-next-line no-control-regex
const SGR_ALL = /\u001b\[[0-9;]*m/g;

/** Kana, CJK ideographs and punctuation, fullwidth forms: scripts written without spaces. */
const CJK = /[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
/** Never at the start of a line: closing brackets and punctuation, small kana, the long-vowel mark. */
const NO_START = /[、。，．・：；？！ー～）」』】〕〉》〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ\u3099\u309a)\]}.,:;!?%…'"]/;
/** Never at the end of a line: opening brackets. */
const NO_END = /[（「『【〔〈《〘〖([{]/;

const breakBetween = (a: string, b: string) => (CJK.test(a) || CJK.test(b)) && !NO_START.test(b) && !NO_END.test(a);

/**
 * Continuation lines line up after the line's own indent and a leading list marker or label:
 * "  #12 ", "3. ", "✓ ", "Trap: ", "Note:    ", "trust: ".
 */
const MARKER = /^( *)(?:(?:#\d+|\d+\.|[✓✗•*$-]|[^\s:：]{1,20}[:：])( +))?/;

export interface WrapOptions {
  /** Columns of indent for continuation lines; by default the line's indent and marker (see MARKER). */
  hang?: number;
}

/** Fits each line of `text` to `width` columns. `Infinity` (output to a pipe) leaves it as it is. */
export function wrap(text: string, width: number, options: WrapOptions = {}): string {
  if (!Number.isFinite(width)) return text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, Math.max(1, Math.floor(width)), options.hang))
    .join('\n');
}

interface Unit {
  /** The spaces before it ('' where two characters of a script without spaces meet). */
  sep: string;
  text: string;
}

function wrapLine(line: string, width: number, hang?: number): string {
  if (displayWidth(line) <= width) return line;
  const lead = /^ */.exec(line)![0];
  const units = unitsOf(line.slice(lead.length));
  let indent = hang ?? displayWidth(MARKER.exec(line.replace(SGR_ALL, ''))![0]);
  // A hang that leaves little room reads worse than none.
  if (indent > width / 2) indent = lead.length <= width / 2 ? lead.length : 0;
  const pad = ' '.repeat(indent);

  const lines: string[] = [];
  const colours = new Colours();
  let current = lead;
  let used = displayWidth(lead);
  let empty = true;
  const newLine = () => {
    lines.push(current + colours.close());
    current = pad + colours.reopen();
    used = indent;
    empty = true;
  };
  const append = (text: string, w: number) => {
    current += text;
    used += w;
    colours.track(text);
  };
  for (const unit of units) {
    const w = displayWidth(unit.text);
    const sepWidth = displayWidth(unit.sep);
    if (!empty && used + sepWidth + w <= width) {
      append(unit.sep + unit.text, sepWidth + w);
      continue;
    }
    if (!empty) newLine();
    if (used + w <= width) {
      append(unit.text, w);
      empty = false;
      continue;
    }
    // A word wider than a whole line: the one thing that is ever cut.
    for (const piece of piecesOf(unit.text)) {
      const pw = displayWidth(piece);
      if (!empty && used + pw > width && pw > 0) newLine();
      append(piece, pw);
      if (pw > 0) empty = false;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

/** Words with the spaces before them; colour codes ride along with the text they are in. */
/**
 * Runs that read as one thing and never break across lines: a date as trust prints it
 * ("Mon 3 Apr 2017 17:00", 2017年4月3日(月)), a short aside in brackets ("(in 2 days)",
 * "(10 years overdue)"), a number with its Japanese counter (2件), and a short command about
 * one promise or repair ("trust repair 4", "trust renegotiate 4 --due <date>"), to be copied whole.
 */
const WHOLE = new RegExp(
  [
    '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: \\d{4})?(?: \\d{2}:\\d{2})?',
    '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:[(（][日月火水木金土][)）])?(?: \\d{1,2}:\\d{2})?',
    '[(（][^()（）\\n]{1,22}[)）]',
    // A number with its Japanese counter or unit (2件, 1 個, 3日後, 12週, 91%): one thing to read.
    'trust [a-z]+ (?:--[a-z]+ )?\\d+(?: --due <[^<>\\n]{1,12}>)?',
    '\\d[\\d,.]*[ \\u3000]?(?:件|個|人|回|日|週間|週|か月|ヶ月|カ月|年|時間|分|秒|ポイント|%|％)',
  ].join('|'),
  'g',
);

/** For each index of `text`, whether it lies inside a run that must stay whole (see WHOLE). */
function wholeRuns(text: string): Uint8Array | null {
  let marks: Uint8Array | null = null;
  for (const m of text.matchAll(WHOLE)) {
    marks ??= new Uint8Array(text.length);
    marks.fill(1, m.index! + 1, m.index! + m[0].length);
  }
  return marks;
}

function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  const whole = wholeRuns(text);
  let sep = '';
  let word: Unit | null = null;
  let last = '';
  for (let i = 0; i < text.length; ) {
    SGR.lastIndex = i;
    const code = SGR.exec(text);
    if (code) {
      if (!word) units.push((word = { sep, text: '' }));
      word.text += code[0];
      i += code[0].length;
      continue;
    }
    const inside = whole?.[i] === 1;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    i += ch.length;
    if (inside && word) {
      word.text += ch;
      last = ch;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\u3000') {
      if (word) {
        word = null;
        sep = '';
        last = '';
      }
      sep += ch;
      continue;
    }
    if (word && last && breakBetween(last, ch)) {
      units.push((word = { sep: '', text: '' }));
    } else if (!word) {
      units.push((word = { sep, text: '' }));
    }
    word.text += ch;
    last = ch;
  }
  return keepShortWordsWhole(units);
}

/**
 * A short run of Japanese between spaces or commas (先週の金曜 in an English list of date forms,
 * 田中さん in a sentence) is a word to its reader, kept whole; longer runs are Japanese prose,
 * which may break between its characters.
 */
const SHORT_WORD = 8;

function keepShortWordsWhole(units: Unit[]): Unit[] {
  const kept: Unit[] = [];
  for (let i = 0; i < units.length; ) {
    let end = i + 1;
    while (end < units.length && units[end]!.sep === '') end++;
    const pieces = units.slice(i, end);
    const text = pieces.map((u) => u.text).join('');
    if (pieces.length > 1 && [...text.replace(SGR_ALL, '')].length <= SHORT_WORD) kept.push({ sep: pieces[0]!.sep, text });
    else kept.push(...pieces);
    i = end;
  }
  return kept;
}

/** A word's characters (with colour codes and combining marks kept on the character before them), for cutting it. */
function piecesOf(word: string): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < word.length; ) {
    SGR.lastIndex = i;
    const code = SGR.exec(word);
    const piece = code ? code[0] : String.fromCodePoint(word.codePointAt(i)!);
    i += piece.length;
    if (pieces.length > 0 && displayWidth(piece) === 0 && !code) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * The colours open at a break: closed at the end of the line and opened again after the next
 * line's indent, so a pager or a copied line never carries a colour onto the wrong text.
 */
class Colours {
  private open: string[] = [];

  track(text: string): void {
    for (const [code] of text.matchAll(SGR_ALL)) {
      const params = code.slice(2, -1);
      const first = Number(params.split(';')[0] || 0);
      const closes = CLOSES[first];
      if (first === 0) this.open = [];
      else if (closes) this.open = this.open.filter((o) => !closes(Number(o.slice(2, -1).split(';')[0])));
      else this.open.push(code);
    }
  }

  close(): string {
    return this.open.length > 0 ? '\u001b[0m' : '';
  }

  reopen(): string {
    return this.open.join('');
  }
}

const isForeground = (n: number) => (n >= 30 && n <= 38) || (n >= 90 && n <= 97);
const isBackground = (n: number) => (n >= 40 && n <= 48) || (n >= 100 && n <= 107);
const CLOSES: Record<number, (n: number) => boolean> = {
  22: (n) => n === 1 || n === 2,
  23: (n) => n === 3,
  24: (n) => n === 4,
  27: (n) => n === 7,
  28: (n) => n === 8,
  29: (n) => n === 9,
  39: isForeground,
  49: isBackground,
};

/**
 * The width to fit output to. At a terminal, its own width (COLUMNS first, as a user may set it
 * to narrow the output); piped, no limit unless COLUMNS says so, so that a script or a file gets
 * whole lines.
 */
export function outputColumns(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  if (stream.isTTY && typeof stream.columns === 'number' && stream.columns > 0) return stream.columns;
  return Number.POSITIVE_INFINITY;
}

/** What `say` and `warn` need of a command's context. */
export interface ProseOut {
  out: Output;
  columns: number;
}
export interface ProseErr {
  err: Output;
  /** The width of stderr, which may be a terminal when stdout is not; none when absent. */
  errColumns?: number;
}

/** Writes prose to stdout, fitted to its width, and ends the line. */
export function say(ctx: ProseOut, text: string): void {
  ctx.out.write(wrap(text, ctx.columns) + '\n');
}

/** Writes prose to stderr, fitted to its width, and ends the line. */
export function warn(ctx: ProseErr, text: string): void {
  ctx.err.write(wrap(text, ctx.errColumns ?? Number.POSITIVE_INFINITY) + '\n');
}
