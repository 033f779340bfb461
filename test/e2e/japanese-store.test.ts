/**
 * The journal file, backups, imports, exports and typed dates in Japanese (TRUST_LANG=ja):
 * someone reading Japanese meets no English sentence there.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir, trust } from '../helpers/cli.js';

const ja = { TRUST_LANG: 'ja' };
const NOW = '2026-11-21T10:00:00';

function journalWithAPromise(): string {
  const db = tempDb();
  expect(trust(['log', '資料を送る', '--to', '田中さん', '--due', '明日'], { db, now: NOW }).code).toBe(0);
  return db;
}

describe('in Japanese', () => {
  it('refuses another program’s database', () => {
    const db = tempDb();
    const other = new Database(db);
    other.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY)');
    other.pragma('user_version = 3');
    other.close();
    const r = trust(['list'], { db, env: ja });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${db} は trust の記録帳ではありません（ほかのプログラムの SQLite データベースです）。手を付けずにそのままにしました。`);
    expect(r.stderr).toContain('--db と TRUST_DB を確認するか');
  });

  it('trust doctor', () => {
    const db = journalWithAPromise();
    const r = trust(['doctor'], { db, env: ja });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`記録帳：${db}`);
    expect(r.stdout).toContain('サイズ：');
    expect(r.stdout).toContain('約束 1件');
    expect(r.stdout).toContain('すべて問題ありません。');
    expect(r.stdout).not.toMatch(/Journal|Size|All good/);
  });

  it('trust backup, then restore --yes', () => {
    const db = journalWithAPromise();
    const file = join(tempDir(), 'b.db');
    const b = trust(['backup', file], { db, env: ja });
    expect(b.stdout).toContain(`${file} にバックアップしました（検査済み：欠けなし）`);
    const again = trust(['backup', file], { db, env: ja });
    expect(again.stderr).toContain('バックアップが既存のファイルを置き換えることはありません。');
    const r = trust(['restore', file, '--yes'], { db, env: ja, now: NOW });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${file} から ${db} を復元しました。`);
    expect(r.stdout).toContain('元の記録帳は');
    const no = trust(['restore', file], { db, env: ja });
    expect(no.stderr).toContain('trust restore は記録帳を置き換えます。端末がないときは --yes を付けてください。');
  });

  it('names the line of a bad file it refuses to import, and reports an import in Japanese', () => {
    const db = journalWithAPromise();
    const file = join(tempDir(), 'e.json');
    expect(trust(['export', '--out', file], { db, env: ja }).stderr).toContain(`記録帳を ${file} に書き出しました。`);
    const fresh = tempDb();
    const ok = trust(['import', file], { db: fresh, env: ja });
    expect(ok.stdout).toContain(`${file} を取り込みました：`);
    expect(ok.stdout).toMatch(/追加.*更新.*変更なし/);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('"status": "open"') || l.includes('"status":"open"'));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace(/"status": ?"open"/, '"status": "maybe"');
    writeFileSync(file, lines.join('\n'));
    const r = trust(['import', file], { db: tempDb(), env: ja });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file} は取り込めないため、何も取り込んでいません：${at + 1}行目：`);
    expect(r.stderr).toContain('その項目を直してから');
  });

  it('refuses to export over an existing file without --force', () => {
    const db = journalWithAPromise();
    const file = join(tempDir(), 'x.json');
    writeFileSync(file, 'mine');
    const r = trust(['export', '--out', file], { db, env: ja });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} はすでにあります。--force を付けない限り、書き出しが既存のファイルを置き換えることはありません。`);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('says a date it cannot read is not one, listing Japanese forms first', () => {
    const r = trust(['log', 'x', '--to', 'A', '--due', '13月1日'], { db: tempDb(), env: ja, now: NOW });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('期限：「13月1日」は日付として読み取れません。');
    expect(r.stderr).toContain('次のように書けます：今日、今夜');
    expect(r.stderr).toContain('英語の書き方');
  });
});
