/** The program itself: its help, its global options, and what it says when something goes wrong. */
export default {
  description: 'A journal of the small promises you make: log them, keep them, repair trust when you break one.',
  versionFlag: 'print the version',
  dbFlag: 'journal file (default: $TRUST_DB, else ~/.local/share/trust/trust.db)',
  jsonFlag: 'print the result as JSON',
  colorFlag: 'colour even when the output is not a terminal',
  noColorFlag: 'no colour, even at a terminal (as NO_COLOR=1 does)',
  langFlag: 'language: en (English) or ja (Japanese); default: $TRUST_LANG, else your locale',
  helpCommand: 'show help for a command',
  helpFlag: 'show help',
  /** The headings of help, and the default a flag takes there. */
  helpTitles: { usage: 'Usage:', arguments: 'Arguments:', options: 'Options:', globalOptions: 'Global Options:', commands: 'Commands:' },
  helpDefault: '{description} (default: {value})',
  datesNote:
    'Dates: {forms}. A date without a time means the end of that day. A day written without a year (27 Nov) is the next such day; for --at, the last one.',
  examples: 'Examples:',
  programExamples: 'trust\ntrust log\ntrust log "Send the deck" --to Alice --due fri\ntrust kept 12\ntrust list --overdue',
  unknownLanguage: '{from} {value} is not a language trust speaks.',
  unknownLanguageHint: 'Use en (English) or ja (Japanese), for example: --lang ja.',
  internal: 'Something went wrong inside trust: {detail}',
  internalHint: 'Nothing was saved. Run again with TRUST_DEBUG=1 to see the details, and please report it.',
  outputFailedNoSpace: 'Could not write the output: there is no space left on the device.',
  outputFailed: 'Could not write the output ({code}).',
  outputFailedHint: 'Check where the output goes, or write it with --out to a file elsewhere.',
  cancelled: 'Cancelled. Nothing was saved.',
  ownFile: "(a file of trust's own)",
} as const;
