/**
 * The screens read most often, in Japanese (TRUST_LANG=ja): no English sentence on any of them.
 * Commands, flags and the names of the journal's people stay as typed.
 */
import { describe, expect, it } from 'vitest';
import { tempDb, trust } from '../helpers/cli.js';

const ja = { TRUST_LANG: 'ja' };
const ENGLISH = /\b(the|and|of|to|is|are|was|with|more|open|due|kept|broken|none|yet|next|promises?|repair|streak|name|relation|status|when|what|details|made|note|left out)\b/i;

/** Lines with an English word, once the commands (`trust …`) and flags quoted in them are taken out. */
function english(text: string): string[] {
  const typed = (line: string) =>
    line
      .replace(/`[^`]*`/g, '')
      .replace(/trust [a-z]+( (--?[a-z-]+|\d\S*|\+\S+|"[^"]*"|[^\s\x00-\x7f]\S*))*/g, '')
      .replace(/--[a-z-]+/g, '');
  return text.split('\n').filter((line) => ENGLISH.test(typed(line)));
}

function journal(): string {
  const db = tempDb();
  const at = (args: string[], now = '2026-11-10T09:00:00') => expect(trust(args, { db, now }).code).toBe(0);
  at(['log', '資料を送る', '--to', '田中さん', '--relation', 'work', '--due', '2026-11-12', '--note', '役員会の前に必要']);
  at(['log', '見積もりを出す', '--to', '田中さん', '--due', '2026-11-20']);
  at(['log', '電話をかける', '--to', '母', '--relation', 'family', '--due', '2026-11-21']);
  at(['log', '走りに行く', '--to', '自分', '--relation', 'self', '--due', '2026-11-25']);
  at(['log', '本を返す', '--to', '鈴木さん', '--relation', 'friend']);
  at(['kept', '1', '--note', '少し遅れた'], '2026-11-13T09:00:00');
  at(['broken', '2'], '2026-11-20T18:00:00');
  at(['renegotiate', '4', '--due', '2026-11-28'], '2026-11-20T18:00:00');
  return db;
}

describe('the everyday screens in Japanese', () => {
  it('trust, list, people, person and show say nothing in English', () => {
    const db = journal();
    const screens = [[], ['list'], ['list', '--status', 'all'], ['people'], ['person', '田中さん'], ['person', '田中'], ['show', '1'], ['show', '4']];
    for (const args of screens) {
      const r = trust(args, { db, env: ja });
      expect(r.code, args.join(' ')).toBe(0);
      expect(english(r.stdout + r.stderr), `trust ${args.join(' ')}:\n${r.stdout}${r.stderr}`).toEqual([]);
    }
    const dashboard = trust([], { db, env: ja }).stdout;
    expect(dashboard).toContain('今日が期限（1件）');
    expect(dashboard).toContain('破ったまま、お詫びがまだの約束（1件）');
    expect(trust(['people'], { db, env: ja }).stdout).toMatch(/名前.*関係.*守れた割合/);
    const person = trust(['person', '田中さん'], { db, env: ja }).stdout;
    expect(person).toContain('田中さん · 仕事');
    expect(person).toContain('約束：交わした2件、守った1件（うち遅れて1件）、破った1件、取り下げた0件、進行中0件。');
    const show = trust(['show', '1'], { db, env: ja }).stdout;
    expect(show).toContain('相手：田中さん');
    expect(show).toMatch(/守った/);
  });

  it('says the empty journal, the narrow table and the refusals in Japanese', () => {
    // Before the first `trust log` (that there is no journal file yet is the store's to say).
    const welcome = trust([], { db: tempDb(), env: ja });
    expect(welcome.stdout).toContain('trust へようこそ');
    expect(english(welcome.stdout + welcome.stderr)).toEqual([]);
    const db = journal();
    const narrow = trust(['people'], { db, env: { ...ja, COLUMNS: '36' } });
    expect(narrow.stdout).toContain('端末の幅が狭いため');
    expect(english(narrow.stdout)).toEqual([]);
    for (const args of [['person', '佐藤さん'], ['show', '99'], ['show', 'abc'], ['list', '--limit', '0']]) {
      const r = trust(args, { db, env: ja });
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(english(r.stderr), r.stderr).toEqual([]);
    }
  });
});
