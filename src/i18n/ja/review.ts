import type { Translation } from '../translation.js';
import type english from '../en/review.js';

export default {
  firstWeek:
    'trust を使い始めて最初の週なので、振り返る記録はまだありません。\n約束をしたら、その都度 `trust log` で記録しておきましょう。来週には、どれだけ守れたかがここに表れます。',
  existing: '{week}の振り返り({date}):',
  notSaved:
    'この振り返りは保存されていません。質問に答えるには端末が必要です。端末で `trust review` を実行してください(レポートだけなら `trust review --no-prompts`)。',
  addToIt: 'この振り返りに書き足しますか?',
  saved: '{week}の振り返りを保存しました。',
  savedWithIntentions: '{week}の振り返りを保存しました。来週は、今回決めたことの確認から始まります。',
  lastWeekHint: '先週({week})はまだ振り返っていません: trust review --week last',
  noReviews: '振り返りはまだありません。週の終わりに `trust review` を実行すると始められます。',
  historyHead: {
    week: '週',
    keepRate: '守れた割合',
    streaksThen: '当時の連続記録(守った約束/破らなかった週/振り返り)',
    answers: '回答',
    intentions: '来週やること',
  },
  noSuchReview: '{week}の振り返りはありません。',
  noSuchReviewHint: '振り返った週の一覧は `trust review --history` で見られます。',
  reviewedOn: '振り返った日: {date}',

  ask: {
    tooLong: '{max}文字以内にまとめてください。',
    intentionsLastWeek: '先週決めたこと',
    intentionsEarlier: '前回の振り返り({week}、{weeks}週間前)で決めたこと',
    youMeantTo: 'やろうとしていたこと: {intention}\n  実行できましたか?',
    followedYes: 'はい',
    followedPartly: '一部だけ',
    followedNo: 'いいえ',
    whatIsLeft: 'やり残したことは何ですか?(来週また確認します。なければ空のままで)',
    whatIsLeftOf: '「{intention}」のやり残し',
    questions: '今週の質問({count}問)',
    skipHint: ' 空のまま進めば、その質問は飛ばせます',
    carry: 'これを「来週やること」として持ち越しますか?',
    whatWillYouDo: '何をしますか?(具体的な一歩を、自分の言葉で)',
    whatWillYouDoSaved: '何をしますか?',
    noIntention: 'この質問については、来週やることを保存しませんでした。',
  },

  decide: {
    kept: '守った: もう済んでいる(遅れて守ったことになります)',
    renegotiate: '結び直す: 相手と新しい期限を決める(過ぎた期限は破ったことになります)',
    broken: '破ったと認める',
    undecided: 'まだ決めない: 進行中のままにする',
    keptAnswer: '遅れて守りました。',
    brokenAnswer: '破ったと認めました。',
    newDate: '相手と決めた新しい期限(金曜、3日後、月末 など)',
    renegotiatedAnswer: '期限を{date}に結び直しました。過ぎた期限は破ったことになります。',
    note: '{week}の振り返りで決めました。',
    notApplied: '#{id}「{text}」({person}との約束)はもう進行中ではないため、決めた内容は反映していません。',
    nowKept: '#{id}「{text}」({person}との約束)を、遅れて守ったと記録しました。',
    nowBroken: '#{id}「{text}」({person}との約束)を、破ったと記録しました。',
    nowBrokenAgain: '#{id}「{text}」({person}との約束)を、破ったと記録しました。同じ約束を #{newId} として、期限 {due} で改めて結びました。',
    repairHint: '準備ができたら、`trust repair {id}` で信頼の修復を一歩ずつ進められます。',
  },

  prompt: {
    broken: '{person}との約束「{text}」を守れませんでした。何が妨げになりましたか?これから何を変えますか?',
    overdue:
      '{person}との約束「{text}」は、{days, plural, =0 {期限を過ぎています。} other {期限を{days}日過ぎています。}}もう済んだのか、結び直すのか、破ったと認めるのか、どうしますか?',
    overpromised: '今週は{made}件の約束をして、守れたのは{kept}件でした。進行中の約束のうち、あとで破るより今のうちに結び直しておくべきものはどれですか?',
    quiet: '{name}との会話を{weeks}週間記録していません。そろそろ連絡してみませんか?するとしたら、どんな形で?',
  },

  // 記事 002 の「信頼関係を築くための6つの秘訣」と 1on1 の問いかけから。
  reflection: {
    thanks: '今週、誰に助けられましたか?「助かった」で終わらせず、相手が何をしてくれて、そのおかげで何ができたのかを具体的な言葉にしてみましょう。',
    reasons: '今週のあなたの判断で、誰かに関わるものはありましたか?その人には結論だけでなく、判断の背景や理由まで伝わっていましたか?',
    expectations: '今週、口に出さないまま、相手と期待がすれ違っていた場面はありませんか?その期待を、ここで言葉にしてみましょう。',
    openness: '相手に求める前に、自分から先に打ち明けられることはありますか?迷い、失敗、助けてほしいことなど、まず自分から話すとしたら何でしょう。',
    bestMoment: '今週、大切な人との間でいちばん良かった瞬間は何ですか?',
    obstacle: '今週、約束を守るうえでいちばんの壁になったことは何ですか?それを小さくするには、何ができそうですか?',
    scope: '任せたこと、引き受けたことの中に、どこまでを誰が決めるのか、責任がどこにあるのかがあいまいなものはありませんか?どうやってすり合わせますか?',
    intent: '今週、結果には結びつかなかったものの、そこに込めた意図や工夫を認めたい人はいましたか?',
  },

  report: {
    title: '{week}: {from}〜{to}',
    counts: '新しい約束 {made}件/今週が期限 {due}件/守った {kept}件(期限内 {onTime}件、遅れて {late}件)/破った {broken}件/取り下げ {released}件',
    moreCounts: '結び直し {renegotiated}件/期限前で進行中 {open}件/期限切れ {overdue}件',
    keepRate: '守れた割合: 今週 {thisWeek}、その前の4週間 {before}',
    keepRateChange:
      '守れた割合: 今週 {thisWeek}、その前の4週間 {before}({direction, select, up {{points}ポイント上昇} down {{points}ポイント低下} other {変化なし}})',
    streaks: '連続記録',
    keepStreak: '  守り続けた約束: {current}件連続(最長 {best}件)',
    keepStreakLate: '  守り続けた約束: {current}件連続(うち遅れて {late}件、最長 {best}件)',
    cleanWeeks: '  約束を破らなかった週: {current}週連続(最長 {best}週)',
    reviews: '  振り返り: {current}週連続(最長 {best}週)',
    people: '今週の相手ごとの内訳',
    head: { person: '相手', made: '新しい約束', kept: '守った', broken: '破った', released: '取り下げ', openDue: '進行中' },
    morePeople: '…ほか{count}人',
    repairs: '進行中の修復',
    repairNext: '  #{id} {person}({progress}): 次は「{step}」',
    repairToClose: '  #{id} {person}({progress}): あとは修復を閉じるだけです',
    quiet: '4週間以上、会話を記録していない相手',
    quietFor: '  {name}: {weeks}週間',
    series: '守れた割合(直近12週)',
    seriesKey: '  · は守った約束も破った約束もない週',
    noAnswers: '書かれた回答はありません。',
    noAnswersSkipped: '書かれた回答はありません(飛ばした質問 {count}問)。',
    intention: ' [来週やること]',
    intentionFollowed: ' [来週やること: {followed, select, yes {実行した} partly {一部だけ実行した} other {実行しなかった}}]',
  },
} satisfies Translation<typeof english>;
