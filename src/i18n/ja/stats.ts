import type { Translation } from '../translation.js';
import type english from '../en/stats.js';

export default {
  streaks: '連続記録',
  keepStreak: '  守り続けた約束：{current}件連続（最長{best}件）',
  keepStreakLate: '  守り続けた約束：{current}件連続（うち遅れて{late}件、最長{best}件）',
  cleanWeeks: '  約束を破らなかった週：{current}週連続（最長{best}週）',
  reviews: '  振り返り：{current}週連続（最長{best}週）',
  reliability: '信頼度',
  kept: '  守ったか破ったかが決まった{counted}件のうち、守ったのは{kept}件：{rate}',
  strength: '  強さ：{value}',
  strengthBuilds: '（守った・破った約束が{after}件になると表示されます。今は{counted}件）',
  strengthMeans: '（守った割合を、最近の約束ほど重く数えたもの。最新の約束を1とすると、{halfLife}件前の約束の重みは半分です）',
  head: { person: '相手', relation: '関係', kept: '守った', broken: '破った', keepRate: '守れた割合', strength: '強さ' },
  strengthDash: '強さの「–」：守った・破った約束が{after}件になると表示されます。',
  morePeople: '…ほか{count}人：trust stats --limit {total}',
  nothingYet: '守った約束も破った約束もまだありません。最初の約束の結果が出たところから数え始めます。',
} satisfies Translation<typeof english>;
