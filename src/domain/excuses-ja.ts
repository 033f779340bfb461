/**
 * Japanese excuse, blame and conditional-apology phrasing, in the pattern syntax excuses.ts
 * documents (〜 a word or a short run, ^ the start of a clause, 、 any comma).
 *
 * Choices that keep it quiet on ordinary writing:
 * - でも, だって, だけど, ですが count only where a clause starts: the particle でも of 誰でも,
 *   いつでも, 仕事でも and 少しでも is not a "but". でもって ("and so") is not either.
 * - ただ counts only as ただ、 opening a clause (the "but" of speech); ただし、 too, as it brings a
 *   reservation in the same way. ただいま, ただちに, ただの, ただ単に are left alone.
 * - しかし and とはいえ are "but" wherever they stand.
 * - Blame needs someone else as the subject: あなたが確認すべきだった is flagged, while
 *   私が確認すべきだった and 私のせいです own it.
 */
import type { Phrase, PhraseKind, PhraseList } from './excuses.js';

const p = (kind: PhraseKind, ...texts: string[]): Phrase[] => texts.map((text) => ({ text, kind }));
const each = (firsts: string[], lasts: string[]) => firsts.flatMap((a) => lasts.map((b) => `${a}${b}`));

/** Ways of saying "I", for the phrases that own it. */
const ME = ['私', 'わたし', 'あたし', '自分', '僕', 'ぼく', '俺', 'おれ', '私自身', '自分自身'];
/** Someone other than the writer, as the subject of a "should have". */
const OTHERS = ['あなた', 'あんた', '君', 'きみ', 'お前', 'おまえ', 'そちら', 'そっち', '彼', '彼女', '上司', '部下', '誰か', 'みんな', '皆', '〜さん', '〜くん', '〜ちゃん'];
const SHOULD_HAVE = ['べきだった', 'べきでした'];
/** "It couldn't be helped" and "I didn't mean to", which a few phrases say they will not use as a defence. */
const DEFENCES = ['仕方ない', '仕方なかった', '仕方がなかった', 'しょうがなかった', '〜つもりはなかった'];
const REFUSED = ['とは言いません', 'とは言えません', 'とは思いません', 'では済みません', 'では済まされません', 'では済まない', 'では済まされない'];

export const JAPANESE: PhraseList = {
  language: 'ja',
  wordBoundary: false,
  script: /[\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Han}]/u,
  owning: [
    'でもって',
    // 私のせいです and 私の不注意のせいで: the 〜 may be empty.
    ...each(ME.map((me) => `${me}の〜`), ['せいで', 'せいだ', 'せいです', 'せいでした', 'が悪い', 'が悪かった']),
    ...each(ME, ['が悪い', 'が悪かった']),
    ...each(DEFENCES, REFUSED),
  ],
  phrases: [
    ...p('excuse', '^でも', '^だって', '^だけど', '^だけれど', '^けれど', '^けど', '^ですが', '^ただ、', '^ただし、', 'しかし', 'とはいえ', 'とは言え', '言い訳になりますが', '言い訳ですが'),
    ...p('excuse', ...each(['〜つもり'], ['はなかった', 'はありませんでした', 'ではなかった', 'じゃなかった', 'ではありませんでした'])),
    ...p('excuse', '悪気はなかった', '悪気はありませんでした', 'わざとではない', 'わざとじゃない', 'わざとではありません'),
    ...p('excuse', '仕方ない', '仕方なかった', '仕方がなかった', '仕方ありませんでした', '仕方がありませんでした', 'しかたなかった', 'しかたがなかった', 'しょうがない', 'しょうがなかった', 'しょうがありませんでした'),
    ...p('excuse', 'やむを得なかった', 'やむを得ず', 'やむをえなかった', 'やむをえず', 'どうしようもなかった', 'せざるを得なかった', 'するしかなかった', '選択肢がなかった'),
    ...p('excuse', '忙しくて', '忙しかった', '時間がなくて', '時間がなかった', '余裕がなくて', '余裕がなかった', '手が回らなかった'),
    ...p('excuse', '〜わけではない', '〜わけじゃない', '〜わけではありません', '〜せいではない', '〜せいじゃない', '〜せいではありません'),
    ...p('blame', '〜せいで', '〜せいだ', '〜せいです', '〜せいでした', '〜が悪い', '〜が悪かった'),
    ...p('blame', '誰も教えてくれなかった', '誰も〜くれなかった', '誰も〜くれませんでした', '〜てくれなかった', '〜てくれれば', '〜てくれていれば', '〜でくれれば'),
    ...p('blame', ...each(each(OTHERS, ['が〜', 'は〜', 'も〜']), SHOULD_HAVE)),
    ...p(
      'conditional apology',
      ...each(['気分を害', '気分を悪く', '気に障', '誤解', '不快', '傷つ', '嫌な思い', '迷惑', '気を悪く'].map((t) => `${t}〜`), ['たなら', 'たのなら', 'たのであれば', 'たとしたら', 'たのでしたら', 'たようでしたら']),
    ),
  ],
};
