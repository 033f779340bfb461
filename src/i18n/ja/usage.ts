import type { Translation } from '../translation.js';
import type english from '../en/usage.js';

export default {
  notACommand: '「{word}」という trust のコマンドはありません。',
  didYouMeanCommand: '`trust {guess}` のことでしょうか。コマンドの一覧は `trust --help` で見られます。',
  seeCommands: 'コマンドの一覧は `trust --help` で見られます。',
  seeHelp: '使い方は `{path} --help` で見られます。',
  noSuchOptionOf: '`{path}` に {option} というオプションはありません。',
  noSuchOption: '{option} というオプションはありません。',
  didYouMeanOption: '{guess} のことでしょうか。{help}',
  needsArgument: '`{path}` には <{argument}> が必要です。',
  needsArgumentAbout: '`{path}` には <{argument}> が必要です：{about}。',
  needsValue: '{flag} には値が必要です。',
  needsValueLike: '{flag} には値が必要です：{value}',
  notASubcommand: '「{word}」という `{path}` のコマンドはありません。',
  seeSubcommands: '一覧は `{path} --help` で見られます。',
  didYouMeanSubcommand: '`{path} {guess}` のことでしょうか。一覧は `{path} --help` で見られます。',
  tooManyArguments: '`{path}` が受け取る引数は{expected}個ですが、{given}個指定されています。',
  quoteSpaces: '空白を含む文字列は引用符で囲んでください。{help}',
  together: '{a} と {b} は同時に使えません。どちらか一方にしてください。',
  onlyWith: '{flag} は {partner} と一緒にしか使えません。',
} satisfies Translation<typeof english>;
