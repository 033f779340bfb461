/** The built binary fits errors (stderr) and help to the width, breaking only between words. */
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/width.js';
import { openJournal } from '../../src/store/open.js';
import { insertRepair } from '../../src/store/repairs.js';
import { tempDb, trust } from '../helpers/cli.js';

// Japanese is written without spaces and may break between any two of its characters (the date
// forms in the help: 来週の金曜): such a break is joined back before comparing.
const words = (text: string) => text.replace(/(?<=[\u3041-\u30ff\u4e00-\u9fff])\n\s*(?=[\u3041-\u30ff\u4e00-\u9fff])/g, '').split(/\s+/).filter(Boolean);
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('errors and help fitted to the width', () => {
  it('an error and its hint on stderr wrap at COLUMNS, word by word', () => {
    const db = tempDb();
    trust(['log', 'Send the deck', '--to', 'Alice'], { db });
    trust(['broken', '1'], { db });
    // A repair just begun: closing it is refused, with a hint that names --force.
    const journal = openJournal(db, { create: false });
    insertRepair(journal, { personId: 1, promiseId: 1, cause: 'mistake', checklistVersion: 2 }, new Date('2026-11-21T10:00:00'));
    journal.close();
    const whole = trust(['repair', '--close', '1'], { db });
    expect(whole.code).toBe(1);
    expect(whole.stderr).toMatch(/--force/);
    const narrow = trust(['repair', '--close', '1'], { db, env: { COLUMNS: '40' } });
    expect(widest(narrow.stderr)).toBeLessThanOrEqual(40);
    expect(words(narrow.stderr)).toEqual(words(whole.stderr));
  });

  it.each([50, 80, 200])('repair --help and review --help reflow at %d columns, with no hard line breaks in a paragraph', (width) => {
    for (const command of ['repair', 'review']) {
      const help = trust([command, '--help'], { db: tempDb(), env: { COLUMNS: String(width) } });
      expect(help.code).toBe(0);
      expect(widest(help.stdout)).toBeLessThanOrEqual(width);
      if (width === 200) expect(help.stdout).toMatch(command === 'repair' ? /Every answer is saved as you give it, so you can stop/ : /questions chosen from the week/);
    }
  });

  it('wraps an option holding Japanese by the columns it takes, so commander breaks it between forms', () => {
    const help = trust(['kept', '--help'], { db: tempDb(), env: { COLUMNS: '50' } });
    expect(widest(help.stdout)).toBeLessThanOrEqual(50);
    // Counted one column a character, the line ran wide and was cut again inside a form.
    for (const form of ['昨日,', '金曜,', '先週の金曜,', '3日前,', '11月20日']) expect(help.stdout).toContain(form);
  });

  it('the overall help fits 50 columns too, with its dates and examples', () => {
    const help = trust(['--help'], { db: tempDb(), env: { COLUMNS: '50' } });
    expect(widest(help.stdout)).toBeLessThanOrEqual(50);
    const wide = trust(['--help'], { db: tempDb(), env: { COLUMNS: '400' } });
    expect(words(help.stdout)).toEqual(words(wide.stdout));
  });
});
