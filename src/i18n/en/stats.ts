/** trust stats (trust streak): the streaks and how reliable you are, overall and per person. */
export default {
  streaks: 'Streaks',
  keepStreak: '  Keep streak: {current} kept in a row (best {best})',
  keepStreakLate: '  Keep streak: {current} kept in a row (best {best}), {late} of them late',
  cleanWeeks: '  Clean weeks: {current} (best {best})',
  reviews: '  Reviews:     {current, plural, one {# week} other {# weeks}} (best {best})',
  reliability: 'Reliability',
  kept: '  Kept {kept} of {counted} kept or broken: {rate}',
  strength: '  Strength: {value}',
  /** The strength, then what it means (dimmed), on one line. */
  strengthLine: '{strength} {note}',
  /** Beside "Strength: –", dimmed. */
  strengthBuilds: '(builds after {after} kept or broken; {counted} so far)',
  /** Beside the strength, dimmed: what it means, with the half-life of the smoothing. */
  strengthMeans: '(the share kept, with recent promises weighing more: the latest counts fully, the one {halfLife} promises before it half as much)',
  head: { person: 'Person', relation: 'Relation', kept: 'Kept', broken: 'Broken', keepRate: 'Keep rate', strength: 'Strength' },
  strengthDash: 'Strength – : it builds after {after} kept or broken.',
  morePeople: '…and {count} more: trust stats --limit {total}',
  nothingYet: 'Nothing kept or broken yet: the figures start with your first resolved promise.',
} as const;
