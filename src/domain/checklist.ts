/**
 * The repair checklist: the core steps every repair walks through, plus the steps its cause
 * adds. Definitions live here, in code, and are versioned: a stored answer carries its step's
 * key and title, so it stays readable after a later version rewords or reorders the list.
 */

export const CAUSES = ['mistake', 'breach', 'miscommunication', 'other'] as const;
export type Cause = (typeof CAUSES)[number];

export const CAUSE_LABEL: Record<Cause, string> = {
  mistake: 'a mistake or oversight',
  breach: 'a breach of confidence or integrity (a leak, a lie, something hidden)',
  miscommunication: 'a miscommunication or misunderstanding',
  other: 'something else',
};

/**
 * What a step takes: words, a yes/not-yet with words, dates, new promises, the apology's parts,
 * or prevention's two answers (why, and what will change: the apology reuses the second).
 */
export type StepKind = 'text' | 'done-yet' | 'checkins' | 'promises' | 'apology' | 'prevention' | 'close';

export interface Step {
  key: string;
  title: string;
  /** One or two lines: why this step matters and what a good answer looks like. */
  explain: string;
  kind: StepKind;
  /** The question for text steps (the "how" of done-yet steps, the "why" of prevention). */
  question?: string;
  /** Prevention's second question: what will change. */
  change?: string;
}

const step = (key: string, title: string, kind: StepKind, explain: string, question?: string): Step => ({ key, title, kind, explain, question });

const STEPS: Record<string, Step> = {
  listen: step('listen', 'Listen first', 'text',
    'Before your version, theirs. Write down how they understood what happened, in their words as far as you can.',
    'How do they see it?'),
  facts: step('facts', 'The facts', 'text',
    'What happened, plainly, as a camera would have seen it: no reasons, no judgement yet.',
    'What happened?'),
  disclosure: step('disclosure', 'Full disclosure', 'text',
    'Everything that matters comes out now, including what they have not found out yet. Anything hidden now breaks trust twice.',
    'What else is there to tell them?'),
  own: step('own', 'Own it', 'text',
    'Your part, in the first person, with no "but" and no "if". Owning it completely is what lets the other person lower their guard.',
    'What was your part?'),
  responsibility: step('responsibility', 'Responsibility and consequences', 'text',
    'Say clearly what you are responsible for, and that you accept what follows from it, without trying to soften it.',
    'What are you responsible for, and what consequences do you accept?'),
  rules: step('rules', 'Follow the rules', 'text',
    'If this happened inside an organisation, its rules for reporting and handling it come first. Note what they require and that you did it.',
    'What do the rules ask of you, and have you done it?'),
  'their-side': step('their-side', 'Their side', 'text',
    'What did it cost them: time, money, face, peace of mind? How might they feel about it, and about you?',
    'What did it cost them, and how may they feel?'),
  apology: step('apology', 'The apology', 'apology',
    'A real apology has parts: regret, what happened without excuses, your responsibility, what will change, an offer to make it right, and a request for forgiveness.'),
  prevention: step('prevention', 'Prevention', 'text',
    'Why did it happen, and what concrete change stops it happening again: a check, a tool, a habit, some training?',
    'Why did it happen, and what will you change?'),
  // Version 2 asks the why and the change apart, so the apology can say "From now on, I will …" with the change.
  prevention2: {
    ...step('prevention', 'Prevention', 'prevention',
      'Why did it happen, and what concrete change stops it happening again: a check, a tool, a habit, some training?',
      'Why did it happen?'),
    // Asked as the end of the apology's sentence, so the apology can say the answer back as it is.
    change: 'What will you do differently? Finish the sentence: "From now on, I will …"',
  },
  'process-check': step('process-check', 'Check the process', 'text',
    'Mistakes usually pass through a gap in how the work is done. Look at the process or tools behind this one and name the gap.',
    'Which step, check or tool let this through, and how will you fix it?'),
  'long-term': step('long-term', 'A long-term commitment', 'text',
    'Trust lost this way comes back slowly. Commit to something you will keep doing for months, not days.',
    'What will you keep doing, and for how long?'),
  'share-info': step('share-info', 'Share before being asked', 'text',
    'Misunderstandings grow in silence. Decide what you will tell them proactively, and how often.',
    'What will you share with them, and when?'),
  agreement: step('agreement', 'Agree how to communicate', 'text',
    'Agree together how you will talk from now on: which channel, how quickly you reply, how you confirm what was decided.',
    'What did you agree, or what will you propose?'),
  'repair-promises': step('repair-promises', 'Repair promises', 'promises',
    'Trust comes back through small promises kept, one after another. Make one or more small, concrete promises with dates.'),
  delivered: step('delivered', 'Deliver the apology', 'done-yet',
    'Apologise early, in person or by voice if you can. When you have, note when and how.',
    'How did you apologise?'),
  checkins: step('checkins', 'Share progress', 'checkins',
    'Pick dates to tell them how the repair is going. Showing progress unprompted is how they see it is real.'),
  feedback: step('feedback', 'Their feedback', 'done-yet',
    'Ask how it lands for them, listen without defending, and adjust.',
    'What did they say, and what will you adjust?'),
  close: step('close', 'Close', 'close',
    'When your repair promises are resolved, look back: what did this teach you?'),
};

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
export function checklist(cause: Cause, version = CHECKLIST_VERSION): Step[] {
  if (version === 1) return ORDER_V1[cause].map((key) => STEPS[key]!);
  if (version === 2) return ORDER_V2[cause].map((key) => STEPS[key === 'prevention' ? 'prevention2' : key]!);
  throw new Error(`Unknown checklist version ${version}`);
}

export const CORE_STEPS = CORE;

export const MINDSET = [
  ['Sincerity', 'mean every word; they will hear it if you do not'],
  ['Responsibility', 'your part is yours, whatever anyone else did'],
  ['Humility', 'listen more than you explain'],
  ['Patience', 'trust comes back slower than it went'],
  ['A forward look', 'this is also how you become more reliable'],
] as const;

export const TRAPS = {
  'self-defence': 'Self-defence: explaining why it was not really your fault.',
  concealment: 'Concealment: leaving out the part that looks worst.',
  insincerity: 'Insincerity: saying the words without meaning them.',
  'quick fix': 'Quick fixes: wanting it settled this week.',
  'going quiet': 'Going quiet: letting the promised updates slip.',
} as const;
export type Trap = keyof typeof TRAPS;
