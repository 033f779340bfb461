import type { Translation } from '../translation.js';
import type english from '../en/calibration.js';

export default {
  title: '見積もりの精度',
  onTime: '  期限どおり：期限のある約束で最近守った{keeps}件のうち{onTime}件（{rate}）',
  whenLate: '  遅れたとき：中央値で{median}日、80%は{p80}日以内',
  neverLate: '  遅れて守った約束はありません。',
  trend: '  直近12週：期限どおり{recent}（その前の12週は{before}）',
  cue: '  --when のきっかけあり：期限どおり{withCue}（{cued}件）、なし：{without}（{plain}件）',
  tooLittle: '期限のある約束を{least}件守ると、見積もりの精度を表示します（今は{keeps}件）。',
  head: { person: '相手', onTime: '期限どおり', lateMedian: '遅れ（中央値）', late80: '80%が収まる遅れ' },
  days: '{count}日',
  suggestPerson: '{name}との約束は、最近守った{keeps}件で中央値{median}日遅れています。{typed} → {suggested} にしますか？',
  suggestOverall: '最近守った{keeps}件の約束は、中央値で{median}日遅れています。{typed} → {suggested} にしますか？',
  whichDate: '期限はどちらにしますか？',
  keepTyped: '伝えたとおり{day}のまま',
  takeSuggested: '{day}に変える',
  yourself: '自分',
} satisfies Translation<typeof english>;
