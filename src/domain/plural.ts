/**
 * "1 week", "3 weeks": a count in words. Pure, so that the domain's own sentences (the review's
 * questions) and the screens share it. (When the message catalogues land, plurals move there.)
 */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
