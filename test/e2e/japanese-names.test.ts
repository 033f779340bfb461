import { describe, expect, it } from 'vitest';
import { tempDb, trust, trustJson } from '../helpers/cli.js';

describe('Japanese names, from the command line without a terminal', () => {
  it('finds 田中さん when 田中 or 田中 さん is typed, says so, and never adds a second person', () => {
    const db = tempDb();
    expect(trust(['log', '資料を送る', '--to', '田中さん', '--relation', 'work'], { db }).code).toBe(0);

    const bare = trust(['log', '見積もりを出す', '--to', '田中', '--json'], { db });
    expect(bare.code).toBe(0);
    expect(JSON.parse(bare.stdout).person).toBe('田中さん');
    expect(bare.stderr).toContain('Using 田中さん for "田中"');
    expect(trust(['log', '電話する', '--to', '田中　さん'], { db }).code).toBe(0);
    expect(trustJson(['people'], { db }).map((p: { name: string; made: number }) => [p.name, p.made])).toEqual([['田中さん', 3]]);

    expect(trust(['person', '田中'], { db }).stdout).toContain('田中さん · work');
    expect(trust(['list', '--person', '田中 さん'], { db }).stdout).toContain('見積もりを出す');

    const other = trust(['log', '相談する', '--to', '田中部長'], { db });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('trust: "田中部長" is not in your journal as written, but 田中さん is.');
    expect(trustJson(['people'], { db })).toHaveLength(1);
  });

  it('trust people --by-name sorts names in the Japanese order when trust speaks Japanese, by code point otherwise', () => {
    const db = tempDb();
    for (const name of ['井上', '阿部', 'いとう', 'アベ']) expect(trust(['log', '連絡する', '--to', name], { db }).code).toBe(0);
    const names = (env: Record<string, string>) => trustJson(['people', '--by-name'], { db, env }).map((p: { name: string }) => p.name);
    // Kana by the gojūon whatever the script (ア before い), first-level kanji by reading (阿部 あべ before 井上 いのうえ).
    expect(names({ TRUST_LANG: 'ja' })).toEqual(['アベ', 'いとう', '阿部', '井上']);
    expect(names({ TRUST_LANG: 'en' })).toEqual(['いとう', 'アベ', '井上', '阿部']);
    const table = trust(['people', '--by-name', '--limit', '2'], { db, env: { TRUST_LANG: 'ja' } }).stdout;
    expect(table.indexOf('アベ')).toBeLessThan(table.indexOf('いとう'));
    expect(table).toContain('…ほか2人：trust people --by-name --limit 4');
  });
});
