/**
 * trust repair in Japanese, walked through the prompt adapter from the first step to the one
 * that waits on the repair promise; and the apology draft edited in the user's editor.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { repair } from '../../src/commands/repair.js';
import { resolve } from '../../src/commands/resolve.js';
import type { RepairView } from '../../src/commands/repair-load.js';
import { useLanguage } from '../../src/i18n/messages.js';
import { repairAnswers } from '../../src/store/repairs.js';
import { CTRL_C, type Answer } from '../helpers/fake-prompt.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Asia/Tokyo';

const open: TestContext[] = [];
afterEach(async () => {
  open.splice(0).forEach((c) => c.close());
  await useLanguage('en');
});

/** A journal where promise #1 to 田中さん was broken; the walk itself is in Japanese. */
async function brokenJournal() {
  const db = tempDb();
  const setup = testContext(db, []);
  open.push(setup);
  await log({ text: '企画書を送る', to: '田中さん', due: 'tomorrow', relation: 'work' }, setup);
  await resolve('broken', ['1'], {}, setup);
  await useLanguage('ja');
  return (script: Answer[]) => {
    const ctx = testContext(db, script);
    open.push(ctx);
    return ctx;
  };
}

const APOLOGY: Answer[] = [
  '約束した期日までに企画書をお送りできませんでした',
  '仕事を引き受けすぎて、期日を見落としていました',
  '遅れると分かった時点で、すぐにお知らせすべきでした',
  null, // Enter: the change named under 再発防止
  '明日、企画書の内容を直接ご説明させてください',
  '', // the closing trust offers
];

const DRAFT =
  '約束した期日までに企画書をお送りできませんでした。本当に申し訳ありませんでした。' +
  '仕事を引き受けすぎて、期日を見落としていました。遅れると分かった時点で、すぐにお知らせすべきでした。' +
  '今後は、期日はすべてカレンダーに入れ、前日に確認します。つきましては、明日、企画書の内容を直接ご説明させてください。' +
  '改めて、心からお詫びいたします。どうかお許しください。';

describe('trust repair in Japanese', () => {
  it('asks every step in Japanese and drafts a Japanese apology', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([
      '企画書が一日遅れて届きました。',
      '期日を確認していませんでした。',
      '田中さんは企画書なしで会議に臨むことになりました。',
      'カレンダーに期日を入れていませんでした。',
      '期日はすべてカレンダーに入れ、前日に確認します',
      '予定表に通知がなかったので、通知を設定しました。',
      ...APOLOGY,
      false, // これでよい
      '企画書を一緒に見直す', 'mon', '', '', // one repair promise
      true, '直接会って謝りました', null, // Enter: today
      'fri', '',
      true, '次からは早めに知らせてほしいとのことでした', 'today',
    ]);
    const view = (await repair('1', { cause: 'mistake' }, ctx)) as RepairView;
    expect(ctx.prompt.remaining).toBe(0);

    const out = ctx.output();
    expect(out).toContain('修復 #1（田中さん）');
    expect(out).toContain('心構え：');
    expect(out).toContain('誠実さ：本心からの言葉で。');
    expect(out).toContain('手順 1/11 · 事実の把握');
    expect(out).toContain('手順 5/11 · 仕組みを見直す');
    expect(out).toContain('手順 6/11 · お詫び');
    expect(out).toContain('お詫びの下書き（コピーして使えます）：');
    expect(out).toContain(DRAFT);
    // Close waits on the repair promise, and says so in Japanese.
    expect(out).toContain('修復 #1 はまだ終わっていません。修復のための約束が1件、まだ進行中です。');
    expect(out).toContain('trust list --person "田中さん"');

    expect(ctx.prompt.asked.slice(0, 6)).toEqual([
      '何が起きましたか。',
      'あなたの落ち度は何でしたか。',
      '相手にどんな負担をかけ、相手はいまどう感じていそうですか。',
      'なぜ起きたのでしょうか。',
      'これから何を変えますか。「今後は、…」に続けて書いてください。',
      'どの手順・確認・道具がこれを見逃しましたか。どう直しますか。',
    ]);
    expect(ctx.prompt.asked).toContain('お詫び：何をしてしまったのかを、ありのままに（例：「約束した期日までに資料をお送りできませんでした」）');
    expect(ctx.prompt.asked).toContain('再発防止：「今後は、…」に続けて（Enter で「再発防止」の手順で書いた内容をそのまま使います）');
    expect(ctx.prompt.asked).toContain('この下書きでよいですか。');
    expect(ctx.prompt.asked).toContain('もうお詫びを伝えましたか。');
    // When it happened: offered as 今日, read back as a Japanese user types it, examples in Japanese.
    expect(ctx.prompt.defaults.get('いつですか。（今日、昨日、月曜、2026-11-20 など）')).toBe('今日');
    expect(ctx.prompt.asked).toContain('次に田中さんへ進み具合を報告するのはいつですか。（金曜、1週間後、2026-12-01 など）');
    expect(ctx.prompt.asked).toContain('相手から反応はありましたか。');

    const answers = repairAnswers(ctx.db('read'), 1);
    expect(answers.get('apology')?.answer.draft).toBe(DRAFT);
    // Prevention's change said back as a whole Japanese sentence, the user's words untouched.
    expect(answers.get('prevention')?.answer.text).toBe('カレンダーに期日を入れていませんでした。\n今後は、期日はすべてカレンダーに入れ、前日に確認します。');
    // Answers keep the title of their step as it was shown.
    expect(answers.get('facts')?.title).toBe('事実の把握');
    expect(view.next?.key).toBe('close');
  });

  it('quotes flagged phrases in Japanese, in 「」 with their kind', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith(['一日遅れました。', '遅れました。でも電車のせいで遅れたんです', 'keep', CTRL_C]);
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toThrow(/中断しました。答え終えた手順はすべて保存してあります。.*--resume 1/);
    expect(ctx.output()).toContain('自己弁護と受け取られるかもしれない言葉があります：「でも」（言い訳）、「電車のせいで」（責任転嫁）。');
    expect(ctx.prompt.asked).toContain('書き直しますか。');
    const resumed = ctxWith([CTRL_C]);
    await expect(repair(undefined, { resume: '1' }, resumed)).rejects.toThrow();
    expect(resumed.output()).toContain('ここまで：');
    expect(resumed.output()).toContain('事実の把握：一日遅れました。');
    expect(resumed.output()).toContain('落とし穴：自己弁護（');
  });
});

describe('editing the apology draft', () => {
  /** A stand-in editor: replaces the file with the given text, or fails. */
  function fakeEditor(body: string, status = 0): string {
    const script = join(tempDb().replace(/[^/]+$/, ''), `editor-${status}.sh`);
    writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' '${body}' > "$1"\nexit ${status}\n`);
    chmodSync(script, 0o755);
    return script;
  }

  const UP_TO_APOLOGY: Answer[] = ['遅れました。', '私の落ち度です。', '困らせてしまいました。', '確認不足でした。', '毎朝確認します', ...APOLOGY];

  it('opens it in the editor when one is set, and keeps what was saved', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([...UP_TO_APOLOGY, true, CTRL_C]);
    ctx.editor = fakeEditor('書き直したお詫びです。');
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toThrow();
    expect(repairAnswers(ctx.db('read'), 1).get('apology')?.answer.draft).toBe('書き直したお詫びです。');
    expect(ctx.prompt.asked).not.toContain('お詫びの文：');
  });


  it('when the editor fails, says so and asks on one line instead', async () => {
    const ctxWith = await brokenJournal();
    await useLanguage('en');
    const ctx = ctxWith(['Late.', 'Mine.', 'Stress.', 'No calendar.', 'check my calendar', 'I was late', '', '', null, '', '', true, 'My own apology.', CTRL_C]);
    ctx.editor = fakeEditor('never read', 3);
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toThrow();
    expect(ctx.output()).toMatch(/did not finish cleanly, so the draft is unchanged; edit it here instead/);
    expect(ctx.prompt.asked).toContain('Your apology:');
    expect(repairAnswers(ctx.db('read'), 1).get('apology')?.answer.draft).toBe('My own apology.');
  });

  it('with no editor set, edits on one line', async () => {
    const ctxWith = await brokenJournal();
    const ctx = ctxWith([...UP_TO_APOLOGY, '手直しする', '一行で書き直しました。', CTRL_C]);
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toThrow();
    expect(ctx.prompt.asked).toContain('お詫びの文：');
    expect(repairAnswers(ctx.db('read'), 1).get('apology')?.answer.draft).toBe('一行で書き直しました。');
  });
});
