import { describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { anonymize, anonymizer } from '../../src/domain/anonymize.js';
import { readExport, writeExportJson } from '../../src/store/exporter.js';
import { tempDb } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

function streamed(ctx: ReturnType<typeof testContext>, anonymized = false): string {
  let text = '';
  writeExportJson(ctx.db('read'), ctx.now, (t) => (text += t), anonymized ? anonymizer() : undefined);
  return text;
}

describe('the streamed JSON export', () => {
  it('holds exactly the whole file, empty sections included, one item to a line', async () => {
    const ctx = testContext(tempDb(), []);
    await log({ text: 'First', to: 'Alice' }, ctx);
    const first = readExport(ctx.db('read'), ctx.now);
    expect(JSON.parse(streamed(ctx))).toEqual(first);
    expect(streamed(ctx)).toContain(`  "promises": [\n    ${JSON.stringify(first.promises[0])}\n  ],\n  "repairs": [],\n`);
    // More than one chunk of promises.
    for (let i = 0; i < 2100; i++) await log({ text: `Promise ${i} for Alice Smith`, to: i % 2 ? 'Alice Smith' : '田中さん', note: i % 7 ? null : 'a note' } as never, ctx);
    const whole = readExport(ctx.db('read'), ctx.now);
    expect(whole.promises).toHaveLength(2101);
    const text = streamed(ctx);
    expect(JSON.parse(text)).toEqual(whole);
    expect(text.split('\n').filter((line) => line.startsWith('    {"uuid"'))).toHaveLength(3 + 2101 + 2101); // people, conversations, promises
    expect(JSON.parse(streamed(ctx, true))).toEqual(anonymize(whole));
    ctx.close();
  }, 60_000);

  it('writes conversations and promises as SQLite makes their JSON: the same text as JSON.stringify of each item', async () => {
    const ctx = testContext(tempDb(), []);
    await log({ text: 'First', to: 'Alice', due: 'fri' }, ctx);
    await log({ text: 'Second', to: '田中さん' }, ctx);
    const db = ctx.db('write');
    // Every kind of character JSON escapes or keeps, written past the checks on what people type.
    const odd = 'quote " backslash \\ tab \t newline \n cr \r \u0001 \u001f \u007f \u2028 \u2029 é 田中 🚲 </script>';
    db.prepare('UPDATE promises SET text = ?, note = ?, late = 1 WHERE id = 1').run(odd, `${odd} note`);
    db.prepare('UPDATE promise_events SET note = ?, detail = ? WHERE promise_id = 1').run(odd, JSON.stringify({ from: odd, n: 1.5, big: 12345678901, list: [1, 'two', null, true], nested: { a: -0.25 } }));
    db.prepare('DELETE FROM promise_events WHERE promise_id = 2').run();
    const whole = readExport(db, ctx.now);
    const lines = streamed(ctx).split('\n');
    for (const section of ['conversations', 'promises'] as const) {
      for (const item of whole[section]) expect(lines).toContain(`    ${JSON.stringify(item)}${item === whole[section].at(-1) ? '' : ','}`);
    }
    expect(whole.promises[1]!.history).toEqual([]);
    expect(JSON.parse(streamed(ctx))).toEqual(whole);
    ctx.close();
  });
});
