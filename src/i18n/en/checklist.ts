/**
 * The repair checklist (seeds 000 and 001): causes, steps, the mindset to keep, the traps to
 * avoid, and the apology's parts. Step keys are the ones stored with each answer.
 */
export default {
  cause: {
    mistake: 'a mistake or oversight',
    breach: 'a breach of confidence or integrity (a leak, a lie, something hidden)',
    miscommunication: 'a miscommunication or misunderstanding',
    other: 'something else',
  },
  /** The cause in a table's narrow column: in English, the word `--cause` takes. */
  causeShort: {
    mistake: 'mistake',
    breach: 'breach',
    miscommunication: 'miscommunication',
    other: 'other',
  },
  steps: {
    listen: {
      title: 'Listen first',
      explain: 'Before your version, theirs. Write down how they understood what happened, in their words as far as you can.',
      question: 'How do they see it?',
    },
    facts: {
      title: 'The facts',
      explain: 'What happened, plainly, as a camera would have seen it: no reasons, no judgement yet.',
      question: 'What happened?',
    },
    disclosure: {
      title: 'Full disclosure',
      explain: 'Everything that matters comes out now, including what they have not found out yet. Anything hidden now breaks trust twice.',
      question: 'What else is there to tell them?',
    },
    own: {
      title: 'Own it',
      explain: 'Your part, in the first person, with no "but" and no "if". Owning it completely is what lets the other person lower their guard.',
      question: 'What was your part?',
    },
    responsibility: {
      title: 'Responsibility and consequences',
      explain: 'Say clearly what you are responsible for, and that you accept what follows from it, without trying to soften it.',
      question: 'What are you responsible for, and what consequences do you accept?',
    },
    rules: {
      title: 'Follow the rules',
      explain: 'If this happened inside an organisation, its rules for reporting and handling it come first. Note what they require and that you did it.',
      question: 'What do the rules ask of you, and have you done it?',
    },
    'their-side': {
      title: 'Their side',
      explain: 'What did it cost them: time, money, face, peace of mind? How might they feel about it, and about you?',
      question: 'What did it cost them, and how may they feel?',
    },
    apology: {
      title: 'The apology',
      explain: 'A real apology has parts: regret, what happened without excuses, your responsibility, what will change, an offer to make it right, and a request for forgiveness.',
    },
    prevention: {
      title: 'Prevention',
      explain: 'Why did it happen, and what concrete change stops it happening again: a check, a tool, a habit, some training?',
      /** Checklist 1 asked both at once. */
      question: 'Why did it happen, and what will you change?',
      /** Checklist 2 asks them apart. */
      why: 'Why did it happen?',
      // Asked as the end of the apology's sentence, so the apology can say the answer back as it is.
      change: 'What will you do differently? Finish the sentence: "From now on, I will …"',
    },
    'process-check': {
      title: 'Check the process',
      explain: 'Mistakes usually pass through a gap in how the work is done. Look at the process or tools behind this one and name the gap.',
      question: 'Which step, check or tool let this through, and how will you fix it?',
    },
    'long-term': {
      title: 'A long-term commitment',
      explain: 'Trust lost this way comes back slowly. Commit to something you will keep doing for months, not days.',
      question: 'What will you keep doing, and for how long?',
    },
    'share-info': {
      title: 'Share before being asked',
      explain: 'Misunderstandings grow in silence. Decide what you will tell them proactively, and how often.',
      question: 'What will you share with them, and when?',
    },
    agreement: {
      title: 'Agree how to communicate',
      explain: 'Agree together how you will talk from now on: which channel, how quickly you reply, how you confirm what was decided.',
      question: 'What did you agree, or what will you propose?',
    },
    'repair-promises': {
      title: 'Repair promises',
      explain: 'Trust comes back through small promises kept, one after another. Make one or more small, concrete promises with dates.',
    },
    delivered: {
      title: 'Deliver the apology',
      explain: 'Apologise early, in person or by voice if you can. When you have, note when and how.',
      question: 'How did you apologise?',
    },
    checkins: {
      title: 'Share progress',
      explain: 'Pick dates to tell them how the repair is going. Showing progress unprompted is how they see it is real.',
    },
    feedback: {
      title: 'Their feedback',
      explain: 'Ask how it lands for them, listen without defending, and adjust.',
      question: 'What did they say, and what will you adjust?',
    },
    close: {
      title: 'Close',
      explain: 'When your repair promises are resolved, look back: what did this teach you?',
    },
    obstacle: {
      title: 'What got in the way',
      explain: 'No verdict on yourself, only what happened: the time, the energy, the plan, the moment.',
      question: 'What got in the way?',
    },
    'smaller-promise': {
      title: 'A promise you can keep',
      explain: 'Trust in yourself comes back the way it does with anyone: small promises, kept. Make the next one small enough that you will keep it.',
    },
    encouragement: {
      title: 'A kind word',
      explain: 'Write what you would tell a friend who had just missed the same promise.',
      question: 'What would you tell a friend in your place?',
    },
  },
  /** Before a self-repair's steps, instead of the mindset of an apology. */
  selfIntro: 'A promise to yourself counts too. This is not about blame: a few short steps, then keep the next one.',
  mindsetHeading: 'Keep in mind:',
  /** One reminder: its name (already coloured) and its line. */
  mindsetItem: '{name}: {line}',
  mindset: {
    sincerity: { name: 'Sincerity', line: 'mean every word; they will hear it if you do not.' },
    responsibility: { name: 'Responsibility', line: 'your part is yours, whatever anyone else did.' },
    humility: { name: 'Humility', line: 'listen more than you explain.' },
    patience: { name: 'Patience', line: 'trust comes back slower than it went.' },
    forward: { name: 'A forward look', line: 'this is also how you become more reliable.' },
  },
  trapLine: 'Trap: {trap}',
  traps: {
    'self-defence': 'Self-defence: explaining why it was not really your fault.',
    concealment: 'Concealment: leaving out the part that looks worst.',
    insincerity: 'Insincerity: saying the words without meaning them.',
    'quick fix': 'Quick fixes: wanting it settled this week.',
    'going quiet': 'Going quiet: letting the promised updates slip.',
  },
  /** The apology's questions: each part is asked as the end of a sentence already begun. */
  ask: {
    regret: 'Regret: "I am sorry that …" (what you did, plainly: "I missed the deadline we agreed")',
    explanation: 'What happened (not an excuse): "What happened was that …" (the cause, without shifting the blame)',
    responsibility: 'Responsibility: "That was my responsibility, and …" ("I should have told you as soon as I knew")',
    change: 'What will change: "From now on, I will …" (the concrete change you named)',
    changeNamed: 'What will change: "From now on, I will …" (Enter keeps the change you named under Prevention)',
    amends: 'Making it right: "To make up for it, I would like to …" (an offer they can accept or refuse)',
    forgiveness: 'Asking forgiveness (in your own words; Enter for "I hope you can forgive me.")',
  },
  /**
   * The draft's sentences: {text} is the user's answer, without its final full stop. Each sentence
   * begins with the words the question began (trust leaves them out when the answer already has them).
   */
  draft: {
    regret: 'I am sorry that {text}.',
    explanation: 'What happened was that {text}.',
    responsibility: 'That was my responsibility, and {text}.',
    change: 'From now on, I will {text}.',
    amends: 'To make up for it, I would like to {text}.',
    forgiveness: 'I hope you can forgive me.',
  },
} as const;
