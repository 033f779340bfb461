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
  it('prints exactly what JSON.stringify prints for the whole file, empty sections included', async () => {
    const ctx = testContext(tempDb(), []);
    await log({ text: 'First', to: 'Alice' }, ctx);
    expect(streamed(ctx)).toBe(JSON.stringify(readExport(ctx.db('read'), ctx.now), null, 2) + '\n');
    // More than one chunk of promises.
    for (let i = 0; i < 2100; i++) await log({ text: `Promise ${i} for Alice Smith`, to: i % 2 ? 'Alice Smith' : '田中さん', note: i % 7 ? null : 'a note' } as never, ctx);
    const whole = readExport(ctx.db('read'), ctx.now);
    expect(whole.promises).toHaveLength(2101);
    expect(streamed(ctx)).toBe(JSON.stringify(whole, null, 2) + '\n');
    expect(streamed(ctx, true)).toBe(JSON.stringify(anonymize(whole), null, 2) + '\n');
    ctx.close();
  }, 60_000);
});
