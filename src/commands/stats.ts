/**
 * trust stats (or trust streak): the streaks and how reliable you are, overall and per person,
 * without the weekly frame.
 */
import type { Context } from '../context.js';
import { streaksNow, type PromiseFact } from '../domain/review.js';
import { keepRate, reliabilityScore, RELIABILITY_HALF_LIFE, type Resolution } from '../domain/streaks.js';
import { peopleSummaries } from '../store/people.js';
import { resolvedFacts, reviewedWeeks } from '../store/reviews.js';
import { percent } from '../ui/format.js';
import { writeJson } from '../ui/json.js';
import { renderTable } from '../ui/table.js';
import { parseLimit } from './list.js';

const resolutions = (facts: PromiseFact[]): Resolution[] => facts.map((p) => ({ status: p.status as Resolution['status'], late: p.late }));

function reliability(facts: PromiseFact[]) {
  const kept = facts.filter((p) => p.status === 'kept').length;
  const broken = facts.filter((p) => p.status === 'broken').length;
  return { kept, broken, keepRate: keepRate({ kept, broken }), score: facts.length === 0 ? null : reliabilityScore(resolutions(facts)) };
}

export async function stats(opts: { json?: boolean; limit?: string }, ctx: Context) {
  const limit = parseLimit(opts.limit, 20);
  const db = ctx.db('read');
  const resolved = resolvedFacts(db);
  const streaks = streaksNow(resolved, reviewedWeeks(db), ctx.now);
  const overall = reliability(resolved);
  const byPerson = new Map<number, PromiseFact[]>();
  for (const f of resolved) {
    const list = byPerson.get(f.personId);
    if (list) list.push(f);
    else byPerson.set(f.personId, [f]);
  }
  const people = peopleSummaries(db)
    .map((p) => ({ name: p.name, relation: p.relation, ...reliability(byPerson.get(p.id) ?? []) }))
    .filter((p) => p.kept + p.broken > 0)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.name.localeCompare(b.name));
  const result = { streaks, overall, people, halfLife: RELIABILITY_HALF_LIFE };
  if (opts.json) {
    writeJson(ctx.out, result);
    return result;
  }
  const { c } = ctx;
  const s = streaks;
  const lines = [
    c.bold('Streaks'),
    `  Keep streak: ${s.keep.current} kept in a row (best ${s.keep.best})${s.keep.currentLate ? `, ${s.keep.currentLate} of them late` : ''}`,
    `  Clean weeks: ${s.cleanWeeks.current} (best ${s.cleanWeeks.best})`,
    `  Reviews:     ${s.reviews.current} weeks (best ${s.reviews.best})`,
    '',
    c.bold('Reliability'),
    `  Kept ${overall.kept} of ${overall.kept + overall.broken} kept or broken: ${percent(overall.keepRate)}`,
    `  Strength: ${percent(overall.score)} ${c.dim(`(recency-weighted: it builds with each keep; half of it comes from your last ${RELIABILITY_HALF_LIFE})`)}`,
  ];
  if (people.length > 0) {
    const rows = people.slice(0, limit).map((p) => [p.name, p.relation, String(p.kept), String(p.broken), percent(p.keepRate), percent(p.score)]);
    lines.push('', await renderTable(['Person', 'Relation', 'Kept', 'Broken', 'Keep rate', 'Strength'], rows, ctx.colour));
    if (people.length > limit) lines.push(c.dim(`…and ${people.length - limit} more: trust stats --limit ${people.length}`));
  } else lines.push('', c.dim('Nothing kept or broken yet: the figures start with your first resolved promise.'));
  ctx.out.write(lines.join('\n') + '\n');
  return result;
}
