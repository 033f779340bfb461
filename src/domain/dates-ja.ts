/**
 * Dates typed in Japanese ("来週の金曜 17時", "3日後", "11月20日(金)", "令和8年11月20日"), read by
 * rewriting them into the English forms of ./dates.ts, which then does the reading. So every
 * Japanese word means exactly what its English counterpart means ("金曜" is "fri", "来週" is "next
 * week"), with the same leanings and the same checks; the few words English lacks (明後日, 再来週,
 * 今週の金曜, 20日) become the ISO day they name. Pure: "today" is a parameter.
 */
import { addDays, isRealDate, monthEnd, weekEnd, weekStart } from './calendar.js';

type Lean = 'future' | 'past';

const WEEKDAY_KANJI = '日月火水木金土';
const EN_WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Words that name a day on their own: an English word, or a day computed from today. */
const WORDS: Record<string, string | ((today: string) => string)> = {
  今日: 'today', きょう: 'today', 本日: 'today', 今日中: 'today',
  明日: 'tomorrow', あした: 'tomorrow', あす: 'tomorrow', 明日中: 'tomorrow',
  明後日: (t) => addDays(t, 2), あさって: (t) => addDays(t, 2),
  昨日: 'yesterday', きのう: 'yesterday',
  一昨日: (t) => addDays(t, -2), おととい: (t) => addDays(t, -2),
  今夜: 'tonight', 今晩: 'tonight',
  今週: 'eow', 今週中: 'eow', 週末: 'eow', 今週末: 'eow',
  来週: 'next week', 来週末: 'next week', 先週: 'last week',
  // The end of the week after next, as 来週 is the end of next week.
  再来週: (t) => addDays(weekEnd(t), 14),
  月末: 'eom', 今月末: 'eom', 今月中: 'eom',
  来月: 'next month', 来月末: 'next month', 先月: 'last month',
};

const UNITS: Record<string, string> = { 日: 'days', 週: 'weeks', 週間: 'weeks', 年: 'years', 時間: 'hours', 分: 'minutes' };

/** Japanese eras: the year before the first, and the days each one covers. */
const ERAS: Record<string, { before: number; from: string; to: string }> = {
  令和: { before: 2018, from: '2019-05-01', to: '9999-12-31' },
  平成: { before: 1988, from: '1989-01-08', to: '2019-04-30' },
};

type Form = [RegExp, (m: RegExpExecArray, today: string, lean: Lean) => string | null];

// Built once. Tried in this order, each from the start of the text; what follows the day is its
// time. A weekday after a week word comes before the week word alone (来週の金曜 is not 来週 + junk),
// the words before the bare weekday (月末 is not Monday), and 3日後 before 3日.
const WEEKDAY = `([${WEEKDAY_KANJI}])(?:曜日?)?`;
const PAREN_WEEKDAY = `(?:\\s*\\(${WEEKDAY}\\))?`;
const WORD_LIST = Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|');
const FORMS: Form[] = [
  [new RegExp(`^(今週|来週|再来週|先週)\\s*の?\\s*${WEEKDAY}`), (m, today) => weekdayOf(m[1]!, WEEKDAY_KANJI.indexOf(m[2]!), today)],
  [new RegExp(`^(?:(令和|平成)\\s*(元|\\d{1,4})\\s*年|(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日${PAREN_WEEKDAY}`), (m) =>
    m[1] === undefined ? monthDay(m[3], m[4]!, m[5]!, m[6]) : eraDay(m[1], m[2]!, m[4]!, m[5]!, m[6]),
  ],
  [/^(\d{1,2})\s*月\s*末/, (m, today, lean) => endOfMonth(Number(m[1]), today, lean)],
  [new RegExp(`^(?:(\\d{4})[/-])?(\\d{1,2})/(\\d{1,2})${PAREN_WEEKDAY}`), (m) => monthDay(m[1], m[2]!, m[3]!, m[4])],
  [/^(\d{1,4})\s*(日|週間|週|[ヶヵかカケ箇]月|年|時間|分)\s*(後|前)/, (m) => {
    const unit = UNITS[m[2]!] ?? 'months'; // ヶ月, か月, カ月 … all spell months
    return m[3] === '後' ? `in ${m[1]} ${unit}` : `${m[1]} ${unit} ago`;
  }],
  [new RegExp(`^(?:${WORD_LIST})`), (m, today) => {
    const word = WORDS[m[0]]!;
    return typeof word === 'string' ? word : word(today);
  }],
  [new RegExp(`^${WEEKDAY}`), (m) => EN_WEEKDAYS[WEEKDAY_KANJI.indexOf(m[1]!)]!],
  [/^(\d{1,2})\s*日/, (m, today, lean) => dayOfMonth(Number(m[1]), today, lean)],
];

const TIME = /^(?:(午前|午後)\s*)?(\d{1,2})\s*(?:時\s*(?:(半)|(\d{1,2})\s*分)?|:(\d{2}))$|^正午$/;
const TIME_AT_END = /(?:(?:午前|午後)\s*)?\d{1,2}\s*(?:時\s*(?:半|\d{1,2}\s*分)?|:\d{2})$|正午$/;
const ASCII = /^[\x20-\x7e]*$/;

/** "来週の金曜" → "next fri"; "今週の金曜" is this week's Friday, even once it has gone by. */
function weekdayOf(week: string, target: number, today: string): string {
  if (week === '来週') return `next ${EN_WEEKDAYS[target]}`;
  if (week === '先週') return `last ${EN_WEEKDAYS[target]}`;
  return addDays(weekStart(today), (week === '今週' ? 0 : 14) + ((target + 6) % 7));
}

/**
 * "11月20日(金)" → "fri 20 nov": the English reader picks the year by the leaning and checks the
 * day and the weekday against it. A month outside 1–12 is refused here: English has no name for it.
 */
function monthDay(year: string | undefined, month: string, day: string, kanji: string | undefined): string | null {
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const named = kanji === undefined ? '' : `${EN_WEEKDAYS[WEEKDAY_KANJI.indexOf(kanji)]} `;
  return `${named}${Number(day)} ${EN_MONTHS[m - 1]}${year === undefined ? '' : ` ${year}`}`;
}

/** "令和8年11月20日" → "20 nov 2026"; 令和0年, or a day outside the era (平成32年), is no date. */
function eraDay(era: string, year: string, month: string, day: string, kanji: string | undefined): string | null {
  const n = year === '元' ? 1 : Number(year);
  const y = ERAS[era]!.before + n;
  const iso = `${y}-${pad(Number(month))}-${pad(Number(day))}`;
  if (n < 1 || y > 9999 || iso < ERAS[era]!.from || iso > ERAS[era]!.to) return null;
  return monthDay(String(y), month, day, kanji);
}

/** "11月末": the end of that month, this year's or the next one's (the last one's, for --at). */
function endOfMonth(month: number, today: string, lean: Lean): string | null {
  if (month < 1 || month > 12) return null;
  const year = Number(today.slice(0, 4));
  const end = (y: number) => monthEnd(`${y}-${pad(month)}-01`);
  if (lean === 'future') return end(year) >= today ? end(year) : end(year + 1);
  return end(year) <= today ? end(year) : end(year - 1);
}

/** "20日": the 20th of this month or the next one that has it (of the last one, for --at). */
function dayOfMonth(day: number, today: string, lean: Lean): string | null {
  let [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (let i = 0; i <= 12; i++) {
    const iso = `${y}-${pad(m)}-${pad(day)}`;
    if (isRealDate(y, m, day) && (lean === 'future' ? iso >= today : iso <= today)) return iso;
    m += lean === 'future' ? 1 : -1;
    if (m === 13) [y, m] = [y + 1, 1];
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return null;
}

/** "午後5時" → "17:00", "17時半" → "17:30"; "" for an hour that does not exist. */
function readTime(text: string, evening: boolean): string | null {
  const t = TIME.exec(text);
  if (!t) return null;
  if (t[2] === undefined) return '12:00'; // 正午
  let hours = Number(t[2]);
  const minutes = t[3] ? 30 : Number(t[4] ?? t[5] ?? 0);
  // 午後0時 is noon and 午前0時 midnight; 12 with either is read both ways in Japan, so it is refused.
  if (t[1] !== undefined && hours > 11) return '';
  if (evening && t[1] === undefined) {
    // 今夜9時 is nine in the evening; 今夜12時 and 今夜0時 are midnight, which ends the day: no time of it.
    if (hours === 0 || hours === 12) return '';
    if (hours < 12) hours += 12;
  }
  if (t[1] === '午後') hours += 12;
  if (hours > 23 || minutes > 59) return '';
  return `${pad(hours)}:${pad(minutes)}`;
}

/**
 * The text rewritten in the English forms, or null when it holds nothing this reader knows.
 * Full-width digits, colons, slashes, parentheses and spaces are made plain first (NFKC), on
 * the date's text alone.
 */
export function fromJapanese(input: string, today: string, lean: Lean): string | null {
  const text = input.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\s*までに?$/, '');
  for (const [re, read] of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const day = read(m, today, lean);
    if (day === null) return null;
    const tail = text.slice(m[0].length);
    if (tail.trim() === '') return day;
    const rest = tail.replace(/^\s*の?\s*/, '');
    if (rest === '') return null; // 来週の …what?
    const time = readTime(rest, day === 'tonight');
    // After a Japanese day, an English time is fine too ("明日 5pm"): the English reader judges it.
    if (time === null) return ASCII.test(rest) ? `${day} ${rest}` : null;
    return time === '' ? null : `${day} ${time}`;
  }
  // A time alone, or after a day in English ("tomorrow 17時"); or the text made plain ("１７：００").
  const end = TIME_AT_END.exec(text);
  if (end === null) return ASCII.test(text) && text !== input.toLowerCase().replace(/\s+/g, ' ').trim() ? text : null;
  const before = text.slice(0, end.index).trim();
  const time = readTime(end[0], false);
  if (!time || !ASCII.test(before)) return null;
  return before === '' ? time : `${before} ${time}`;
}
