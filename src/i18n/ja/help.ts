import type { Translation } from '../translation.js';
import type english from '../en/help.js';

export default {
  common: {
    json: '結果を JSON で出力する',
    promiseId: '約束の番号',
    promiseIds: '約束の番号（trust list に表示される番号）',
    yes: '確認しない（端末以外から実行するときは必須）',
    anyCase: '相手の名前（大文字・小文字は区別しません）',
  },
  outcome: {
    note: '何があったかのメモ',
    at: 'いつのことか（今でなければ）。日付だけならその日のどこか：{forms}',
  },
  kept: {
    summary: '約束を守ったと記録する（期限を過ぎていれば「遅れて守った」）',
    description: '約束を守ったと記録します。期限を過ぎてからの場合は「遅れて守った」として数えます。',
    examples: 'trust kept 12\ntrust kept 12 14 --note "送付済み"\ntrust kept 12 --at 昨日',
  },
  broken: {
    summary: '約束を破ったと記録する（trust repair で関係の修復を手伝います）',
    description: '約束を破ったと記録します。そのあとの修復は trust repair が一歩ずつ手伝います。',
    examples: 'trust broken 12\ntrust broken 12 14 --note "忘れていた。当日中に謝った"\ntrust broken 12 --at 昨日',
  },
  release: {
    summary: '約束を取り下げたと記録する（相手の了承を得て、なしにしたとき）',
    description: '約束を取り下げたと記録します。相手と話し合い、了承を得てなしにした約束に使います。',
    examples: 'trust release 12\ntrust release 12 14 --note "先方の都合で不要に"\ntrust release 12 --at 昨日',
  },
  log: {
    summary: '会話を記録する：守った約束、破った約束、新しい約束',
    description:
      '誰と話したか、その人との約束がどうなったか、今回何を約束したかを、会話ごとに記録します。端末では、オプションで指定しなかったことだけを尋ねます。約束の内容と --to を指定すれば、何も尋ねずに記録します。',
    promise: '約束した内容（短く）',
    to: '約束した相手（初めての相手なら追加します）',
    due: '期限',
    relation: '初めての相手との関係：{relations}（既定：other）',
    note: '約束に添えるメモ',
    when: 'いつ実行するか（「もし〜したら」の計画）：「月曜の朝会のあと」',
    examples:
      'trust log\ntrust log "資料を送る" --to 田中さん --due 金曜\ntrust log "水道屋さんに電話する" --to 母 --due "明日 17時" --relation family\ntrust log "走りに行く" --to 自分 --relation self --due 2日後',
  },
  reopen: {
    summary: '間違えて記録した「守った・破った・取り下げた」を取り消す',
    description:
      '決着のついた約束を、進行中に戻します。守った・破った・取り下げたを間違えて記録したときに使います。記録した結果も取り消したことも履歴に残り、連続記録や集計は、その結果が記録されなかったものとして計算し直します。期限が過ぎていれば、ふたたび期限切れになります。',
    note: '取り消す理由',
    examples: 'trust reopen 12\ntrust reopen 12 --note "別の約束と取り違えた"',
  },
  renegotiate: {
    summary: '期限が来る前に、相手と合意して期限を変える',
    description:
      '進行中の約束の期限を、期限が来る前に相手と合意して変えます。見通しを正直に伝え直すことは約束を破ることではありません。変更は約束の履歴に残ります。',
    due: '新しい期限',
    note: '合意した内容',
    examples: 'trust renegotiate 12 --due 来週\ntrust renegotiate 12 --due 2026-12-04 --note "金曜で大丈夫と田中さんから了承"',
  },
  repair: {
    summary: '約束を破ったあと、信頼を取り戻す手順を一歩ずつ進める',
    description:
      'お詫びと関係の修復を、一歩ずつ案内します。答えはその都度保存されるので、いつ中断しても続きから再開できます。開始と再開には端末が必要です。--list、--show、--close、--abandon は端末がなくても使えます。',
    promiseId: '修復したい、破ってしまった約束',
    person: 'この相手との、記録した約束とは別の形で損なった信頼を修復する',
    cause: 'mistake（ミス）、breach（背信）、miscommunication（誤解）、other（その他）。指定しなければ尋ねます',
    resume: '中断した修復、または保留にした修復を再開する',
    list: '進行中と最近の修復を、進み具合とともに表示する',
    show: '修復の全体を表示する：答え、お詫び、計画、約束、その後の確認',
    markdown: '--show と一緒に：保存や共有に使える Markdown で出力する',
    close: '手順に答え終え、修復のための約束にも決着がついたら、修復を締めくくる',
    learned: '--close と一緒に：学んだこと',
    force: '--close と一緒に：答えていない手順や、決着していない約束、まだ立てていない約束があっても、そのまま締めくくる',
    abandon: '修復を終えずに保留にする',
    limit: '--list と一緒に：表示する修復の最大件数（進行中のものから）',
    apologised: '破った約束について：すでにしたお詫びを、修復なしで記録する（いつ：指定がなければ今日）',
    note: '--apologised と一緒に：どのように伝えたか、ひとことで',
    examples:
      'trust repair\ntrust repair 12\ntrust repair 12 --apologised 昨日 --note "電話で謝った"\ntrust repair --person 田中さん --cause miscommunication\ntrust repair --resume 3\ntrust repair --list\ntrust repair --show 3 --markdown > repair.md\ntrust repair --close 3 --learned "遅れそうなときは早めに伝える"\ntrust repair --close 4 --learned "必要だったのは計画ではなく、時間だった" --force',
  },
  review: {
    summary: '週に一度の振り返り：数字、連続記録、いくつかの質問',
    description:
      'ISO 週（月曜から日曜）を振り返ります。その週の数字と連続記録を見たあと、その週の出来事から選んだ3〜5個の質問に答え、先週決めたことを確かめます。答えとともに、その時点の数字のまま保存します。',
    week: 'this（今週、既定）、last（先週）、2026-W46 のような ISO 週、またはその週に含まれる日付',
    noPrompts: '質問をせず、レポートだけを表示する',
    history: '過去の振り返りを一覧にする',
    show: '保存した振り返りを表示する',
    examples: 'trust review\ntrust review --week last\ntrust review --week 2026-W46 --no-prompts\ntrust review --json\ntrust review --history\ntrust review --show last',
  },
  remind: {
    summary: '期限が近いもの・過ぎたもの・待っているものを1度だけ知らせる（タイマー向け）',
    description:
      '今、気にかけたいことを知らせます：期限切れの約束と、指定した時間内に期限が来る約束（48時間以内のものは「間に合わないかも」として、期限を結び直すコマンドを添えます）、期限の来た修復の進み具合の報告、この2週間に破ってまだお詫びの記録がない約束、連絡が途絶えている相手。どれも1度だけ知らせます：trust は知らせた内容を覚えているので、15分ごとにタイマーで実行しても同じことを繰り返しません。新しく知らせることがなければ何も表示せずに終了コード0で終わり、何かを尋ねることもありません。\n\n--notify を付けると、端末に表示する代わりにデスクトップ通知を送ります（Linux は notify-send、macOS は osascript）。--install は、これを実行する systemd のタイマーと crontab の1行を表示するだけで、自分では何も設定しません。',
    within: '期限の近い約束をどこまで先まで見るか：30m、24h、2d、1w',
    notify: '表示する代わりにデスクトップ通知を送る',
    again: '知らせ済みのものも含めて、すべて知らせる',
    install: 'trust remind を実行する systemd のユーザータイマーと crontab の1行を表示する',
    examples: 'trust remind\ntrust remind --within 2d --again\ntrust remind --notify\ntrust remind --install',
  },
  stats: {
    summary: '連続記録と信頼度：全体と相手ごと',
    description: '連続記録と、約束をどれだけ守れているかを、全体と相手ごとに表示します。',
    limit: '表示する相手の最大人数',
    examples: 'trust stats\ntrust streak --json',
  },
  doctor: {
    summary: '記録帳を点検する：権限、バージョン、整合性',
    description:
      '記録帳を変更せずに点検します。場所、サイズ、権限、スキーマのバージョン、SQLite の整合性と外部キー、記録の件数、途中で止まった更新や復元が残した写しを確かめます。問題があれば対処法を示し、終了コード 1 で終わります。\n\n--repair を付けると、まず記録帳の横にバックアップを取り、索引をすべて作り直し（REINDEX）、もう一度点検します。',
    repair: '記録帳をバックアップしてから、索引を作り直す（整合性の検査で破損が見つかったときに）',
    examples: 'trust doctor\ntrust doctor --repair\ntrust doctor --db ~/backup/trust.db --json',
  },
  export: {
    summary: '記録帳の全体を JSON、CSV、Markdown で、進行中の約束をカレンダーとして書き出す',
    description:
      '記録帳を書き出します。json はすべて（相手、履歴つきの約束、修復、振り返り）を含み、もう一度取り込めます。csv は約束の一覧で、表計算ソフト向けです。markdown は読むための記録帳です。ics は、期限のある進行中の約束と、進行中の修復の報告日をアラームつきで並べたカレンダー（iCalendar）で、カレンダーアプリに取り込み直しても予定が重複しません。\n\n標準出力に、または --out で指定した新しい非公開（0600）のファイルに書き出します。既存のファイルは --force を付けたときだけ置き換え、記録帳そのもの、その -wal や -shm、SQLite のデータベースは決して置き換えません。デバイスや FIFO（/dev/stdout、名前付きパイプ）にはそのまま書き込みます。',
    format: 'json、csv、markdown、ics のいずれか',
    out: '標準出力の代わりにこのファイルに書き出す（- は標準出力）',
    force: '--out のファイルがすでにあれば置き換える（データベースは置き換えません）',
    anonymize: '相手の名前を、一貫した仮名に置き換える',
    bom: 'csv のとき：先頭に BOM を付け、Excel が UTF-8 として開けるようにする（日本語表示のときは既定）',
    noBom: 'csv のとき：BOM を付けない',
    bomOnlyCsv: '--bom と --no-bom は --format csv と一緒にしか使えません。',
    alarm: 'ics のとき：予定のどれだけ前にアラームを鳴らすか（30m、2h、1d。既定は1時間前、終日の予定は1日前）',
    notes: 'ics のとき：約束のメモも予定に入れる（既定では入れません。カレンダーは人と共有することが多いため）',
    icsOnly: '{flag} は --format ics と一緒にしか使えません。',
    examples:
      'trust export > journal.json\ntrust export --format csv --out promises.csv\ntrust export --format csv --out promises.csv --force\ntrust export --format csv --no-bom --out promises.csv\ntrust export --format markdown --anonymize\ntrust export --format ics --out trust.ics --alarm 2h',
  },
  import: {
    summary: 'trust の JSON を記録帳に取り込む',
    description:
      '`trust export` で書き出したファイルを取り込みます。まずファイル全体を確かめてから、ひとつのトランザクションでまとめて取り込みます。新しい項目は追加し、すでにある項目（UUID で照合）はファイルのほうが新しければ更新します。重複はしません。',
    file: 'JSON で書き出したファイル',
    examples: 'trust import journal.json\ntrust --db new.db import journal.json',
  },
  backup: {
    summary: '記録帳の一貫した写しを取る',
    description:
      'SQLite のバックアップ機能で記録帳を写し（trust が書き込み中でも一貫した状態で）、写しを確かめます（記録帳が壊れていれば終了コード 1）。FILE を省くと、記録帳の横に日時入りの名前で作ります。読み取りしかできない記録帳でも使えます。',
    file: '写しの書き出し先',
    examples: 'trust backup\ntrust backup ~/Dropbox/trust-backup.db',
  },
  restore: {
    summary: '記録帳をバックアップで置き換える（今の記録帳は残します）',
    description:
      '記録帳をバックアップで置き換えます。まずファイルを確かめ（trust の記録帳であること、欠けがないこと、つながりが保たれていること）、問題がなければ置き換えます。今の記録帳はその横に残します。古い trust のバックアップは、次に実行したときに更新します。',
    file: 'trust backup で作ったバックアップ',
    examples: 'trust restore ~/.local/share/trust/trust-backup-20261121-093000.db',
  },
  list: {
    summary: '約束の一覧（既定は進行中のもの）',
    description: '約束を一覧にします（既定は進行中のもの）。',
    person: 'この相手との約束だけ',
    status: 'open、kept、broken、released、all のいずれか',
    overdue: '期限を過ぎた進行中の約束だけ',
    dueBefore: 'この日付までに期限が来る約束だけ',
    limit: '表示する約束の最大件数',
    examples: 'trust list\ntrust list --overdue\ntrust list --person 田中さん --status all\ntrust list --due-before 週末 --limit 50',
  },
  people: {
    summary: '記録帳にいる相手と、それぞれとの関係の様子',
    description: '記録帳にいる相手と、それぞれとの関係の様子です。サブコマンドなしなら一覧を表示します。rename と set で名前や関係を直せます。',
    examples: 'trust people\ntrust people --json\ntrust people rename Tanaka "田中さん"\ntrust people set 田中さん --relation work',
  },
  peopleList: {
    summary: '相手ごとの、交わした・守った・破った約束の数（既定）',
    description: '記録帳にいる相手ごとに、関係、交わした約束、守った数、破った数、守れた割合、最後に会話を記録した日を表示します。',
    limit: '表示する最大人数（最近記録した相手から）',
    byName: '名前順に並べる（日本語では五十音順）',
    examples: 'trust people\ntrust people --by-name\ntrust people --json',
  },
  peopleRename: {
    summary: '相手の名前を変える（約束もそのまま引き継ぎます）',
    description: '相手の名前を変えます。その相手との約束もそのまま引き継ぎます。',
    old: '今の名前',
    new: '新しい名前',
    examples: 'trust people rename "Tanaka" "田中さん"',
  },
  peopleSet: {
    summary: '相手との関係や、連絡を取る間隔を変える',
    description:
      'その相手とどういう関係か、どのくらいの間隔で連絡を取りたいかを変えます。その間隔のあいだ連絡がない（会話の記録も、その相手との約束の結果の記録もない）相手は「連絡が途絶えている相手」として振り返りに出ます。間隔を決めていなければ4週間です。',
    every: '連絡を取る間隔：3d、2w、1m（日・週・月）。none で既定の4週間に戻します',
    examples: 'trust people set 田中さん --relation work\ntrust people set 田中さん --every 2w\ntrust people set "田中さん" --relation customer --json',
  },
  show: {
    summary: 'ひとつの約束とその履歴',
    description: 'ひとつの約束を、その履歴とともに表示します。',
    examples: 'trust show 12\ntrust show 12 --json',
  },
  person: {
    summary: 'ひとりの相手とのこれまで',
    description: 'ひとりの相手とのこれまでを表示します。',
    limit: '表示する最新の約束とメモの件数',
    examples: 'trust person 田中さん\ntrust person 田中さん --json',
  },
  edit: {
    summary: '約束の書き間違いを直す（元の内容は履歴に残ります）',
    description: '約束の書き間違いを直します。元の内容は履歴に残ります。',
    text: '直した約束の内容',
    due: '直した期限、または "none"（期限なし）',
    person: '本当に約束した相手',
    note: '直したメモ（"" か - で削除）',
    when: '直したきっかけ（"" か - で削除）',
    examples: 'trust edit 12\ntrust edit 12 --text "最終版の資料を送る"\ntrust edit 12 --due none',
  },
  delete: {
    summary: '間違えて記録した約束を削除する（先に確認します）',
    description: '間違えて記録した約束を削除します（先に確認します）。',
    examples: 'trust delete 12\ntrust delete 12 --yes',
  },
  completion: {
    summary: 'コマンド、オプション、名前、約束の番号を補完するシェル用スクリプト',
    description:
      'bash、zsh、fish 用の補完スクリプトを出力します。シェルに読み込むと、コマンド、オプション、相手の名前（--to、--person、person、people rename、people set のあと）、約束の番号を補完します。zsh と fish では約束の内容も表示します。Tab を押すたびに trust に問い合わせますが、記録帳は読むだけで変更しません。\n\n新しいシェルで毎回読み込むには、次を一度実行してください。bash：echo \'source <(trust completion bash)\' >> ~/.bashrc、zsh：echo \'source <(trust completion zsh)\' >> ~/.zshrc（compinit のあと）、fish：trust completion fish > ~/.config/fish/completions/trust.fish',
    shell: 'bash、zsh、fish のいずれか',
    examples: 'trust completion bash\nsource <(trust completion zsh)',
  },
} satisfies Translation<typeof english>;
