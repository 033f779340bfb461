/** trust list and trust show, the history of a promise, and the note under a table that left columns out. */
export default {
  // A list of column names: "Due", "Due and To", "Due, To and Status".
  separator: ', ',
  and: '{rest} and {last}',
  leftOut: 'Narrow terminal: {columns} left out; widen it or use --json.',
  // trust list
  head: { id: '#', promise: 'Promise', to: 'To', due: 'Due', status: 'Status' },
  badLimit: '--limit {text} is not a positive whole number.',
  badLimitHint: 'For example: --limit 50.',
  /** `status` is the status asked for, as the words part names it. */
  none: 'No {which, select, overdue {overdue promises} all {promises} other {{status} promises}}.',
  noneTo: 'No {which, select, overdue {overdue promises} all {promises} other {{status} promises}} to {person}.',
  more: '…and {more} more. Use --limit {total} to see them all, or narrow with --person or --status.',
  // trust show
  historyHead: { when: 'When', what: 'What', details: 'Details' },
  to: 'To:      {person}',
  made: 'Made:    {when}',
  due: 'Due:     {due}',
  status: 'Status:  {status}',
  statusOn: 'Status:  {status} on {when}',
  deleted: 'deleted',
  note: 'Note:    {note}',
  deletedOn: 'Deleted on {when}.',
  partOf: 'Part of: repair #{id} with {person}, {state} — trust repair --show {id}',
  repair: 'Repair:  #{id}, {state} — trust repair --show {id}',
  noRepair: 'Repair:  none started yet — trust repair {id} walks you through one',
  event: {
    created: 'created',
    renegotiated: 'renegotiated',
    kept: 'kept',
    broken: 'broken',
    released: 'released',
    reopened: 'reopened',
    edited: 'edited',
    deleted: 'deleted',
  },
  // The details of a history row, joined by detailSeparator.
  detailSeparator: '; ',
  openAgain: 'open again',
  openAgainUndid: 'open again; "{kind}" of {when} no longer counts',
  change: '{field}: {from} → {to}',
  field: { text: 'text', note: 'note', due: 'due', person: 'person' },
  noDate: 'no date',
  nothing: '(none)',
  recorded: 'recorded {when}',
  fromImportOf: 'from import of {file}',
  fromImport: 'from an import',
} as const;
