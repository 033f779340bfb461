/**
 * Reads an export in the layout `trust export` writes, one item to a line, a chunk at a time:
 * an export of a million promises (800 MB) is never one string, nor in memory whole.
 *
 *   {
 *     "format": "trust-export",
 *     …
 *     "people": [
 *       {…},
 *       {…}
 *     ],
 *     "conversations": [],
 *     …
 *   }
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SECTION_ORDER, type SectionName } from '../domain/export-check.js';
import { t } from '../i18n/messages.js';

/** A line that is not where the layout puts it: `line` counts from 1. */
export class LineProblem extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}
const problem = (line: number, what: string) => new LineProblem(line, reason().line({ line, problem: what }));
/** The reasons, in the language of the interface (src/i18n/<language>/export-check.ts). */
const reason = () => t().exportCheck;

export interface LineVisitor {
  header(value: Record<string, unknown>): void;
  section(name: SectionName): void;
  item(name: SectionName, value: unknown, index: number, line: number): void;
}

const CHUNK = 1 << 20;
/** Far longer than any item trust writes (a promise with a long history): past it, this is no export. */
const LONGEST_LINE = 64 << 20;

/** Each line of the file, without its line break, with its number. */
function* lines(path: string): Generator<[string, number]> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let number = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      const text = read === 0 ? decoder.end() : decoder.write(buffer.subarray(0, read));
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        const line = start === 0 ? rest + text.slice(0, end) : text.slice(start, end);
        start = end + 1;
        rest = '';
        yield [line.endsWith('\r') ? line.slice(0, -1) : line, ++number];
      }
      rest = start === 0 ? rest + text : text.slice(start);
      if (rest.length > LONGEST_LINE) throw problem(number + 1, reason().lineTooLong());
      if (read === 0) {
        if (rest !== '') yield [rest, ++number];
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** `"key": value` with an optional trailing comma, as the exporter writes a header field or a section's start. */
const FIELD = /^\s*"([A-Za-z]+)": (.*?),?\s*$/;

/** Reads the file, handing over the header, then each section and its items as they come. */
export function readExportLines(path: string, visit: LineVisitor): void {
  let header: Record<string, unknown> | null = {};
  let section: SectionName | null = null;
  let index = 0;
  let ended = false;
  const parse = (text: string, line: number, what: string) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw problem(line, reason().notJson({ what }));
    }
  };
  let lineCount = 0;
  for (const [raw, line] of lines(path)) {
    lineCount = line;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line === 1) {
      if (text.trim() !== '{') throw problem(line, reason().notStart());
      continue;
    }
    const trimmed = text.trim();
    if (ended) {
      if (trimmed === '') continue;
      throw problem(line, reason().afterEnd());
    }
    if (section !== null) {
      if (trimmed === ']' || trimmed === '],') {
        section = null;
        continue;
      }
      visit.item(section, parse(trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed, line, reason().notJsonItem()), index++, line);
      continue;
    }
    if (trimmed === '}') {
      ended = true;
      continue;
    }
    const field = FIELD.exec(text);
    if (!field) throw problem(line, reason().notField());
    const [, key, value] = field as unknown as [string, string, string];
    if ((SECTION_ORDER as readonly string[]).includes(key)) {
      if (header !== null) visit.header(header);
      header = null;
      visit.section(key as SectionName);
      if (value === '[') {
        section = key as SectionName;
        index = 0;
      } else if (value !== '[]') throw problem(line, reason().listStart({ key }));
    } else {
      if (header === null) throw problem(line, reason().unknownSection({ key: key.slice(0, 40) }));
      header[key] = parse(value, line, reason().notJsonValue({ key: key.slice(0, 40) }));
    }
  }
  if (header !== null) visit.header(header);
  if (!ended) throw new LineProblem(lineCount, reason().cutShort({ line: lineCount }));
}
