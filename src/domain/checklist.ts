/**
 * The repair checklist: the core steps every repair walks through, plus the steps its cause
 * adds. Definitions live here, in code, and are versioned: a stored answer carries its step's
 * key and title, so it stays readable after a later version rewords or reorders the list.
 */
import { t, type Messages } from '../i18n/messages.js';
import type { RepairKind } from './repair.js';

export const CAUSES = ['mistake', 'breach', 'miscommunication', 'other'] as const;
export type Cause = (typeof CAUSES)[number];

/** The cause as a sentence says it ("a mistake or oversight"), in the language of the interface. */
export const causeLabel = (cause: Cause): string => t().checklist.cause[cause]();

/**
 * What a step takes: words, a yes/not-yet with words, dates, new promises, the apology's parts,
 * or prevention's two answers (why, and what will change: the apology reuses the second).
 */
export type StepKind = 'text' | 'done-yet' | 'checkins' | 'promises' | 'apology' | 'prevention' | 'close';

export interface Step {
  key: string;
  /** Read from the catalogue when asked for: stored answers keep the title they were given. */
  readonly title: string;
  /** One or two lines: why this step matters and what a good answer looks like. */
  readonly explain: string;
  kind: StepKind;
  /** The question for text steps (the "how" of done-yet steps, the "why" of prevention). */
  readonly question?: string;
  /** Prevention's second question: what will change. */
  readonly change?: string;
}

type StepWords = Messages['checklist']['steps'];
type StepKey = keyof StepWords;

/**
 * A step whose words come from the catalogue only when shown: the checks of an import or an
 * export use the checklist's keys and kinds, and never load words they do not print.
 */
function step(key: StepKey, kind: StepKind, questionKey: 'question' | 'why' | null = 'question', asksChange = false): Step {
  const words = () => t().checklist.steps[key] as { title(): string; explain(): string } & Partial<Record<'question' | 'why' | 'change', () => string>>;
  return {
    key,
    kind,
    get title() {
      return words().title();
    },
    get explain() {
      return words().explain();
    },
    get question() {
      return questionKey === null ? undefined : words()[questionKey]?.();
    },
    get change() {
      return asksChange ? words().change?.() : undefined;
    },
  };
}

const STEPS: Record<string, Step> = {
  listen: step('listen', 'text'),
  facts: step('facts', 'text'),
  disclosure: step('disclosure', 'text'),
  own: step('own', 'text'),
  responsibility: step('responsibility', 'text'),
  rules: step('rules', 'text'),
  'their-side': step('their-side', 'text'),
  apology: step('apology', 'apology', null),
  prevention: step('prevention', 'text'),
  // Version 2 asks the why and the change apart, so the apology can say "From now on, I will …" with the change.
  prevention2: step('prevention', 'prevention', 'why', true),
  'process-check': step('process-check', 'text'),
  'long-term': step('long-term', 'text'),
  'share-info': step('share-info', 'text'),
  agreement: step('agreement', 'text'),
  'repair-promises': step('repair-promises', 'promises', null),
  delivered: step('delivered', 'done-yet'),
  checkins: step('checkins', 'checkins', null),
  feedback: step('feedback', 'done-yet'),
  close: step('close', 'close', null),
  // A self-repair (article 000: trust in yourself is rebuilt by promises you can keep).
  obstacle: step('obstacle', 'text'),
  'smaller-promise': step('smaller-promise', 'promises', null),
  encouragement: step('encouragement', 'text'),
};

/** After a promise to yourself: no apology, no one to update; what got in the way, a promise you can keep, a kind word. */
const SELF = ['obstacle', 'smaller-promise', 'encouragement', 'close'];

/** Version 1 (repairs started before it changed): the apology came before prevention. */
const ORDER_V1: Record<Cause, string[]> = {
  mistake: ['facts', 'own', 'their-side', 'apology', 'prevention', 'process-check', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
  breach: ['facts', 'disclosure', 'own', 'responsibility', 'rules', 'their-side', 'apology', 'prevention', 'long-term', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
  miscommunication: ['listen', 'facts', 'own', 'their-side', 'apology', 'prevention', 'share-info', 'agreement', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
  other: ['facts', 'own', 'their-side', 'apology', 'prevention', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
};

const CORE = ['facts', 'own', 'their-side', 'prevention', 'apology', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'];

/**
 * Version 2: prevention, and the cause's own steps about what will change, come before the
 * apology, so "what will be different" is already thought through when the apology says it.
 */
const ORDER_V2: Record<Cause, string[]> = {
  mistake: ['facts', 'own', 'their-side', 'prevention', 'process-check', 'apology', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
  breach: ['facts', 'disclosure', 'own', 'responsibility', 'rules', 'their-side', 'prevention', 'long-term', 'apology', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
  miscommunication: ['listen', 'facts', 'own', 'their-side', 'prevention', 'share-info', 'agreement', 'apology', 'repair-promises', 'delivered', 'checkins', 'feedback', 'close'],
  other: CORE,
};

export const CHECKLIST_VERSION = 2;

/**
 * The steps of a repair, in order. A repair keeps the version it was started with, so one in
 * progress resumes with the steps it began with.
 */
export function checklist(cause: Cause, version = CHECKLIST_VERSION, kind: RepairKind = 'apology'): Step[] {
  if (kind === 'self') return SELF.map((key) => STEPS[key]!);
  if (version === 1) return ORDER_V1[cause].map((key) => STEPS[key]!);
  if (version === 2) return ORDER_V2[cause].map((key) => STEPS[key === 'prevention' ? 'prevention2' : key]!);
  throw new Error(`Unknown checklist version ${version}`);
}

export const CORE_STEPS = CORE;

/** The mindset to keep through a repair (seed 001), in order. */
export const MINDSET = ['sincerity', 'responsibility', 'humility', 'patience', 'forward'] as const;

export const TRAPS = ['self-defence', 'concealment', 'insincerity', 'quick fix', 'going quiet'] as const;
export type Trap = (typeof TRAPS)[number];

/** A trap as the walk and --show name it. */
export const trapText = (trap: Trap): string => t().checklist.traps[trap]();
