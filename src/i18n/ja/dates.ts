import type { Translation } from '../translation.js';
import type english from '../en/dates.js';

export default {
  day: 'M月D日(dd)',
  dayWithYear: 'YYYY年M月D日(dd)',
  dayTime: '{day} {time}',
  today: '今日',
  todayAt: '今日 {time}',
  tomorrow: '明日',
  yesterday: '昨日',
  inDistance: '{distance}後',
  ago: '{distance}前',
  overdueBy: '{distance}超過',
  overdueSince: '{time}から超過',
  due: '期限 {day} {relative}',
  noDue: '期限なし',
  dueRelative: '{relative}',
} satisfies Translation<typeof english>;
