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
