/** Usage mistakes: a typo in a command, commander's checks, flags that contradict each other. */
export default {
  notACommand: '"{word}" is not a trust command.',
  didYouMeanCommand: 'Did you mean `trust {guess}`? Run `trust --help` to see every command.',
  seeCommands: 'Run `trust --help` to see the commands.',
  seeHelp: 'Run `{path} --help` to see how to use it.',
  noSuchOptionOf: '`{path}` has no option {option}.',
  noSuchOption: 'There is no option {option}.',
  didYouMeanOption: 'Did you mean {guess}? {help}',
  needsArgument: '`{path}` needs <{argument}>.',
  needsArgumentAbout: '`{path}` needs <{argument}> ({about}).',
  needsValue: '{flag} needs a value.',
  needsValueLike: '{flag} needs a value: {value}.',
  notASubcommand: '"{word}" is not a `{path}` command.',
  seeSubcommands: 'Run `{path} --help` to see them.',
  didYouMeanSubcommand: 'Did you mean `{path} {guess}`? Run `{path} --help` to see them.',
  tooManyArguments:
    '{expected, plural, =0 {`{path}` takes no arguments, but was given {given}.} one {`{path}` takes # argument, but was given {given}.} other {`{path}` takes # arguments, but was given {given}.}}',
  quoteSpaces: 'Put text with spaces in quotes. {help}',
  together: '{a} and {b} cannot be used together: choose one.',
  onlyWith: '{flag} only goes with {partner}.',
} as const;
