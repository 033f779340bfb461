/** The language trust speaks, chosen as a user chooses it: --lang, TRUST_LANG, the locale. */
import { describe, expect, it } from 'vitest';
import { tempDb, trust } from '../helpers/cli.js';

describe('choosing the language', () => {
  const db = tempDb();

  it('speaks English by default and Japanese with LANG=ja_JP.UTF-8', () => {
    expect(trust(['lgo'], { db }).stderr).toContain('"lgo" is not a trust command.');
    const ja = trust(['lgo'], { db, env: { LANG: 'ja_JP.UTF-8' } });
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('「lgo」という trust のコマンドはありません。');
  });

  it('takes --lang before or after the command, over TRUST_LANG and the locale', () => {
    expect(trust(['--lang', 'ja', 'list', '--bogus'], { db }).stderr).toContain('--bogus というオプションはありません');
    expect(trust(['list', '--lang=ja', '--bogus'], { db }).stderr).toContain('--bogus というオプションはありません');
    expect(trust(['--lang', 'en', 'list', '--bogus'], { db, env: { TRUST_LANG: 'ja' } }).stderr).toContain('has no option --bogus');
    expect(trust(['list', '--bogus'], { db, env: { TRUST_LANG: 'ja', LANG: 'en_US.UTF-8' } }).stderr).toContain('オプションはありません');
    expect(trust(['list', '--bogus'], { db, env: { TRUST_LANG: 'en', LANG: 'ja_JP.UTF-8' } }).stderr).toContain('has no option');
  });

  it('runs the command named after --lang ja, not "ja"', () => {
    const r = trust(['--lang', 'ja', 'log', 'Send the deck', '--to', 'Alice'], { db });
    expect(r.code).toBe(0);
    expect(trust(['--lang', 'ja', 'list'], { db }).stdout).toContain('Send the deck');
  });

  it('shows the help in the chosen language', () => {
    const r = trust(['--help'], { db, env: { TRUST_LANG: 'ja' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('記録帳');
    expect(r.stdout).toContain('--lang <language>');
  });

  it.each([['--help'], ['list', '--help'], ['people', '--help'], ['help', 'repair']])('leaves no English heading or default in Japanese help: trust %s', (...args) => {
    const r = trust(args, { db, env: { TRUST_LANG: 'ja', COLUMNS: '100' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^使い方：/);
    expect(r.stdout).not.toMatch(/Usage:|Options:|Commands:|Arguments:|\(default:/);
    if (args[0] === 'list') expect(r.stdout).toContain('表示する約束の最大件数（既定：20）');
    expect(trust(args, { db, env: { COLUMNS: '100' } }).stdout).toMatch(/^Usage: /);
  });

  it('points from a break to its repair in Japanese words on the dashboard', () => {
    const broken = tempDb();
    expect(trust(['log', '資料を送る', '--to', '田中さん'], { db: broken }).code).toBe(0);
    expect(trust(['broken', '1'], { db: broken }).code).toBe(0);
    const out = trust([], { db: broken, env: { TRUST_LANG: 'ja', COLUMNS: '100' } }).stdout;
    expect(out).toContain('破ったのは今日。お詫びの記録はまだありません：trust repair 1');
    expect(out).not.toContain(': trust repair');
  });

  it('writes the Markdown export in Japanese, what you wrote left as written', () => {
    const md = tempDb();
    expect(trust(['log', 'Send the deck', '--to', 'Alice', '--due', 'fri'], { db: md }).code).toBe(0);
    expect(trust(['log', '資料を送る', '--to', '田中さん', '--relation', 'work'], { db: md }).code).toBe(0);
    expect(trust(['kept', '2', '--note', '間に合った'], { db: md }).code).toBe(0);
    const ja = trust(['export', '--format', 'markdown'], { db: md, env: { TRUST_LANG: 'ja' } }).stdout;
    expect(ja).toMatch(/^# trust 記録帳\n\n.* に書き出しました。/);
    expect(ja).toContain('## 田中さん (仕事)');
    expect(ja).toContain('- **Send the deck**（2026-11-21 に約束、進行中、期限 2026-11-27）');
    expect(ja).toMatch(/- \*\*資料を送る\*\*（2026-11-21 に約束、2026-11-21 に守った）/);
    expect(ja).not.toMatch(/Exported|made |open, due| on 20/);
    const en = trust(['export', '--format', 'markdown'], { db: md }).stdout;
    expect(en).toContain('- **Send the deck** (made 2026-11-21; open, due 2026-11-27)');
  });

  it('refuses a language it does not speak, in the language the locale gives, exit 2', () => {
    const flag = trust(['--lang', 'fr', 'list'], { db });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe('trust: --lang fr is not a language trust speaks.\nUse en (English) or ja (Japanese), for example: --lang ja.\n');
    const env = trust(['list'], { db, env: { TRUST_LANG: 'klingon', LANG: 'ja_JP.UTF-8' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('TRUST_LANG の klingon は');
  });

  it('ignores a locale it does not speak, and LANGUAGE under LANG=C', () => {
    expect(trust(['lgo'], { db, env: { LANG: 'fr_FR.UTF-8' } }).stderr).toContain('is not a trust command');
    expect(trust(['lgo'], { db, env: { LANG: 'C', LANGUAGE: 'ja' } }).stderr).toContain('is not a trust command');
  });
});

describe('dates in Japanese', () => {
  it('reads 11月27日(金) with its distance, and English stays as it was', () => {
    const db = tempDb();
    const now = '2026-11-22T10:00:00';
    trust(['log', '資料を送る', '--to', '田中さん', '--due', '2026-11-27'], { db, now });
    trust(['log', '電話する', '--to', '母', '--due', '2027-01-20 17:00'], { db, now });
    const ja = trust(['list'], { db, now, env: { TRUST_LANG: 'ja' } }).stdout;
    expect(ja).toContain('11月27日(金) 5日後');
    expect(ja).toContain('2027年1月20日(水) 17:00 8週間後');
    const overdue = trust(['list'], { db, now: '2026-11-29T10:00:00', env: { TRUST_LANG: 'ja' } }).stdout;
    expect(overdue).toContain('11月27日(金) 2日超過');
    const en = trust(['list'], { db, now }).stdout;
    expect(en).toContain('Fri 27 Nov (in 5 days)');
    expect(en).toContain('Wed 20 Jan 2027 17:00 (in 8 weeks)');
  });
});

describe('promises in Japanese', () => {
  it('says what kept, reopen and a refusal say in Japanese, and reads Japanese statuses', () => {
    const db = tempDb();
    const env = { TRUST_LANG: 'ja' };
    trust(['log', '資料を送る', '--to', '田中さん', '--due', '2026-11-27'], { db });
    expect(trust(['kept', '1'], { db, env }).stdout).toContain('守った');
    const again = trust(['kept', '1'], { db, env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('約束 #1 はすでに「守った」なので、守ったと記録することはできません。');
    expect(trust(['list', '--status', '守った'], { db, env }).stdout).toContain('資料を送る');
    expect(trust(['reopen', '1'], { db, env }).stdout).toContain('進行中に戻しました');
    const empty = trust(['log', ' ', '--to', '田中さん'], { db, env });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('約束の内容が空です。');
  });
});

describe('CSV for Japanese tools', () => {
  it('begins with a byte order mark when trust speaks Japanese or --bom is given, never otherwise', () => {
    const db = tempDb();
    trust(['log', '資料を送る', '--to', '田中さん'], { db });
    const starts = (args: string[], env: Record<string, string> = {}) => trust(['export', '--format', 'csv', ...args], { db, env }).stdout.startsWith('\uFEFF');
    expect(starts([])).toBe(false);
    expect(starts([], { TRUST_LANG: 'ja' })).toBe(true);
    expect(starts(['--no-bom'], { TRUST_LANG: 'ja' })).toBe(false);
    expect(starts(['--bom'])).toBe(true);
    expect(trust(['export', '--format', 'json'], { db, env: { TRUST_LANG: 'ja' } }).stdout.startsWith('{')).toBe(true);
    const wrong = trust(['export', '--bom'], { db });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--bom and --no-bom only go with --format csv.');
  });
});
