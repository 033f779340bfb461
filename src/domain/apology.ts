/**
 * The apology, built from its parts. Each part is asked as the end of a sentence that is already
 * begun ("I am sorry that …"), so the draft reads as one voice and every part is there.
 */

export const APOLOGY_PARTS = ['regret', 'explanation', 'responsibility', 'change', 'amends', 'forgiveness'] as const;
export type ApologyPart = (typeof APOLOGY_PARTS)[number];
export type ApologyParts = Record<ApologyPart, string>;

export const APOLOGY_LEAD: Record<ApologyPart, { label: string; lead: string; hint: string }> = {
  regret: { label: 'Regret', lead: 'I am sorry that', hint: 'what you did, plainly: "I missed the deadline we agreed"' },
  explanation: { label: 'What happened (not an excuse)', lead: 'What happened was that', hint: 'the cause, without shifting the blame' },
  responsibility: { label: 'Responsibility', lead: 'That was my responsibility, and', hint: '"I should have told you as soon as I knew"' },
  change: { label: 'What will change', lead: 'From now on, I will', hint: 'the concrete change you named' },
  amends: { label: 'Making it right', lead: 'To make up for it, I would like to', hint: 'an offer they can accept or refuse' },
  forgiveness: { label: 'Asking forgiveness', lead: '', hint: 'in your own words; Enter for "I hope you can forgive me."' },
};

export const DEFAULT_FORGIVENESS = 'I hope you can forgive me.';

/** "I missed it." → "I missed it"; so the lead and the part join into one sentence. */
function tidy(part: string): string {
  return part.trim().replace(/[.!。]+$/u, '').trim();
}

/**
 * The lead and the part as one sentence. Someone may have typed the lead as well ("I am sorry
 * that I was late"), or its end ("I will …" after "From now on, I will", as a change named under
 * Prevention reads): the words are not said twice.
 */
function joined(lead: string, body: string): string {
  if (!lead || body.toLowerCase().startsWith(lead.toLowerCase())) return body;
  const words = lead.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const end = words.slice(-k).join(' ').toLowerCase();
    if (body.toLowerCase().startsWith(`${end} `)) return `${lead} ${body.slice(end.length + 1)}`;
  }
  return `${lead} ${body}`;
}

export function sentence(lead: string, part: string): string {
  const body = tidy(part);
  if (body === '') return '';
  const text = joined(lead, body);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function assembleApology(parts: Partial<ApologyParts>): string {
  const forgiveness = (parts.forgiveness ?? '').trim() || DEFAULT_FORGIVENESS;
  const sentences = APOLOGY_PARTS.filter((k) => k !== 'forgiveness').map((k) => sentence(APOLOGY_LEAD[k].lead, parts[k] ?? ''));
  const ask = /[.!?。？！]$/u.test(forgiveness) ? forgiveness : `${forgiveness}.`;
  return [...sentences.filter(Boolean), ask].join(' ');
}
