import { describe, expect, it } from 'vitest';
import { edit } from '../../src/commands/edit.js';
import { exportJournal } from '../../src/commands/export.js';
import { log } from '../../src/commands/log.js';
import { rename } from '../../src/commands/people.js';
import { tempDb } from '../helpers/cli.js';
import { testContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

/** Names from issue 11, item 6: glued particles, honorifics left off, a curly apostrophe, and a renamed person. */
async function journal() {
  const ctx = testContext(tempDb(), []);
  await log({ text: '伊藤さん、土曜締め切りの資料を送る', to: '伊藤さん', note: '伊藤に電話してから' } as never, ctx);
  await log({ text: '田中さんに見積もり', to: '田中さん', note: '山田に確認、佐藤花子さんの件も' } as never, ctx);
  await log({ text: 'Lunch with 山田', to: '山田' } as never, ctx);
  await log({ text: 'Call back', to: '佐藤花子さん' } as never, ctx);
  await log({ text: "Ask O’Brien about Al's plan", to: "O'Brien", note: 'Alice is not Al' } as never, ctx);
  await log({ text: 'Coffee', to: 'Al' } as never, ctx);
  // Made to Sam, corrected to Bob; then Sam renamed Samuel. "Sam" survives in the edit history.
  await log({ text: 'Send Sam the deck', to: 'Sam' } as never, ctx);
  await log({ text: 'Thanks', to: 'Bob' } as never, ctx);
  await edit('7', { person: 'Bob' }, ctx);
  await rename('Sam', 'Samuel', {}, ctx);
  return ctx;
}

async function exported(format: string) {
  const ctx = await journal();
  const before = ctx.output().length;
  await exportJournal({ format, anonymize: true }, ctx);
  ctx.close();
  return ctx.output().slice(before);
}

describe('trust export --anonymize', () => {
  for (const format of ['json', 'csv', 'markdown']) {
    it(`leaves no name in ${format}, glued to a particle, without its honorific, curly or former`, async () => {
      const text = await exported(format);
      for (const name of ['伊藤', '田中', '山田', '佐藤', '花子', 'O’Brien', "O'Brien", 'Brien', 'Sam', 'Bob']) expect(text).not.toContain(name);
      expect(text).not.toMatch(/\bAl\b/);
      expect(text).toContain('Alice'); // not a person here: whole words only for Latin names
      expect(text).toMatch(/Person [0-9A-F]{6}、土曜締め切りの資料を送る/);
    });
  }
});
