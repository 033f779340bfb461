/** The weekly review in Japanese: the questions, the decisions and the report read as Japanese. */
import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { resolve } from '../../src/commands/resolve.js';
import { review } from '../../src/commands/review.js';
import { stats } from '../../src/commands/stats.js';
import { useLanguage } from '../../src/i18n/messages.js';
import { getPromise } from '../../src/store/promises.js';
import { reviewOfWeek } from '../../src/store/reviews.js';
import type { Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.close());
  await useLanguage('en');
});

/** Week 2026-W47: one promise kept, one broken, one overdue by Sunday evening. */
async function journal() {
  const db = tempDb();
  const at = (now: string, script: Answer[] = []) => {
    const ctx = testContext(db, script, new Date(now));
    open.push(ctx);
    return ctx;
  };
  await log({ text: '資料を送る', to: '田中さん', due: 'tue' }, at('2026-11-16T09:00:00'));
  await log({ text: '銀行に電話する', to: '鈴木部長', due: 'wed' }, at('2026-11-16T09:00:00'));
  await log({ text: 'ドリルを返す', to: '佐藤さん', due: '2026-11-18' }, at('2026-11-16T10:00:00'));
  await resolve('kept', ['1'], {}, at('2026-11-17T09:00:00'));
  await resolve('broken', ['2'], {}, at('2026-11-19T09:00:00'));
  await useLanguage('ja');
  return at;
}

describe('trust review in Japanese', () => {
  it('asks its questions in Japanese, applies the decision, and shows the report and the follow-up in Japanese', async () => {
    const at = await journal();
    const ctx = at('2026-11-22T19:00:00', [
      'リマインダーを設定していなかった', true, 'すべての約束にリマインダーを設定する',
      '結び直す', 'fri',
      '田中さんとの昼食',
      '',
    ]);
    await review({}, ctx);
    expect(ctx.prompt.asked).toEqual([
      '鈴木部長との約束「銀行に電話する」を守れませんでした。何が妨げになりましたか？　これから何を変えますか？',
      'これを「来週やること」として持ち越しますか？',
      '何をしますか？（具体的な一歩を、自分の言葉で）',
      '佐藤さんとの約束「ドリルを返す」は、期限を4日過ぎています。もう済んだのか、結び直すのか、破ったと認めるのか、どうしますか？',
      '相手と決めた新しい期限（金曜、3日後、月末 など）',
      '今週、大切な人との間でいちばん良かった瞬間は何ですか？',
      '今週、約束を守るうえでいちばんの壁になったことは何ですか？　それを小さくするには、何ができそうですか？',
    ]);
    const out = ctx.output();
    expect(out).toContain('2026-W47：');
    expect(out).toContain('新しい約束 3件、今週が期限 3件、守った 1件（期限内 1件、遅れて 0件）、破った 1件、取り下げた 0件');
    expect(out).toContain('守れた割合：今週 50%、その前の4週間 –');
    expect(out).toContain('  約束を破らなかった週：0週連続（最長0週）');
    expect(out).toMatch(/│ 相手\s+│ 新しい約束 │ 守った │ 破った │ 取り下げ │ 進行中 │/);
    expect(out).toContain('今週の質問：4問（答えない質問は、空欄のまま Enter で飛ばせます）');
    expect(out).toContain('#3「ドリルを返す」（佐藤さんとの約束）を、破ったと記録しました。同じ約束を、期限を11月27日(金)として #4 で結び直しました。');
    expect(out).toContain('準備ができたら、`trust repair 3` で信頼の修復を一歩ずつ進められます。');
    expect(out).toContain('2026-W47の振り返りを保存しました。来週は、今回決めたことの確認から始まります。');
    expect(getPromise(ctx.db('read'), 4)).toMatchObject({ text: 'ドリルを返す', status: 'open' });
    // The questions are kept as they were asked, in the language they were asked in.
    const saved = reviewOfWeek(ctx.db('read'), '2026-W47')!;
    expect(saved.answers.map((a) => a.prompt)).toContain('何をしますか？');

    const next = at('2026-11-29T19:00:00', ['partly', '仕事の約束にも設定する', null, false, '', '']);
    await review({}, next);
    expect(next.output()).toContain('先週決めたこと');
    expect(next.prompt.asked[0]).toBe('やろうとしていたこと：すべての約束にリマインダーを設定する\n  実行できましたか？');
    expect(next.prompt.asked[1]).toBe('やり残したことは何ですか？（来週また確認します。なければ空のままで）');

    const shown = at('2026-11-30T10:00:00');
    await review({ show: '2026-W47' }, shown);
    expect(shown.output()).toContain('すべての約束にリマインダーを設定する [来週やること：一部だけ実行した]');
    expect(shown.output()).toContain('振り返った日：');
  });

  it('shows the streaks and reliability in Japanese', async () => {
    const at = await journal();
    const ctx = at('2026-11-22T20:00:00');
    await stats({}, ctx);
    const out = ctx.output();
    expect(out).toContain('  守り続けた約束：0件連続（最長1件）');
    expect(out).toContain('  振り返り：0週連続（最長0週）');
    expect(out).toContain('  守ったか破ったかが決まった2件のうち、守ったのは1件：50%');
    expect(out).toContain('  強さ：–（守った・破った約束が5件になると表示されます。今は2件）');
    expect(out).toMatch(/│ 相手\s+│ 関係\s+│ 守った │ 破った │ 守れた割合 │ 強さ │/);
  });

  it('greets a first week in Japanese', async () => {
    const ctx = testContext(tempDb(), []);
    open.push(ctx);
    ctx.db('write'); // a journal with nobody in it yet
    await useLanguage('ja');
    await review({}, ctx);
    expect(ctx.output()).toBe(
      'trust を使い始めて最初の週なので、振り返る記録はまだありません。\n約束をしたら、その都度 `trust log` で記録しておきましょう。来週には、どれだけ守れたかがここに表れます。\n',
    );
  });
});
