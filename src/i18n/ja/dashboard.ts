import type { Translation } from '../translation.js';
import type english from '../en/dashboard.js';

export default {
  welcome:
    'trust へようこそ。日々交わす小さな約束と、それを守った記録をつける記録帳です。\n次に誰かと話したら、`trust log` を実行して、何をいつまでに約束したかを記録しましょう。\n1行で記録することもできます：trust log "資料を送る" --to 田中さん --due 金曜',
  overdue: '期限切れ（{count}件）',
  dueToday: '今日が期限（{count}件）',
  dueSoon: '{days}日以内が期限（{count}件）',
  more: '  …ほか{count}件：{command}',
  nothingDue: 'これから{days}日以内に期限の来る約束はありません。',
  checkins: '進み具合の報告（{count}件）',
  repairs: '進行中の修復（{count}件）',
  repairLine: '  {person}との修復 #{id}（{done}/{total}）：次は「{step}」',
  close: '締めくくり',
  later: 'ほかに、期限がもっと先か期限のない進行中の約束が{count}件：trust list',
  checkinToday: '修復 #{id} の進み具合を{person}に報告しましょう（今日）。次の手順：{step}',
  checkinSince: '修復 #{id} の進み具合を{person}に報告しましょう（{day}から）。次の手順：{step}',
  goingQuiet: ' · 間が空いていませんか？　短い連絡で十分です',
  streakNone: '守り続けた約束：まだありません。1つ守れば始まります。',
  streak: '守り続けた約束：{current}件連続（最長{best}件）。',
  streakLate: '守り続けた約束：{current}件連続、うち遅れて{late}件（最長{best}件）。',
} satisfies Translation<typeof english>;
