/**
 * Dates as they read on screen. The formats are dayjs's (D day, MMM month, ddd weekday); the
 * distances ("6 days", "2 weeks") come from dayjs in the language in use.
 */
export default {
  day: 'ddd D MMM',
  dayWithYear: 'ddd D MMM YYYY',
  dayTime: '{day} {time}',
  today: 'today',
  todayAt: 'today at {time}',
  tomorrow: 'tomorrow',
  yesterday: 'yesterday',
  inDistance: 'in {distance}',
  ago: '{distance} ago',
  overdueBy: '{distance} overdue',
  overdueSince: 'overdue since {time}',
  due: 'due {day} ({relative})',
  noDue: 'no due date',
  /** After the day in a table's due column. */
  dueRelative: '({relative})',
} as const;
