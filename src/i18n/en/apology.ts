/** Apologising early: the offer after `trust broken`, a short apology noted, time to apology. */
export default {
  offer: 'Apologies made early are the ones that work. What now?',
  repairNow: 'Start the repair now',
  alreadySaid: 'I have already apologised to {person}: note it',
  later: 'Later',
  brokenKept: 'Stopped. #{id} is marked broken; nothing else was saved. When you are ready: trust repair {id}',
  selfOffer: 'A promise to yourself counts too. Look back on it now?',
  selfRepairNow: 'Yes: a short self-repair',
  whenSaid: 'When did you apologise?',
  howSaid: 'What did you say, in a few words? (optional)',
  notBroken: 'Promise #{id} is {status}, not broken.',
  onlyBrokenHint: 'An apology is noted for a broken promise: trust broken {id} first.',
  notToSelf: 'A promise to yourself owes no apology.',
  notToSelfHint: 'Look back on it instead: trust repair {id}',
  noted: 'Noted: you apologised to {person} {when}. When you want to go further: trust repair {id}',
  /** In a repair, and after a short apology: how long after the break. */
  delay: '{days, plural, =0 {Apologised the same day as the break.} one {Apologised # day after the break.} other {Apologised # days after the break.}}',
  /** In trust show: a short apology noted for the promise. */
  shown: 'Apology: said {when} ({days, plural, =0 {the same day as the break} one {# day after the break} other {# days after the break}})',
  shownNote: '  What you said: {note}',
  statsTitle: 'Apologies',
  statsLine: '  From break to apology: a median of {days, plural, one {# day} other {# days}} over {count, plural, one {# apology} other {# apologies}}.',
  statsNone: '  No apology recorded yet.',
  statsWithout: '  {count, plural, one {# broken promise has} other {# broken promises have}} no apology recorded.',
} as const;
