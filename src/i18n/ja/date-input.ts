import type { Translation } from '../translation.js';
import type english from '../en/date-input.js';

export default {
  forms:
    '今日、今夜（20時。それより後なら今日の終わり）、明日、明後日、金曜、来週の金曜、来週（来週の日曜の終わり）、週末（今週の日曜の終わり）、月末、来月（来月の終わり）、3日後、1週間後、11月20日、2026-12-01。時刻も付けられます（17時、午後5時、9:30）。英語の書き方（tomorrow、fri、next week、in 3 days、+3d、Dec 1 など）も読めます',
  pastForms:
    '今日、昨日、一昨日、月曜、先週の金曜、先週（その月曜）、3日前、1週間前、11月20日、2026-11-20。時刻も付けられます（17時、午後5時）。英語の書き方（yesterday、last fri、3 days ago、-3d など）も読めます',
  notADate: '{what}：「{input}」は日付として読み取れません。',
  dueDate: '期限',
  thatTime: 'その日時',
  tryForms: '次のように書けます：{forms}。',
  inFuture: '{what}：「{input}」は未来の日時です。',
  inFutureHint: '実際にあった日時を指定してください。例：昨日、今日 9:00',
} satisfies Translation<typeof english>;
