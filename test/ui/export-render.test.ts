import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../src/domain/export-format.js';
import { csvCell, mdText, toCsv, toMarkdown } from '../../src/ui/export-render.js';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [42, '42'],
    // RFC 4180 quoting.
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    // A formula sign at the start: the cell is text.
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "\"'\tx\""],
    ['\rx', "\"'\rx\""],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    // A separator then a formula sign: a spreadsheet splitting on it would start a cell there.
    ['a;=cmd|calc', "\"a;'=cmd|calc\""],
    ['a,=1', "\"a,'=1\""],
    ['a\t=1', "\"a\t'=1\""],
    ['a|=1', "\"a|'=1\""],
    ['a;+1', "\"a;'+1\""],
    ['a;-1', "\"a;'-1\""],
    ['a;@x', "\"a;'@x\""],
    ['line\n=1', "\"line\n'=1\""],
    // Separators alone are only quoted; other signs in the middle are left as typed.
    ['a;b', '"a;b"'],
    ['a|b', '"a|b"'],
    ['1+1=2', '1+1=2'],
    ['well-known', 'well-known'],
  ])('%j', (value, expected) => expect(csvCell(value)).toBe(expected));

  it('guards user text in a whole export', () => {
    const file = {
      people: [{ uuid: 'u', name: '=evil', relation: 'work' }],
      promises: [{ id: 1, uuid: 'p', person: 'u', text: 'ok;=cmd', note: '@x', status: 'open', late: false, madeAt: 'm', due: null, dueTime: null, resolvedAt: null, deletedAt: null, cue: '=cue' }],
    } as unknown as ExportFile;
    expect(toCsv(file).split('\r\n')[1]).toBe(`1,p,'=evil,work,"ok;'=cmd",'@x,open,false,m,,,,'=cue`);
  });
});

describe('Markdown text', () => {
  it.each([
    ['Send the deck.', 'Send the deck.'],
    ['田中さん (customer)', '田中さん (customer)'],
    ['## heading', '\\#\\# heading'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['[click](javascript:alert(1))', '\\[click\\](javascript\\:alert(1))'],
    ['![x](http://t/p.png)', '!\\[x\\](http://t/p.png)'],
    ['*bold* _it_ `code` ~~s~~ a|b', '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ a\\|b'],
    ['back\\slash', 'back\\\\slash'],
    ['Tom & Jerry', 'Tom & Jerry'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['one\n# two\r\n- three', 'one<br>\\# two<br>- three'],
  ])('%j', (value, expected) => expect(mdText(value)).toBe(expected));

  it('escapes every piece of user text in the journal', () => {
    const evil = '<script>x</script>';
    const file = {
      exportedAt: '2026-11-23T08:00:00.000Z',
      anonymized: false,
      people: [{ uuid: 'u', name: `## ${evil}`, relation: 'work' }],
      promises: [{ person: 'u', text: evil, note: evil, status: 'broken', late: false, madeAt: '2026-11-01', resolvedAt: '2026-11-02', deletedAt: null, history: [{ kind: 'broken', at: '2026-11-02', note: evil }] }],
      repairs: [{ person: 'u', startedAt: '2026-11-03', cause: 'mistake', state: 'done', answers: [{ title: evil, answer: { text: evil } }, { title: 'x', answer: { draft: `[a](javascript:${evil})` } }] }],
      reviews: [{ week: '2026-W47', answers: [{ prompt: evil, answer: evil, intention: true, followed: evil }] }],
    } as unknown as ExportFile;
    const md = toMarkdown(file);
    expect(md).not.toMatch(/<script|javascript:|(?<!\\)\](?=\()/);
    expect(md).toContain('## \\#\\# &lt;script&gt;');
    expect(md.match(/&lt;script&gt;x&lt;\/script&gt;/g)).toHaveLength(11); // name twice, text, note, history note, title, answer, draft, prompt, answer, followed
  });
});
