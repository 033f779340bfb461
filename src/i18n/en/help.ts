/**
 * The help of every command: its line in `trust --help`, the opening of its own help, what each
 * argument and flag means, and examples (one command a line, as typed at a shell).
 */
export default {
  common: {
    json: 'print the result as JSON',
    promiseId: 'promise id',
    promiseIds: 'promise ids, as trust list shows them',
    yes: 'do not ask (needed without a terminal)',
    anyCase: 'their name (any case)',
  },
  outcome: {
    note: 'a note about what happened',
    at: 'when it happened, if not now (a day alone means some time that day): {forms}',
  },
  kept: {
    summary: 'mark promises as kept (after the due date counts as kept late)',
    description: 'Mark promises as kept (after the due date counts as kept late).',
    examples: 'trust kept 12\ntrust kept 12 14 --note "done"\ntrust kept 12 --at yesterday',
  },
  broken: {
    summary: 'mark promises as broken; trust repair helps you make it right',
    description: 'Mark promises as broken; trust repair helps you make it right.',
    examples: 'trust broken 12\ntrust broken 12 14 --note "forgot, apologised the same day"\ntrust broken 12 --at yesterday',
  },
  release: {
    summary: 'mark promises as released: the other person let you off, by agreement',
    description: 'Mark promises as released: the other person let you off, by agreement.',
    examples: 'trust release 12\ntrust release 12 14 --note "done"\ntrust release 12 --at yesterday',
  },
  log: {
    summary: 'record a conversation: promises kept, broken, and made',
    description:
      'Record a conversation: who it was with, what became of the promises you owed them, and what you promised this time. At a terminal it asks for whatever the flags leave out; with the text and --to it asks nothing.',
    promise: 'what you promised, in a few words',
    to: 'who the promise is to (added if new)',
    due: 'when it is due',
    relation: 'for someone new: {relations} (default: other)',
    note: 'a note to keep with the promise',
    when: 'the moment you will do it, as an if-then plan: "after the Monday stand-up"',
    examples:
      'trust log\ntrust log "Send the deck" --to Alice --due fri\ntrust log "Call the plumber" --to Sam --due "tomorrow 17:00" --relation family\ntrust log "Go for a run" --to Me --relation self --due +2d',
  },
  reopen: {
    summary: 'undo a kept, broken or release recorded by mistake',
    description:
      'Make a resolved promise open again, when kept, broken or release was recorded by mistake. The outcome and the reopening both stay in its history; streaks and figures are worked out as if the outcome had never been recorded. If its due date has passed, it is simply overdue again.',
    note: 'why it is reopened',
    examples: 'trust reopen 12\ntrust reopen 12 --note "marked the wrong promise"',
  },
  renegotiate: {
    summary: 'move a due date, agreed with the other person, before it passes',
    description:
      'Move the due date of an open promise, agreed with the other person before it passes. Setting expectations honestly is not a break; it is kept in the promise history.',
    due: 'the new due date',
    note: 'what was agreed',
    examples: 'trust renegotiate 12 --due "next week"\ntrust renegotiate 12 --due 2026-12-04 --note "Alice is fine with Friday"',
  },
  repair: {
    summary: 'work through repairing trust after a broken promise, step by step',
    description:
      'Work through a guided apology and repair, one step at a time. Every answer is saved as you give it, so you can stop at any point and continue later. Starting and resuming need a terminal; --list, --show, --close and --abandon also work without one.',
    promiseId: 'the broken promise to repair',
    person: 'repair trust damaged without a logged promise',
    cause: 'mistake, breach, miscommunication or other (asked if not given)',
    resume: 'continue a repair where you left it, or take up one set aside',
    list: 'open and recent repairs with their progress',
    show: 'the whole repair: answers, apology, plan, promises, check-ins',
    markdown: 'with --show: a Markdown document to keep or share',
    close: 'close a repair once its steps are answered and its repair promises resolved',
    learned: 'with --close: what you learned',
    force: 'with --close: close it as it stands, with steps unanswered or repair promises open or never made',
    abandon: 'set a repair aside without finishing it',
    limit: 'with --list: show at most n repairs, open ones first',
    apologised: 'with a broken promise: note an apology you already made (when: today unless given), without a repair',
    note: 'with --apologised: what you said, in a few words',
    examples:
      'trust repair\ntrust repair 12\ntrust repair 12 --apologised yesterday --note "Called her and said sorry"\ntrust repair --person Alice --cause miscommunication\ntrust repair --resume 3\ntrust repair --list\ntrust repair --show 3 --markdown > repair.md\ntrust repair --close 3 --learned "Say early when a date slips"\ntrust repair --close 4 --learned "They needed space, not a plan" --force',
  },
  review: {
    summary: 'the weekly reflection: figures, streaks, and a few questions',
    description:
      "Review an ISO week (Monday to Sunday): the figures, your streaks, then three to five questions chosen from the week, and last week's intentions. Saved as the figures stood, with your answers.",
    week: 'this (default), last, an ISO week such as 2026-W46, or a date inside the week',
    noPrompts: 'print the report only, without questions',
    history: 'list past reviews',
    show: 'print a saved review',
    examples: 'trust review\ntrust review --week last\ntrust review --week 2026-W46 --no-prompts\ntrust review --json\ntrust review --history\ntrust review --show last',
  },
  remind: {
    summary: 'say once what is due soon, overdue or waiting: for a timer',
    description:
      'What needs a nudge now: promises overdue or due within the window (those due within 48 hours are at risk, with the command that moves their date), repair check-ins due, promises broken in the last two weeks with no apology yet, and people gone quiet. Each is said once: trust remembers what it has reminded you of, so a timer running it every 15 minutes repeats nothing. With nothing new it prints nothing and exits 0; it never asks anything.\n\nWith --notify the reminders go to a desktop notification (notify-send on Linux, osascript on macOS) instead of the terminal. --install prints a systemd timer and a crontab line that run it; it installs nothing itself.',
    within: 'how far ahead to look for promises due: 30m, 24h, 2d, 1w',
    notify: 'send a desktop notification instead of printing',
    again: 'say everything due, even what was already said',
    install: 'print a systemd user timer and a crontab line that run trust remind',
    examples: 'trust remind\ntrust remind --within 2d --again\ntrust remind --notify\ntrust remind --install',
  },
  stats: {
    summary: 'streaks and reliability, overall and per person',
    description: 'Streaks and reliability, overall and per person.',
    limit: 'show at most n people',
    examples: 'trust stats\ntrust streak --json',
  },
  doctor: {
    summary: 'check the journal: permissions, version, integrity',
    description:
      'Check the journal without changing it: where it is, sizes, permissions, schema version, SQLite integrity and foreign keys, what it holds, and copies left by an interrupted upgrade or restore. Exits 1 when something is wrong, saying what to do.\n\nWith --repair it first keeps a backup beside the journal, then rebuilds every index (REINDEX), then checks again.',
    repair: 'back up the journal, then rebuild its indexes (for damage the integrity check found)',
    examples: 'trust doctor\ntrust doctor --repair\ntrust doctor --db ~/backup/trust.db --json',
  },
  export: {
    summary: 'the whole journal as JSON, CSV or Markdown; open promises as a calendar',
    description:
      'Export the journal. json is complete (people, promises with their history, repairs, reviews) and can be imported again; csv is the promises, for spreadsheets; markdown is a journal to read; ics is a calendar feed (iCalendar) of the open promises with a due date and the check-ins of repairs under way, each with an alarm, which a calendar app imports again without doubling events.\n\nWritten to stdout, or with --out to a new private (0600) file. An existing file is replaced only with --force, and never if it is the journal, its -wal or -shm, or any SQLite database. A device or FIFO (/dev/stdout, a named pipe) is written in place.',
    format: 'json, csv, markdown or ics',
    out: 'write to this file instead of stdout (- is stdout)',
    force: 'replace an existing --out file (never a database)',
    anonymize: "replace people's names with stable pseudonyms",
    bom: 'with csv: begin with a byte order mark, so that Excel opens the file as UTF-8 (the default when trust speaks Japanese)',
    noBom: 'with csv: no byte order mark',
    bomOnlyCsv: '--bom and --no-bom only go with --format csv.',
    alarm: 'with ics: when the alarm goes off before each event (30m, 2h, 1d; by default 1h, or 1d for a whole day)',
    notes: 'with ics: put promise notes in the events (left out by default: a calendar is often shared)',
    icsOnly: '{flag} only goes with --format ics.',
    examples:
      'trust export > journal.json\ntrust export --format csv --out promises.csv\ntrust export --format csv --out promises.csv --force\ntrust export --format csv --bom --out for-excel.csv\ntrust export --format markdown --anonymize\ntrust export --format ics --out trust.ics --alarm 2h',
  },
  import: {
    summary: 'merge a trust JSON export into the journal',
    description:
      'Import a file made by `trust export`. The whole file is checked first; then it is merged in one transaction: new items are added, known ones (by UUID) updated when the file has a later change, and nothing is duplicated.',
    file: 'a JSON export',
    examples: 'trust import journal.json\ntrust --db new.db import journal.json',
  },
  backup: {
    summary: 'a consistent copy of the journal',
    description:
      "Copy the journal through SQLite's backup API, consistent even while trust is writing, then check the copy (exit 1 if the journal is damaged). Without FILE the copy goes beside the journal, named with the time. Works on a journal trust can only read.",
    file: 'where to write the copy',
    examples: 'trust backup\ntrust backup ~/Dropbox/trust-backup.db',
  },
  restore: {
    summary: 'replace the journal with a backup (the current one is kept)',
    description:
      'Replace the journal with a backup. The file is checked first (a trust journal, whole, every link intact) and the journal is changed only if it passes; the current journal is kept beside it. A backup from an older trust is upgraded on the next run.',
    file: 'a backup made with trust backup',
    examples: 'trust restore ~/.local/share/trust/trust-backup-20261121-093000.db',
  },
  list: {
    summary: 'list promises (open ones by default)',
    description: 'List promises (open ones by default).',
    person: 'only promises to this person',
    status: 'open, kept, broken, released or all',
    overdue: 'only open promises past their due date',
    dueBefore: 'only promises due on or before this date',
    limit: 'show at most n promises',
    examples: 'trust list\ntrust list --overdue\ntrust list --person Alice --status all\ntrust list --due-before eow --limit 50',
  },
  people: {
    summary: 'everyone in your journal, with how it stands',
    description: 'Everyone in your journal, with how it stands. Without a subcommand it lists them; rename and set correct a name or a relation.',
    examples: 'trust people\ntrust people --json\ntrust people rename Tanaka "田中さん"\ntrust people set Alice --relation work',
  },
  peopleList: {
    summary: 'everyone, with promises made, kept and broken (the default)',
    description: 'Everyone in your journal: relation, promises made, kept, broken, keep rate and when you last logged a conversation.',
    limit: 'show at most n people, most recently logged with first',
    byName: 'in the order of their names (in Japanese, the Japanese order: kana by the gojūon)',
    examples: 'trust people\ntrust people --by-name\ntrust people --json',
  },
  peopleRename: {
    summary: 'rename someone; their promises follow',
    description: 'Rename someone; their promises follow.',
    old: 'the name as it is now',
    new: 'the new name',
    examples: 'trust people rename "Tanaka" "田中さん"',
  },
  peopleSet: {
    summary: "change someone's relation or how often you keep in touch",
    description:
      'Change how you know someone (their relation) and how often you want to be in touch with them (their rhythm). Someone you have not been in touch with (no conversation logged, no promise to them resolved) for as long as their rhythm has gone quiet, and the review names them; without a rhythm of their own, four weeks.',
    every: 'how often to be in touch: 3d, 2w, 1m (days, weeks, months), or none for the default four weeks',
    examples: 'trust people set Alice --relation work\ntrust people set Alice --every 2w\ntrust people set "田中さん" --relation customer --json',
  },
  show: {
    summary: 'one promise with its history',
    description: 'One promise with its history.',
    examples: 'trust show 12\ntrust show 12 --json',
  },
  person: {
    summary: 'the story with one person',
    description: 'The story with one person.',
    limit: 'show the latest n promises and notes',
    examples: 'trust person Alice\ntrust person 田中さん --json',
  },
  edit: {
    summary: 'correct a typo in a promise (the old values stay in its history)',
    description: 'Correct a typo in a promise (the old values stay in its history).',
    text: 'the corrected promise',
    due: 'the corrected due date, or "none"',
    person: 'the person it was really made to',
    note: 'the corrected note ("" or - removes it)',
    when: 'the if-then cue ("" or - removes it)',
    examples: 'trust edit 12\ntrust edit 12 --text "Send the final deck"\ntrust edit 12 --due none',
  },
  delete: {
    summary: 'delete a promise logged by mistake (asks first)',
    description: 'Delete a promise logged by mistake (asks first).',
    examples: 'trust delete 12\ntrust delete 12 --yes',
  },
  completion: {
    summary: 'a script for your shell that completes commands, flags, names and promise ids',
    description:
      "Print a completion script for bash, zsh or fish. Loaded by your shell, it completes commands, flags, people's names (after --to, --person, person, people rename and people set) and promise ids, shown with their text in zsh and fish. On each Tab it asks trust, which reads the journal without changing it.\n\nTo load it in every new shell: bash: echo 'source <(trust completion bash)' >> ~/.bashrc; zsh: echo 'source <(trust completion zsh)' >> ~/.zshrc (after compinit); fish: trust completion fish > ~/.config/fish/completions/trust.fish",
    shell: 'bash, zsh or fish',
    examples: 'trust completion bash\nsource <(trust completion zsh)',
  },
} as const;
