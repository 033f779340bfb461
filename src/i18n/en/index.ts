/**
 * English, trust's first language and the one every other catalogue matches key for key.
 * ICU MessageFormat: {name} for a value, {count, plural, one {# week} other {# weeks}} for a
 * count; a literal brace is written '{'. One file per part of trust.
 */
import cli from './cli.js';
import usage from './usage.js';
import { checklist, repair } from './repair-parts.js';

export default { cli, usage, checklist, repair } as const;
