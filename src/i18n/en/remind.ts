/** trust remind, and the nudges it shares with the dashboard: at risk, no apology yet, gone quiet. */
export default {
  overdue: 'Overdue ({count})',
  dueWithin: 'Due in the next {window} ({count})',
  window:
    '{unit, select, minute {{count, plural, one {# minute} other {# minutes}}} hour {{count, plural, one {# hour} other {# hours}}} day {{count, plural, one {# day} other {# days}}} other {{count, plural, one {# week} other {# weeks}}}}',
  checkins: 'Check-ins ({count})',
  broken: 'Broken, no apology yet ({count})',
  quiet: 'Gone quiet ({count})',
  /** After a promise due within 48 hours: the one command that moves its date. */
  atRisk: ' · at risk: {command}',
  renegotiateCommand: 'trust renegotiate {id} --due <date>',
  /** The if-then plan under a promise. */
  cue: 'When: {cue}',
  brokenLine: '{head} · broken {ago}, no apology recorded: {command}',
  brokenSelfLine: '{head} · broken {ago}, not looked at yet: {command}',
  notifyTitle: '{count, plural, one {trust: # reminder} other {trust: # reminders}}',
  notifyMore: '…and {count} more: trust remind --again',
  noNotifier: 'This system has no desktop notifier that trust knows ({program}), so nothing was sent.',
  noNotifierHint: 'The reminders are printed above. Install {program}, or run trust remind without --notify.',
  notifierFailed: 'The desktop notifier ({program}) did not send the reminders: {reason}',
  notifierFailedHint: 'The reminders are printed above; trust will try again next time.',
  notAWindow: '"{value}" is not a length of time trust understands.',
  notAWindowHint: 'Write it as a number and a unit, such as 30m, 24h, 2d or 1w.',
  install: {
    intro: 'trust remind can run on its own every 15 minutes. Nothing is installed for you: pick one of these and set it up yourself.',
    systemd: 'Linux with systemd: save these two files, then run the command under them.',
    file: '# {path}',
    enable: 'Then:',
    cron: 'Or with cron: add this line through `crontab -e`.',
    cronNote: 'cron starts programs outside your desktop session; the variable at the start lets notify-send reach it.',
    mac: 'macOS: cron works too (`crontab -e`), without the variable; the notification comes from osascript.',
    serviceDescription: 'trust: reminders of promises due soon',
    timerDescription: 'Run trust remind every 15 minutes',
  },
} as const;
