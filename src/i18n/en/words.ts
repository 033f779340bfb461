/** The names of things trust shows in many places: statuses and relations, and how a list is joined. */
export default {
  // "Alice", "Alice or Bob", "Due, To and Status" (see listOf in src/i18n/messages.ts).
  separator: ', ',
  and: '{rest} and {last}',
  or: '{rest} or {last}',
  status: { open: 'open', kept: 'kept', broken: 'broken', released: 'released', keptLate: 'kept late', overdue: 'overdue', all: 'all' },
  relation: { work: 'work', partner: 'partner', family: 'family', friend: 'friend', customer: 'customer', self: 'self', other: 'other' },
  notARelation: '"{value}" is not a relation.',
  notAStatus: '"{value}" is not a status.',
  useOneOf: 'Use one of: {list}.',
} as const;
