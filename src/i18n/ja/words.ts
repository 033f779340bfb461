import type { Translation } from '../translation.js';
import type english from '../en/words.js';

export default {
  separator: '、',
  and: '{rest}、{last}',
  or: '{rest}か{last}',
  status: { open: '進行中', kept: '守った', broken: '破った', released: '取り下げた', keptLate: '遅れて守った', overdue: '期限切れ', all: 'すべて' },
  relation: { work: '仕事', partner: 'パートナー', family: '家族', friend: '友人', customer: '顧客', self: '自分', other: 'その他' },
  notARelation: '「{value}」という関係はありません。',
  notAStatus: '「{value}」という状態はありません。',
  useOneOf: '次のどれかを指定してください：{list}',
} satisfies Translation<typeof english>;
