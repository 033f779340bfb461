import { afterEach, describe, expect, it } from 'vitest';
import { log } from '../../src/commands/log.js';
import { reopen } from '../../src/commands/reopen.js';
import { resolve } from '../../src/commands/resolve.js';
import { insertRepair } from '../../src/store/repairs.js';
import { tempDb } from '../helpers/cli.js';
import { testContext, type TestContext } from '../helpers/context.js';

process.env.TZ = 'Europe/Berlin';

const open: TestContext[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

describe('reopening a break that has a repair', () => {
  it('points at abandoning the repair, and leaves it to the user', async () => {
    const ctx = testContext(tempDb(), []);
    open.push(ctx);
    await log({ text: 'Send the deck', to: 'Alice', due: 'tomorrow' }, ctx);
    await resolve('broken', ['1'], {}, ctx);
    const db = ctx.db('write');
    const repairId = insertRepair(db, { personId: 1, promiseId: 1, cause: 'mistake', checklistVersion: 1 }, ctx.now);
    await reopen('1', {}, ctx);
    expect(ctx.output()).toContain(`Repair #${repairId} was started for it; if it is not needed now: trust repair --abandon ${repairId}`);
  });
});
