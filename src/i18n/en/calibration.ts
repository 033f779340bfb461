/** Calibration: how the dates promised compare with the days kept, in trust stats, trust person and trust log. */
export default {
  title: 'Calibration',
  /** Overall (stats) and with one person (person): the reference set is the last few keeps. */
  onTime: '  On time: {onTime} of the last {keeps, plural, one {# promise} other {# promises}} kept that had a due date ({rate})',
  whenLate: '  When late: a median of {median, plural, one {# day} other {# days}}, 80% within {p80, plural, one {# day} other {# days}}',
  neverLate: '  None of them was kept late.',
  trend: '  Last 12 weeks: {recent} on time, against {before} in the 12 weeks before',
  cue: '  With a --when cue: {withCue} on time ({cued, plural, one {# promise} other {# promises}}); without: {without} ({plain, plural, one {# promise} other {# promises}})',
  tooLittle: 'Calibration starts once {least} promises that had a due date are kept ({keeps} so far).',
  head: { person: 'Person', onTime: 'On time', lateMedian: 'Late by (median)', late80: '80% within' },
  days: '{count, plural, one {# day} other {# days}}',
  /** trust log, when the date promised is sooner than the user usually delivers. */
  suggestPerson: 'With {name} you were a median of {median, plural, one {# day} other {# days}} late over the last {keeps, plural, one {# promise} other {# promises}} you kept; {typed} → {suggested}?',
  suggestOverall: 'You were a median of {median, plural, one {# day} other {# days}} late over the last {keeps, plural, one {# promise} other {# promises}} you kept; {typed} → {suggested}?',
  whichDate: 'Which due date?',
  keepTyped: 'Keep {day}, as said',
  takeSuggested: 'Change it to {day}',
  yourself: 'yourself',
} as const;
