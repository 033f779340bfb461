import type { Translation } from '../translation.js';
import type english from '../en/apology.js';

export default {
  offer: 'お詫びは早いほど届きます。どうしますか？',
  repairNow: '今すぐ修復を始める',
  alreadySaid: '{person}にはもうお詫びした：それを記録する',
  later: 'あとで',
  brokenKept: '中断しました。#{id} は破った約束として記録済みで、それ以外は保存していません。準備ができたら：trust repair {id}',
  selfOffer: '自分との約束も大切な約束です。今、振り返りますか？',
  selfRepairNow: 'はい：短い振り返りをする',
  whenSaid: 'いつお詫びしましたか？',
  howSaid: 'どのように伝えましたか？ひとことで（任意）',
  notBroken: '約束 #{id} の状態は「{status}」で、破った約束ではありません。',
  onlyBrokenHint: 'お詫びは破った約束について記録します。先に trust broken {id} を実行してください。',
  notToSelf: '自分との約束に、お詫びは要りません。',
  notToSelfHint: 'かわりに振り返りましょう：trust repair {id}',
  noted: '記録しました：{when}、{person}にお詫びしました。さらに修復に取り組むときは：trust repair {id}',
  delay: '{days, plural, =0 {破ったその日のうちにお詫びしました。} other {破ってから{days}日後にお詫びしました。}}',
  shown: 'お詫び：{when}に伝えました（{days, plural, =0 {破ったその日のうち} other {破ってから{days}日後}}）',
  shownNote: '  伝えたこと：{note}',
  statsTitle: 'お詫び',
  statsLine: '  破ってからお詫びまで：{count}回のお詫びで、中央値{days}日。',
  statsNone: '  お詫びの記録はまだありません。',
  statsWithout: '  お詫びの記録がない破った約束：{count}件。',
} satisfies Translation<typeof english>;
