/** trust repair --show, --list and the refusals, in Japanese (TRUST_LANG=ja). */
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/commands/repair.js';
import { CancelledError } from '../../src/errors.js';
import { useLanguage } from '../../src/i18n/messages.js';
import { CTRL_C } from '../helpers/fake-prompt.js';
import { trust, trustJson } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';
import { asyncJournalFixture } from '../helpers/fixture.js';

process.env.TZ = 'Asia/Tokyo';

/** Promise #1 to 田中さん broken, and repair #1 walked in Japanese up to its feedback step. */
const japaneseRepair = asyncJournalFixture(async (db) => {
  trust(['log', '企画書を送る', '--to', '田中さん', '--due', 'tomorrow'], { db });
  trust(['broken', '1'], { db });
  await useLanguage('ja');
  const ctx = testContext(db, [
    '企画書が一日遅れて届きました。', '期日を確認していませんでした。', '会議に企画書なしで臨ませてしまいました。',
    'カレンダーに期日を入れていませんでした。', '毎朝カレンダーを確認します',
    '約束した期日を守れず、申し訳ありません', '仕事を引き受けすぎていました', 'すぐにお知らせすべきでした', null, '明日ご説明に伺います', '', false,
    '企画書を一緒に見直す', 'mon', '', '',
    true, '直接お詫びしました', 'today',
    'tue', '',
    CTRL_C,
  ]);
  try {
    await expect(repair('1', { cause: 'other' }, ctx)).rejects.toBeInstanceOf(CancelledError);
  } finally {
    ctx.close();
    await useLanguage('en');
  }
});

const ja = { TRUST_LANG: 'ja' };

describe('trust repair in Japanese, without a terminal', () => {
  it('--show prints the repair with Japanese headings and the Japanese apology as it was drafted', async () => {
    const db = await japaneseRepair();
    const r = trust(['repair', '--show', '1'], { db, env: ja });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('修復 #1（田中さん） · その他 · 進行中、8/10 手順');
    expect(r.stdout).toContain('対象：#1 企画書を送る');
    expect(r.stdout).toContain('次の手順：相手の反応');
    expect(r.stdout).toContain('✓ 1. 事実の把握\n   企画書が一日遅れて届きました。');
    expect(r.stdout).toContain('約束した期日を守れず、申し訳ありません。仕事を引き受けすぎていました。すぐにお知らせすべきでした。今後は、毎朝カレンダーを確認します。つきましては、明日ご説明に伺います。改めて、心からお詫びいたします。どうかお許しください。');
    expect(r.stdout).toContain('再発防止\n   カレンダーに期日を入れていませんでした。\n   今後は、毎朝カレンダーを確認します。');
    expect(r.stdout).toContain('9. 相手の反応：まだ');
    expect(r.stdout).toContain('修復のための約束\n  #2 企画書を一緒に見直す');
    expect(r.stdout).toMatch(/進み具合の報告\n {2}.+：予定/);
    expect(r.stdout).not.toMatch(/\b(Repair|For|Started|not yet|Check-ins)\b/);
    const md = trust(['repair', '--show', '1', '--markdown'], { db, env: ja }).stdout;
    expect(md).toMatch(/^# 修復 #1（田中さん）\n\n- 原因：その他\n- 状態：進行中、8\/10 手順\n/);
    expect(md).toContain('## お詫び\n\n約束した期日を守れず、申し訳ありません。');
    // JSON stays the same for every language: keys and stored values.
    expect(trustJson(['repair', '--show', '1'], { db, env: ja })).toMatchObject({ cause: 'other', state: 'in progress', nextStep: 'feedback' });
  });

  it('--list and the refusals speak Japanese', async () => {
    const db = await japaneseRepair();
    const list = trust(['repair', '--list'], { db, env: ja });
    expect(list.stdout).toMatch(/相手.*原因.*状態.*手順.*次の手順.*次の報告日/);
    expect(list.stdout).toMatch(/田中さん\s*│ その他\s*│ 進行中\s*│ 8\/10\s*│ 相手の反応/);
    const refused = trust(['repair', '--close', '1', '--learned', '早めに伝える'], { db, env: ja });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'trust: 修復 #1 はまだ終わっていません。まだ答えていない手順が1件あります（相手の反応）。修復のための約束が1件、まだ進行中です。\n' +
        '`trust repair --resume 1` で残りの手順に答えてその約束の結果を記録する（約束は trust list --person "田中さん" で見られます）か、--force を付けて今の状態で締めくくってください。\n',
    );
    expect(trust(['repair', '1'], { db, env: ja }).stderr).toContain('修復の手順を進めるには、答えを入力できる端末が必要です。');
    expect(trust(['repair', '--show', '9'], { db, env: ja }).stderr).toContain('修復 #9 はありません。');
  });
});
