import { describe, expect, it } from 'vitest';
import { findExcuses } from '../../src/domain/excuses.js';
import { assembleApology } from '../../src/domain/apology.js';

const quotes = (answer: string) => findExcuses(answer).map((f) => f.quote);

describe('the excuse check in Japanese', () => {
  it.each([
    ['でも、仕方なかったと思います。傷つけるつもりはなかった。', ['でも', '仕方なかった', '傷つけるつもりはなかった']],
    ['あなたを傷つけるつもりはなかった', ['傷つけるつもりはなかった']],
    ['遅れるつもりはありませんでした', ['遅れるつもりはありませんでした']],
    ['遅れました。でも電車のせいで', ['でも', '電車のせいで']],
    ['会議が長引いたせいで遅れた', ['長引いたせいで']],
    ['しかし、資料が届いていませんでした', ['しかし']],
    ['とはいえ、私にも事情がありました', ['とはいえ']],
    ['ただ、忙しくて手が回らなかった', ['ただ、', '忙しくて', '手が回らなかった']],
    ['ただし、説明は受けていません', ['ただし、']],
    ['誰も教えてくれなかったので', ['誰も教えてくれなかった']],
    ['あなたが確認すべきだった', ['あなたが確認すべきだった']],
    ['本来はあなたがもっと早く言うべきだった', ['あなたがもっと早く言うべきだった']],
    ['田中さんが確認すべきでした', ['田中さんが確認すべきでした']],
    ['ご気分を害したなら謝ります', ['気分を害したなら']],
    ['誤解を招いたのであれば申し訳ありません', ['誤解を招いたのであれば']],
    ['私のせいではない', ['私のせいではない']],
    ['しょうがなかったんです', ['しょうがなかった']],
    ['言ってくれれば間に合った', ['言ってくれれば']],
    ['はい、でも', ['でも']],
    ['I was late. でも電車が…', ['でも']],
    ['I had no choice. 仕方なかった', ['I had no choice', '仕方なかった']],
  ])('%j flags %j', (answer, expected) => {
    expect(quotes(answer)).toEqual(expected);
  });

  it.each([
    '誰でも間違えることはあります。私が確認を怠りました。',
    'いつでも連絡してください。どこでも行きます。何でもします。',
    '仕事でも家庭でも、少しでも早く直します。',
    'でもって、資料は今夜送ります。',
    'ただいま戻りました。ただちに対応します。',
    'ただの確認漏れです。ただ単に私が忘れていました。',
    'これは私のせいです。',
    '私の不注意のせいで迷惑をかけました。',
    '私が確認すべきだった。',
    '私が悪かったです。',
    '仕方なかったとは言いません。',
    '傷つけるつもりはなかったでは済まされません。',
    '今後は誤解を招かないようにしなければならない。',
    '約束の時間に遅れ、ご迷惑をおかけしました。',
    '本当は私がもっと早く伝えるべきでした。',
    'Nobody but me is to blame.',
    'Nobody but me is to blame. 私の責任です。',
  ])('%j is not flagged', (answer) => {
    expect(quotes(answer)).toEqual([]);
  });

  it('says what kind each phrase is', () => {
    expect(findExcuses('でも、電車のせいで。気分を害したなら').map((f) => f.kind)).toEqual(['excuse', 'blame', 'conditional apology']);
  });

  it('picks the list by the script of the answer, whatever was asked', () => {
    expect(findExcuses('but 誰でも').map((f) => f.quote)).toEqual(['but']);
    expect(findExcuses('でも but', 'en').map((f) => f.quote)).toEqual(['but']);
    expect(findExcuses('1234')).toEqual([]);
  });

  it('finds nothing in the words the apology draft adds around neutral parts', () => {
    const draft = assembleApology({ regret: 'x', explanation: 'x', responsibility: 'x', change: 'x', amends: 'x', forgiveness: '' });
    expect(findExcuses(draft)).toEqual([]);
  });
});
