/** trust with no arguments: the glance at what is due, repairs under way, and the keep streak. */
export default {
  welcome:
    'Welcome to trust, a journal of the small promises you make and keep.\nAfter your next conversation, run `trust log` to note what you promised and by when.\nOr in one line: trust log "Send the deck" --to Alice --due fri',
  overdue: 'Overdue ({count})',
  dueToday: 'Due today ({count})',
  dueSoon: 'Due in the next {days} days ({count})',
  more: '  …and {count} more: {command}',
  nothingDue: 'Nothing due in the next {days} days.',
  checkins: 'Check-ins ({count})',
  repairs: 'Repairs in progress ({count})',
  repairLine: '  Repair #{id} with {person} ({done}/{total}): next, {step}',
  close: 'close',
  later: '{count} more open later or without a date: trust list',
  checkinToday: 'Update {person} on repair #{id} (today); next step: {step}',
  checkinSince: 'Update {person} on repair #{id} (since {day}); next step: {step}',
  goingQuiet: ' · going quiet? a short update is enough',
  streakNone: 'Keep streak: none yet. Keep one promise to start it.',
  streak: 'Keep streak: {current} kept in a row (best {best}).',
  streakLate: 'Keep streak: {current} kept in a row, {late} of them late (best {best}).',
} as const;
