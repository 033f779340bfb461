/**
 * How a repair reads: on screen, as a Markdown document to keep or share, and as JSON.
 */
import { MINDSET, causeLabel, trapText, type StepKind } from '../domain/checklist.js';
import { t } from '../i18n/messages.js';
import type { RepairView } from '../commands/repair-load.js';
import type { StoredAnswer } from '../store/repairs.js';
import { dueText, formatDay, formatInstant, outcomeText } from './format.js';
import { promiseJson } from './json.js';
import { apologyDelayDays } from '../domain/apology-time.js';
import type { Paint } from './colour.js';

/** One answer in words, whatever kind of step it belongs to; repair promises by their text, from the repair's own. */
export function answerText(answer: StoredAnswer, kind: StepKind | undefined, now: Date, promises: ReadonlyArray<{ id: number; text: string }> = []): string {
  const a = answer.answer as Record<string, unknown>;
  if (kind === 'apology' || typeof a.draft === 'string') return String(a.draft);
  if (kind === 'checkins' || Array.isArray(a.dates)) return (a.dates as string[]).map((d) => formatDay({ date: d, time: null }, now)).join(', ');
  if (kind === 'promises' || Array.isArray(a.promiseIds)) {
    const text = (id: number) => promises.find((p) => p.id === id)?.text;
    return (a.promiseIds as number[]).map((id) => (text(id) ? `#${id} ${text(id)}` : `#${id}`)).join('; ');
  }
  if (typeof a.learned === 'string') return a.learned;
  const text = String(a.text ?? '');
  return typeof a.at === 'string' ? t().repair.answeredOn({ text, when: formatInstant(new Date(a.at), now, false) }) : text;
}

/** The checklist's steps in order, then any answer whose step a later checklist no longer has. */
function answeredInOrder(view: RepairView) {
  const known = view.steps.map((step, i) => ({ n: i + 1, key: step.key, title: step.title, kind: step.kind as StepKind | undefined, answer: view.answers.get(step.key) }));
  const orphans = [...view.answers.values()]
    .filter((a) => !view.steps.some((s) => s.key === a.step))
    .map((a) => ({ n: 0, key: a.step, title: a.title, kind: undefined, answer: a }));
  return [...known, ...orphans];
}

/** A check-in and where it stands: "Tue 24 Nov: met", "Fri 4 Dec: not needed (the repair is closed)". */
function checkinText(v: RepairView, ci: RepairView['checkins'][number], now: Date): string {
  const words = t().repair;
  const day = formatDay({ date: ci.date, time: null }, now);
  const state = words.checkin[ci.state]();
  if (ci.state !== 'not needed') return words.checkinLine({ day, state });
  return words.checkinNotNeeded({ day, state, why: v.repair.state === 'abandoned' ? words.setAsideWhy() : words.closedWhy() });
}

const stateText = (v: RepairView) => (v.repair.state === 'in progress' ? t().repair.inProgress(v.progress) : t().repair.state[v.repair.state]());

export function repairTitle(v: RepairView): string {
  return t().repair.title({ id: v.repair.id, person: v.repair.person });
}

export function reminders(c: Paint): string {
  const words = t().checklist;
  const items = MINDSET.map((key) => `  ${words.mindsetItem({ name: c.cyan(words.mindset[key].name()), line: words.mindset[key].line() })}`);
  return [c.bold(words.mindsetHeading()), ...items].join('\n');
}

const trapLine = (trap: Parameters<typeof trapText>[0]) => t().checklist.trapLine({ trap: trapText(trap) });

/** When the repair started, and closed if it did: "Started Sat 21 Nov, closed …". */
function startedText(r: RepairView['repair'], now: Date, form: 'screen' | 'md'): string {
  const words = form === 'md' ? t().repair.md : t().repair;
  const started = formatInstant(r.startedAt, now, false);
  return r.closedAt ? words.startedClosed({ started, closed: formatInstant(r.closedAt, now, false) }) : words.started({ started });
}

export function renderRepair(v: RepairView, now: Date, c: Paint): string {
  const r = v.repair;
  const words = t().repair;
  const lines = [
    c.bold(repairTitle(v)) + c.dim(` · ${causeLabel(r.cause)} · ${stateText(v)}`),
    r.promiseId ? words.forPromise({ id: r.promiseId, text: r.promiseText ?? '' }) : words.forNothing(),
    `${startedText(r, now, 'screen')}${v.next ? ` · ${words.nextStep({ title: v.next.title })}` : ''}`,
    ...(r.brokenAt && r.apologyAt ? [t().apology.delay({ days: apologyDelayDays(r.brokenAt, r.apologyAt) })] : []),
    '',
  ];
  for (const s of answeredInOrder(v)) {
    const label = `${s.n ? `${s.n}. ` : ''}${s.title}`;
    if (!s.answer) {
      lines.push(c.dim(words.notYetAnswered({ label })));
      continue;
    }
    lines.push(`${c.green('✓')} ${c.bold(label)}`);
    lines.push(...answerText(s.answer, s.kind, now, v.promises).split('\n').map((l) => `   ${l}`));
  }
  if (v.promises.length > 0) {
    lines.push('', c.bold(words.promisesHeading()));
    for (const p of v.promises) lines.push(`  #${p.id} ${p.text} · ${p.status === 'open' ? dueText(p.due, now) : outcomeText(p)}`);
  }
  if (v.checkins.length > 0) {
    lines.push('', c.bold(words.checkinsHeading()), ...v.checkins.map((ci) => `  ${checkinText(v, ci, now)}`));
  }
  for (const trap of v.traps) lines.push('', c.yellow(trapLine(trap)));
  return lines.join('\n');
}

export function renderRepairMarkdown(v: RepairView, now: Date): string {
  const r = v.repair;
  const words = t().repair;
  const lines = [
    `# ${repairTitle(v)}`,
    '',
    `- ${words.md.cause({ cause: causeLabel(r.cause) })}`,
    `- ${words.md.state({ state: stateText(v) })}`,
    `- ${words.md.for({ what: r.promiseId ? `#${r.promiseId} ${r.promiseText}` : words.nothingLogged() })}`,
    `- ${startedText(r, now, 'md')}`,
  ];
  if (v.next) lines.push(`- ${words.md.next({ title: v.next.title })}`);
  for (const s of answeredInOrder(v)) {
    lines.push('', `## ${s.title}`, '', s.answer ? answerText(s.answer, s.kind, now, v.promises) : words.md.notYet());
  }
  if (v.promises.length > 0) {
    lines.push('', `## ${words.promisesHeading()}`, '', ...v.promises.map((p) => `- #${p.id} ${p.text}: ${p.status === 'open' ? dueText(p.due, now) : outcomeText(p)}`));
  }
  if (v.checkins.length > 0) lines.push('', `## ${words.checkinsHeading()}`, '', ...v.checkins.map((ci) => `- ${checkinText(v, ci, now)}`));
  return lines.join('\n') + '\n';
}

export function repairJson(v: RepairView, now: Date) {
  const r = v.repair;
  const apology = v.answers.get('apology')?.answer as { draft?: string } | undefined;
  return {
    id: r.id,
    uuid: r.uuid,
    person: r.person,
    promise: r.promiseId ? { id: r.promiseId, text: r.promiseText } : null,
    cause: r.cause,
    checklistVersion: r.checklistVersion,
    state: r.state,
    startedAt: r.startedAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    learned: r.learned,
    apologyAt: r.apologyAt?.toISOString() ?? null,
    daysToApology: r.brokenAt && r.apologyAt ? apologyDelayDays(r.brokenAt, r.apologyAt) : null,
    progress: v.progress,
    nextStep: v.next?.key ?? null,
    steps: answeredInOrder(v).map((s) => ({
      key: s.key,
      title: s.title,
      answered: Boolean(s.answer),
      answer: s.answer?.answer ?? null,
      answeredAt: s.answer?.answeredAt.toISOString() ?? null,
    })),
    apologyDraft: apology?.draft ?? null,
    promises: v.promises.map((p) => promiseJson(p, now)),
    checkins: v.checkins,
    traps: v.traps,
  };
}
