/**
 * The apology draft in each language: composed with the interface's conventions, and never
 * altering the user's own sentences when they are written in another language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { assembleApology, sentence, writtenIn } from '../../src/domain/apology.js';
import { useLanguage } from '../../src/i18n/messages.js';

afterEach(async () => {
  await useLanguage('en');
});

const JAPANESE_ANSWERS = {
  regret: '約束した期日までに資料をお送りできず、申し訳ありません。',
  explanation: '仕事を引き受けすぎて、期日を見落としていました',
  responsibility: '遅れると分かった時点で、すぐにお知らせすべきでした。',
  change: '期日はすべてカレンダーに入れ、前日に確認します',
  amends: '明日、資料の内容を直接ご説明させてください',
  forgiveness: '',
};

describe('the apology in Japanese', () => {
  it('follows a Japanese apology： the apology, the cause, responsibility, 今後は, つきましては, and a closing apology', async () => {
    await useLanguage('ja');
    expect(
      assembleApology({
        regret: '約束した期日までに資料をお送りできませんでした',
        explanation: '仕事を引き受けすぎて、期日を見落としていました',
        responsibility: '遅れると分かった時点で、すぐにお知らせすべきでした',
        change: '期日はすべてカレンダーに入れ、前日に確認します',
        amends: '明日、資料の内容を直接ご説明させてください',
        forgiveness: '',
      }),
    ).toBe(
      '約束した期日までに資料をお送りできませんでした。本当に申し訳ありませんでした。' +
        '仕事を引き受けすぎて、期日を見落としていました。遅れると分かった時点で、すぐにお知らせすべきでした。' +
        '今後は、期日はすべてカレンダーに入れ、前日に確認します。つきましては、明日、資料の内容を直接ご説明させてください。' +
        '改めて、心からお詫びいたします。どうかお許しください。',
    );
  });

  it('does not apologise twice, nor repeat 今後は or つきましては the user wrote', async () => {
    await useLanguage('ja');
    expect(
      assembleApology({
        regret: '約束した期日を守れず、申し訳ありません。',
        change: '今後は毎朝予定を確認します。',
        amends: 'つきましては、明日ご説明に伺います',
        forgiveness: 'どうか許してください!',
      }),
    ).toBe('約束した期日を守れず、申し訳ありません。今後は毎朝予定を確認します。つきましては、明日ご説明に伺います。どうか許してください!');
  });

  it('with nothing answered, says the closing alone, in Japanese', async () => {
    await useLanguage('ja');
    expect(assembleApology({})).toBe('改めて、心からお詫びいたします。どうかお許しください。');
  });
});

describe('answers in another language than the interface', () => {
  it('Japanese answers in an English interface stand as written： no English openers, no "." for 。, no English closing', () => {
    const draft = assembleApology(JAPANESE_ANSWERS, 'en');
    expect(draft).not.toContain('I am sorry that');
    expect(draft).not.toMatch(/[A-Za-z]/);
    expect(draft).not.toContain('.');
    expect(draft).toBe(
      '約束した期日までに資料をお送りできず、申し訳ありません。仕事を引き受けすぎて、期日を見落としていました。' +
        '遅れると分かった時点で、すぐにお知らせすべきでした。期日はすべてカレンダーに入れ、前日に確認します。明日、資料の内容を直接ご説明させてください。',
    );
  });

  it('English answers in a Japanese interface stand as written, with their own full stops and spaces', async () => {
    await useLanguage('ja');
    expect(assembleApology({ regret: 'I missed the deadline we agreed', change: 'I will check my calendar daily.', forgiveness: '' })).toBe(
      'I missed the deadline we agreed. I will check my calendar daily.',
    );
  });

  it('Prevention\'s change reads as a whole sentence in the language it was written in', async () => {
    expect(sentence('change', 'check my calendar daily', 'en')).toBe('From now on, I will check my calendar daily.');
    expect(sentence('change', '毎日カレンダーを確認します', 'en')).toBe('毎日カレンダーを確認します。');
    await useLanguage('ja');
    expect(sentence('change', '毎日カレンダーを確認します', 'ja')).toBe('今後は、毎日カレンダーを確認します。');
  });

  it('tells Japanese from other text by its kana and punctuation, not by a name in kanji', () => {
    expect(writtenIn('約束を守れませんでした')).toBe('ja');
    expect(writtenIn('I missed 田中\'s deadline')).toBe('en');
    expect(writtenIn('')).toBe('en');
  });
});
