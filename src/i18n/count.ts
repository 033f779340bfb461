/**
 * How a catalogue writes a number (`#` in a plural, `{total, number}`): whole numbers with their
 * thousands separated by commas, as English and Japanese both write them (8,105 / 8,105件).
 * The compiled catalogues call this instead of @messageformat/runtime's `number`, which builds an
 * Intl.NumberFormat: its first use loads ICU's number data, 30–40 ms in a process that otherwise
 * lives 40 (scripts/messages.mjs makes the swap; test/i18n/count.test.ts holds it to Intl).
 */
export function number(_language: string, value: number, offset: number): string {
  const n = value - offset;
  if (!Number.isInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
