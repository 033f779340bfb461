/**
 * trust person <name>: the story with one person. Every promise with its outcome, the keep
 * rate, and the notes written along the way, oldest first so it reads as a story.
 */
import type { Context } from '../context.js';
import { keepRate } from '../domain/streaks.js';
import { peopleSummaries } from '../store/people.js';
import { notedEvents, promisesOf } from '../store/promises.js';
import { formatInstant, percent, relativePast } from '../ui/format.js';
import { personJson, promiseJson, writeJson } from '../ui/json.js';
import { parseLimit, promiseTable } from './list.js';
import { personByName } from './lookup.js';
import { rhythmWords } from '../domain/rhythm.js';
import { displayWidth } from '../ui/width.js';
import { wrap } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';
import { personCalibration, personCalibrationLines } from './stats-calibration.js';

export async function person(name: string, opts: { json?: boolean; limit?: string | number }, ctx: Context): Promise<void> {
  const limit = parseLimit(opts.limit, 50);
  const db = ctx.db('read');
  const found = personByName(db, name);
  const summary = peopleSummaries(db, found.id)[0]!;
  // Text shows the latest part of a long story; JSON, for scripts, all of it.
  const story = promisesOf(db, found.id, opts.json ? Number.MAX_SAFE_INTEGER : limit);
  const notes = [
    ...story.filter((p) => p.note).map((p) => ({ at: p.madeAt, id: p.id, text: p.note! })),
    ...notedEvents(db, story.map((p) => p.id)).map((e) => ({ at: e.at, id: e.promiseId, text: t().people.eventNote({ kind: t().views.event[e.kind](), note: e.note! }) })),
  ];
  notes.sort((a, b) => a.at.getTime() - b.at.getTime());

  const calibration = personCalibration(db, found.id, ctx.now);
  if (opts.json) {
    writeJson(ctx.out, {
      ...personJson(summary),
      calibration,
      promises: story.map((p) => promiseJson(p, ctx.now)),
      notes: notes.map((n) => ({ at: n.at.toISOString(), promise: n.id, text: n.text })),
    });
    return;
  }
  const { c, now } = ctx;
  const rate = keepRate(summary);
  const m = t().people;
  const counts = { made: summary.made, kept: summary.kept, broken: summary.broken, released: summary.released, open: summary.open };
  const lines = [
    c.bold(`${summary.name}`) + c.dim(` · ${t().words.relation[summary.relation]()}`),
    summary.keptLate ? m.promisesLate({ ...counts, late: summary.keptLate }) : m.promises(counts),
    rate === null ? m.keepRateNone({ rate: percent(rate) }) : m.keepRate({ rate: percent(rate) }),
    summary.lastLogged
      ? m.lastLogged({ relative: relativePast(summary.lastLogged, now), day: formatInstant(summary.lastLogged, now, false) })
      : m.neverLogged(),
    summary.rhythmDays === null ? m.rhythmDefault() : m.rhythmLine({ rhythm: rhythmWords(summary.rhythmDays) }),
  ];
  // The latest part of a long story: thousands of rows help no reader.
  const earlier = summary.made - story.length;
  const fit = (text: string) => wrap(text, ctx.columns);
  const after: string[] = [];
  if (earlier > 0) after.push(c.dim(m.earlier({ count: earlier, name: summary.name, made: summary.made })));
  if (notes.length > 0) {
    after.push('', c.bold(m.notes()));
    // Continued lines of a long note line up under its text.
    const hang = (n: (typeof notes)[number]) => displayWidth(`  ${formatInstant(n.at, now, false)}  #${n.id}  `);
    for (const n of notes.slice(-limit)) after.push(wrap(`  ${formatInstant(n.at, now, false)}  #${n.id}  ${n.text}`, ctx.columns, { hang: hang(n) }));
  }
  // The table fits itself; the lines around it are prose.
  const blocks = [fit(lines.join('\n')), ...personCalibrationLines(calibration, ctx), ...(story.length > 0 ? ['', promiseTable(story, ctx, true)] : []), ...after.map(fit)];
  ctx.out.write(blocks.join('\n') + '\n');
}
