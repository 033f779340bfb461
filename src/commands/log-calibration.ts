/**
 * At capture: when a new promise's due date is sooner than the user usually delivers (with that
 * person, or overall while their history together is short), one line says so and names a later
 * date (see suggestDue); at the terminal, the user picks between the date said and that one.
 */
import type { Context } from '../context.js';
import { calibrate, enough, suggestDue, OVERALL_WINDOW, PERSON_WINDOW, type Suggestion } from '../domain/calibration.js';
import { recentKeeps } from '../store/calibration.js';
import { formatDay } from '../ui/format.js';
import type { Draft } from '../ui/questions.js';
import { warn } from '../ui/wrap.js';
import { t } from '../i18n/messages.js';
import type { Plan } from './log-plan.js';

/** Says, in one line, when the due date is sooner than usual; returns the later date it names. */
export function sayCalibration(draft: Draft, person: Plan['person'], ctx: Context): Suggestion | null {
  if (!draft.due) return null;
  const db = ctx.db('write');
  const own = 'id' in person ? calibrate(recentKeeps(db, person.id, PERSON_WINDOW)) : null;
  // Everyone's history is read only when theirs together is too short.
  const suggestion = suggestDue(draft.due, own, enough(own) ? null : calibrate(recentKeeps(db, null, OVERALL_WINDOW)));
  if (!suggestion) return null;
  const m = t().calibration;
  const values = {
    median: suggestion.figure.medianDaysLate,
    keeps: suggestion.figure.keeps,
    typed: formatDay(draft.due, ctx.now),
    suggested: formatDay(suggestion.due, ctx.now),
  };
  const name = person.relation === 'self' ? m.yourself() : person.name;
  warn(ctx, ctx.c.yellow(suggestion.from === 'person' ? m.suggestPerson({ ...values, name }) : m.suggestOverall(values)));
  return suggestion;
}

/** At the terminal: the same line, then the choice between the date said and the later one. */
export async function offerCalibratedDue(draft: Draft, person: Plan['person'], ctx: Context): Promise<void> {
  const suggestion = sayCalibration(draft, person, ctx);
  if (!suggestion || !draft.due) return;
  const m = t().calibration;
  const take = await ctx.prompt.select<boolean>({
    message: m.whichDate(),
    choices: [
      { name: m.keepTyped({ day: formatDay(draft.due, ctx.now) }), value: false },
      { name: m.takeSuggested({ day: formatDay(suggestion.due, ctx.now) }), value: true },
    ],
    default: false,
  });
  if (take) draft.due = suggestion.due;
}
