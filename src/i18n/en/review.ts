/**
 * trust review: the weekly report, last week's intentions followed up, and the week's questions.
 * Questions and the answers trust writes for a decision are saved with the review as they were
 * asked, so a review shown again later reads in the language it was written in.
 */
export default {
  firstWeek: 'Your first week with trust: nothing to review yet.\nLog a few promises with `trust log` as you make them; next week this will show how you did.',
  existing: 'Your review of {week}, {date}:',
  notSaved:
    'This review was not saved: its questions need a terminal. Run `trust review` in a terminal to answer them (`trust review --no-prompts` prints the report alone).',
  addToIt: 'Add to this review?',
  saved: 'Review of {week} saved.',
  savedWithIntentions: 'Review of {week} saved; next week starts with your intentions.',
  lastWeekHint: 'Last week ({week}) has no review yet: trust review --week last',
  noReviews: 'No reviews yet. `trust review` at the end of the week starts one.',
  historyHead: {
    week: 'Week',
    keepRate: 'Keep rate',
    streaksThen: 'Streaks then (keep / clean weeks / reviews)',
    answers: 'Answers',
    intentions: 'Intentions',
  },
  noSuchReview: 'There is no review of {week}.',
  noSuchReviewHint: '`trust review --history` lists the weeks you reviewed.',
  reviewedOn: 'Reviewed {date}',
  notAWeek: '"{input}" is not a week trust understands.',
  notAWeekHint: 'Use this, last, an ISO week such as 2026-W46, or a date inside the week (2026-11-12).',
  notBegun: '{week} has not started yet: it begins on Monday {start}.',
  notBegunHint: 'This week is {current}: review it with `trust review`.',

  ask: {
    tooLong: 'Keep it under {max} characters.',
    intentionsLastWeek: "Last week's intentions",
    intentionsEarlier: 'Intentions from your last review ({week}, {weeks, plural, one {# week} other {# weeks}} ago)',
    youMeantTo: 'You meant to: {intention}\n  Did you follow it?',
    followedYes: 'Yes',
    followedPartly: 'Partly',
    followedNo: 'No',
    whatIsLeft: 'What is left to do? (it comes back next week; leave empty if nothing)',
    /** Saved as the question of what is left of an intention followed partly. */
    whatIsLeftOf: 'What is left of: {intention}',
    questions: '{count, plural, one {# question} other {# questions}} for this week',
    skipHint: ' (leave one empty to skip it)',
    carry: 'Carry this into next week as an intention?',
    whatWillYouDo: 'What will you do? (one concrete step, in your own words)',
    /** Saved as the question of an intention. */
    whatWillYouDoSaved: 'What will you do?',
    noIntention: 'No intention saved for this one.',
  },

  /** The overdue question: decided in the review, applied when it is saved. */
  decide: {
    kept: 'Kept it: it is done (it counts as kept late)',
    renegotiate: 'Renegotiate: agree a new date with them (the missed date counts as broken)',
    broken: 'Call it broken',
    undecided: 'Not decided yet: leave it open',
    keptAnswer: 'Kept it, late.',
    brokenAnswer: 'Called it broken.',
    newDate: 'The new date you agreed (fri, +3d, eow …)',
    renegotiatedAnswer: 'Renegotiated to {date}; the missed date counts as broken.',
    /** Written in the promise's history. */
    note: 'Decided in the review of {week}.',
    notApplied: '#{id} "{text}" (to {person}) is no longer open, so your decision about it was not applied.',
    nowKept: '#{id} "{text}" (to {person}) is kept, late.',
    nowBroken: '#{id} "{text}" (to {person}) is now broken.',
    nowBrokenAgain: '#{id} "{text}" (to {person}) is now broken. It is promised again as #{newId}, due {due}.',
    repairHint: 'When you are ready, `trust repair {id}` walks you through repairing it.',
  },

  /** Questions chosen from the week's data. */
  prompt: {
    broken: 'You broke "{text}" (to {person}). What got in the way, and what will you change?',
    overdue:
      '{days, plural, =0 {"{text}" (to {person}) is overdue.} one {"{text}" (to {person}) is # day overdue.} other {"{text}" (to {person}) is # days overdue.}} Keep it, renegotiate it, or call it broken: what is your decision?',
    overpromised:
      'You made {made, plural, one {# promise} other {# promises}} this week and kept {kept}. Which open one should you renegotiate now, rather than break later?',
    /** unit: day or week, count: how many; rhythm: "every 2 weeks" (people.rhythm). */
    quiet: 'You have not been in touch with {name} for {unit, select, day {{count, plural, one {# day} other {# days}}} other {{count, plural, one {# week} other {# weeks}}}}, and you aim for {rhythm}. Is it time to reach out, and how?',
    quietNever: 'You added {name} {unit, select, day {{count, plural, one {# day} other {# days}}} other {{count, plural, one {# week} other {# weeks}}}} ago and have not been in touch since, and you aim for {rhythm}. Is it time to reach out, and how?',
  },

  /** Reflections that rotate from week to week (seeds 000, 002, 003). */
  reflection: {
    thanks: 'Who helped you this week? Write the thanks you owe them in concrete words: what they did, and what it made possible.',
    reasons: 'Which of your decisions touched someone this week? Did they hear the reasons behind it, or only the result?',
    expectations: 'Where did you and someone else quietly expect different things this week? Say that expectation out loud here.',
    openness: 'Where could you go first with openness: admit a doubt, a mistake or a need before asking the same of someone else?',
    bestMoment: 'What was the best moment of the week with someone who matters to you?',
    obstacle: 'What was the biggest obstacle to keeping your word this week, and what would make it smaller?',
    scope: 'Is there something you handed over or took on where it is unclear who decides what? How will you settle it?',
    intent: 'Whose effort this week fell short of the result but deserves recognition for what they were trying to do?',
  },

  /** The report: the week's figures as they stood. */
  report: {
    title: 'Week {week}: {from} to {to}',
    counts: 'Made {made} · due {due} · kept {kept} ({onTime} on time, {late} late) · broken {broken} · released {released}',
    moreCounts: 'Renegotiated {renegotiated} · still open {open} · overdue {overdue}',
    keepRate: 'Keep rate: {thisWeek} this week, {before} in the four weeks before',
    /** direction: up, down or same; points: the size of the change. */
    keepRateChange:
      'Keep rate: {thisWeek} this week, {before} in the four weeks before ({direction, select, down {-{points, plural, one {# point} other {# points}}} other {+{points, plural, one {# point} other {# points}}}})',
    streaks: 'Streaks',
    keepStreak: '  Keep streak: {current} kept in a row (best {best})',
    keepStreakLate: '  Keep streak: {current} kept in a row (best {best}), {late} of them late',
    cleanWeeks: '  Clean weeks: {current, plural, one {# week} other {# weeks}} (best {best})',
    reviews: '  Reviews:     {current, plural, one {# week} other {# weeks}} (best {best})',
    people: 'People this week',
    head: { person: 'Person', made: 'Made', kept: 'Kept', broken: 'Broken', released: 'Released', openDue: 'Open due' },
    morePeople: '…and {count, plural, one {# more person} other {# more people}}',
    repairs: 'Open repairs',
    repairNext: '  #{id} with {person} ({progress}): next, {step}',
    repairToClose: '  #{id} with {person} ({progress}): next, close',
    quiet: 'Gone quiet: longer out of touch than you aim for',
    /** unit: day or week, count: how many; rhythm: "every 2 weeks" (people.rhythm). */
    quietFor: '  {name}: {unit, select, day {{count, plural, one {# day} other {# days}}} other {{count, plural, one {# week} other {# weeks}}}} since you were last in touch (you aim for {rhythm})',
    quietNever: '  {name}: added {unit, select, day {{count, plural, one {# day} other {# days}}} other {{count, plural, one {# week} other {# weeks}}}} ago, not in touch since (you aim for {rhythm})',
    quietMore: '  …and {count, plural, one {# more person} other {# more people}} (trust review --json lists them all)',
    series: 'Keep rate, last 12 weeks',
    seriesKey: '  (· nothing kept or broken)',
    noAnswers: 'No answers written.',
    noAnswersSkipped: 'No answers written ({count, plural, one {# question} other {# questions}} skipped).',
    intention: ' [intention]',
    /** followed: yes, partly or no. */
    intentionFollowed: ' [intention: followed {followed}]',
  },
} as const;
