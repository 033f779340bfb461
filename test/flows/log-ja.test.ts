/**
 * trust log in Japanese at a terminal: every question, choice and the summary before saving are
 * Japanese, and the dates typed are Japanese forms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { useLanguage } from '../../src/i18n/messages.js';
import { listPromises } from '../../src/store/promises.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Asia/Tokyo';

const open: TestContext[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.close());
  await useLanguage('en');
});

const ENGLISH = /\b(the|and|of|to|is|are|was|with|what|who|when|you|your|save|new|due|note)\b/i;

describe('trust log in Japanese', () => {
  it('asks who, how they are known, what was promised and by when in Japanese, and sums it up in Japanese', async () => {
    await useLanguage('ja');
    const db = tempDb();
    const ctx = testContext(db, [
      { type: '田中さん', pick: /「田中さん」を新しい相手として追加/ },
      '仕事',
      '2週間ごと',
      '資料を送る', '金曜', '役員会の前に必要',
      '見積もりを出す', '3日後', '',
      '', // done
      false, // not yet
      'discard',
      false, // keep it after all
      true, // now save
    ]);
    open.push(ctx);
    const result = await log({}, ctx);
    expect(result.saved).toBe(true);
    expect(ctx.prompt.asked).toEqual([
      '誰と話しましたか？（名前を入力して検索、または追加）',
      '田中さんとはどういう関係ですか？',
      '田中さんとは、どのくらいの間隔で連絡を取りたいですか？',
      '田中さんに何を約束しましたか？（なければ空のまま Enter）',
      'いつまでに？（例：金曜、明日 17時、3日後、月末。期限なしなら空のまま Enter）',
      'あとで見返すメモはありますか？（任意）',
      '田中さんとほかに約束はありますか？（なければ空のまま Enter）',
      'いつまでに？（例：金曜、明日 17時、3日後、月末。期限なしなら空のまま Enter）',
      'あとで見返すメモはありますか？（任意）',
      '田中さんとほかに約束はありますか？（なければ空のまま Enter）',
      '保存しますか？',
      'まだ保存していません。どうしますか？',
      '田中さんとの会話を、中身ごとすべて破棄しますか？',
      '保存しますか？',
    ]);
    const out = ctx.errors() + ctx.output();
    expect(ctx.errors()).toContain('田中さんとの会話（新しい相手、仕事）');
    expect(out).toContain('新規');
    expect(out).toContain('メモ 役員会の前に必要');
    expect(out).toContain('✓ #1 資料を送る');
    for (const line of [...ctx.prompt.asked, ...out.split('\n')]) expect(line).not.toMatch(ENGLISH);
    // 金曜 is Friday 27 November, 3日後 three days after Saturday 21 November.
    expect(listPromises(ctx.db('write'), { status: 'all', limit: 10 }).items.map((p) => [p.text, p.due?.date])).toEqual([
      ['見積もりを出す', '2026-11-24'],
      ['資料を送る', '2026-11-27'],
    ]);
  });

  it('asks about the promises already owed in Japanese', async () => {
    const db = tempDb();
    const setup = testContext(db, []);
    open.push(setup);
    await log({ text: '資料を送る', to: '田中さん', relation: 'work' }, setup);
    await useLanguage('ja');
    const ctx = testContext(db, [{ type: '田中', pick: '田中さん' }, '資料を送る', 'kept', '', true]);
    open.push(ctx);
    await log({}, ctx);
    expect(ctx.prompt.asked.slice(1, 3)).toEqual(['田中さんとの進行中の約束が1件あります。何か進展はありましたか？', 'どうなりましたか？']);
    expect(ctx.errors()).toContain('田中さんとの会話');
  });
});
