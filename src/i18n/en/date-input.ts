/** Dates as the user types them: the forms trust reads, and what it says when it cannot. */
export default {
  forms:
    'today, tonight (20:00, or the end of today once it is later), tomorrow, a weekday (fri), next fri (the Friday of next week), next week (the end of next Sunday), eow (the end of this Sunday), eom (the end of this month), next month (the end of next month), in 3 days, in a week, +3d, 27 Nov, Dec 1 2026 or 2026-12-01, with an optional time (17:00, 5pm, at 9:30); in Japanese too: 明日, 金曜, 来週の金曜, 3日後, 月末, 11月20日 17時',
  pastForms:
    'today, yesterday, a weekday (mon), last fri, last week (its Monday), 3 days ago, a week ago, -3d, 20 Nov or 2026-11-20, with an optional time (17:00, 5pm); in Japanese too: 昨日, 金曜, 先週の金曜, 3日前, 11月20日 17時',
  notADate: '"{input}" is not a date trust understands for {what}.',
  dueDate: 'a due date',
  /** What a repair asks for when it asks when the apology was made or the reply came. */
  thatTime: 'That time',
  tryForms: 'Try {forms}.',
  inFuture: '{what} {input} is in the future.',
  inFutureHint: 'Give the moment it happened, for example "yesterday" or "today 9:00".',
} as const;
