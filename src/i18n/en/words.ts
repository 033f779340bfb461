/** The names of things trust shows in many places: statuses and relations. */
export default {
  status: { open: 'open', kept: 'kept', broken: 'broken', released: 'released', keptLate: 'kept late', overdue: 'overdue', all: 'all' },
  relation: { work: 'work', partner: 'partner', family: 'family', friend: 'friend', customer: 'customer', self: 'self', other: 'other' },
  notARelation: '"{value}" is not a relation.',
  notAStatus: '"{value}" is not a status.',
  useOneOf: 'Use one of: {list}.',
} as const;
