/** 日本語: same keys as src/i18n/en/, written for Japanese readers rather than word for word. */
import type { Translation } from '../translation.js';
import type english from '../en/index.js';
import cli from './cli.js';
import usage from './usage.js';
import { checklist, repair } from './repair-parts.js';

export default { cli, usage, checklist, repair } satisfies Translation<typeof english>;
