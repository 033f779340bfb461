/**
 * English, trust's first language and the one every other catalogue matches key for key.
 * ICU MessageFormat: {name} for a value, {count, plural, one {# week} other {# weeks}} for a
 * count; a literal brace is written '{'. One file per part of trust.
 */
import cli from './cli.js';
import review from './review.js';
import stats from './stats.js';
import usage from './usage.js';
import help from './help.js';
import dates from './dates.js';
import words from './words.js';
import promise from './promise.js';
import { checklist, repair } from './repair-parts.js';
import journal from './journal.js';
import doctor from './doctor.js';
import backup from './backup.js';
import dateInput from './date-input.js';
import transfer from './transfer.js';
import exportCheck from './export-check.js';
import log from './log.js';
import people from './people.js';
import views from './views.js';
import dashboard from './dashboard.js';
import remind from './remind.js';
import apology from './apology.js';
import calibration from './calibration.js';

export default { cli, usage, help, dates, words, promise, review, stats, checklist, repair, journal, doctor, backup, dateInput, transfer, exportCheck, log, people, views, dashboard, calibration, remind, apology } as const;
