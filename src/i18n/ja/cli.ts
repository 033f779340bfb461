import type { Translation } from '../translation.js';
import type english from '../en/cli.js';

export default {
  description: '交わした小さな約束の記録帳。記録して、守って、破ったときは信頼を取り戻す。',
  versionFlag: 'バージョンを表示する',
  dbFlag: '記録帳のファイル（既定：$TRUST_DB、なければ ~/.local/share/trust/trust.db）',
  jsonFlag: '結果を JSON で出力する',
  colorFlag: '端末以外への出力でも色を付ける',
  noColorFlag: '端末でも色を付けない（NO_COLOR=1 と同じ）',
  langFlag: '表示言語：ja（日本語）または en（英語）。既定は $TRUST_LANG、なければロケール',
  helpCommand: 'コマンドのヘルプを表示する',
  helpFlag: 'ヘルプを表示する',
  helpTitles: { usage: '使い方：', arguments: '引数：', options: 'オプション：', globalOptions: '全体のオプション：', commands: 'コマンド：' },
  helpDefault: '{description}（既定：{value}）',
  datesNote:
    '日付の書き方：{forms}。時刻のない日付はその日の終わりを指します。年のない日付（11月27日）は次に来るその日、--at では直前のその日です。',
  examples: '例：',
  programExamples: 'trust\ntrust log\ntrust log "資料を送る" --to 田中さん --due 金曜\ntrust kept 12\ntrust list --overdue',
  unknownLanguage: '{from} の {value} は、trust が扱える言語ではありません。',
  unknownLanguageHint: 'ja（日本語）か en（英語）を指定してください。例：--lang ja',
  internal: 'trust の内部で問題が起きました：{detail}',
  internalHint: '何も保存されていません。詳しくは TRUST_DEBUG=1 を付けて再実行し、よろしければ報告してください。',
  outputFailedNoSpace: '出力を書き込めませんでした。デバイスの空き容量がありません。',
  outputFailed: '出力を書き込めませんでした（{code}）。',
  outputFailedHint: '出力先を確認するか、--out で別の場所のファイルに書き出してください。',
  cancelled: '中止しました。何も保存されていません。',
  ownFile: '（trust 自身のファイル）',
} satisfies Translation<typeof english>;
