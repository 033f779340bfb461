import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/i18n/messages.js';
import { plain } from '../../src/ui/colour.js';
import { renderFigures, type Figures } from '../../src/ui/review-render.js';

const now = new Date('2026-11-22T20:00:00');
const streak = { current: 0, best: 0 };

function figures(change: { thisWeek: number; fourWeeksBefore: number; change: number }): Figures {
  return {
    week: '2026-W47',
    weekStart: '2026-11-16',
    weekEnd: '2026-11-22',
    counts: { made: 0, due: 0, keptOnTime: 0, keptLate: 0, broken: 0, released: 0, renegotiated: 0, stillOpen: 0, overdue: 0 },
    keepRate: change,
    streaks: { keep: { ...streak, currentLate: 0 }, cleanWeeks: streak, reviews: streak },
    people: [],
    repairs: [],
    quiet: [],
    series: [],
  };
}

afterEach(() => useLanguage('en'));

describe('the change in keep rate', () => {
  it('counts points in English with the singular for one, and a sign either way', async () => {
    expect(await renderFigures(figures({ thisWeek: 0.51, fourWeeksBefore: 0.5, change: 1 }), plain, now)).toContain('(+1 point)');
    expect(await renderFigures(figures({ thisWeek: 0.5, fourWeeksBefore: 1, change: -50 }), plain, now)).toContain('(-50 points)');
    expect(await renderFigures(figures({ thisWeek: 0.5, fourWeeksBefore: 0.5, change: 0 }), plain, now)).toContain('(+0 points)');
  });

  it('says up, down or unchanged in Japanese', async () => {
    await useLanguage('ja');
    expect(await renderFigures(figures({ thisWeek: 0.6, fourWeeksBefore: 0.5, change: 10 }), plain, now)).toContain('（10ポイント上昇）');
    expect(await renderFigures(figures({ thisWeek: 0.5, fourWeeksBefore: 1, change: -50 }), plain, now)).toContain('（50ポイント低下）');
    expect(await renderFigures(figures({ thisWeek: 0.5, fourWeeksBefore: 0.5, change: 0 }), plain, now)).toContain('（変化なし）');
  });
});

describe('people gone quiet', () => {
  const base = figures({ thisWeek: 0.5, fourWeeksBefore: 0.5, change: 0 });

  it('says each rhythm, someone never in touch as such, and counts those past the fifth', async () => {
    const quiet = [
      { name: 'Alice', days: 9, rhythmDays: 7, neverInTouch: false },
      { name: 'Bob', days: 3, rhythmDays: 2, neverInTouch: false },
      { name: 'Dan', days: 35, rhythmDays: 14, neverInTouch: true },
      ...['E', 'F', 'G', 'H'].map((name) => ({ name, days: 30, rhythmDays: 28, neverInTouch: false })),
    ];
    const text = await renderFigures({ ...base, quiet }, plain, now);
    expect(text).toContain('Gone quiet: longer out of touch than you aim for\n  Alice: 1 week since you were last in touch (you aim for every week)\n  Bob: 3 days since you were last in touch (you aim for every 2 days)\n  Dan: added 5 weeks ago, not in touch since (you aim for every 2 weeks)\n');
    expect(text).toContain('  …and 2 more people (trust review --json lists them all)');
    expect(text).not.toContain('  G:');
  });

  it('shows a review saved before rhythms, which has name and days alone, against the four weeks everyone had', async () => {
    const old = { ...base, quiet: [{ name: 'Alice', days: 35 }] } as unknown as Figures;
    expect(await renderFigures(old, plain, now)).toContain('  Alice: 5 weeks since you were last in touch (you aim for every 4 weeks)');
  });
});
