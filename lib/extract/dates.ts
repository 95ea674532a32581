import type { PartialDate } from "../schema/article";
import { normalizeText, normalizeWithMap, originalRange } from "../text/normalize-ar";

/**
 * Dates in a passage, resolved against the publication date. "Last August" is the most
 * recent August strictly before the publication month (month precision, inferred); an
 * explicit year is taken as stated (not inferred). Patterns run on normalised text
 * (see normalizeText), so Arabic month names are written here in normalised form.
 */

const AR_MONTHS: [string, number][] = [
  ["كانون الثاني", 1],
  ["كانون الاول", 12],
  ["تشرين الثاني", 11],
  ["تشرين الاول", 10],
  ["يناير", 1],
  ["شباط", 2],
  ["فبراير", 2],
  ["اذار", 3],
  ["مارس", 3],
  ["نيسان", 4],
  ["ابريل", 4],
  ["افريل", 4],
  ["ايار", 5],
  ["مايو", 5],
  ["ماي", 5],
  ["حزيران", 6],
  ["يونيو", 6],
  ["يونيه", 6],
  ["تموز", 7],
  ["يوليو", 7],
  ["يوليه", 7],
  ["اب", 8],
  ["اغسطس", 8],
  ["اغشت", 8],
  ["ايلول", 9],
  ["سبتمبر", 9],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
];
const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

// Longest names first so "كانون الثاني" is tried before a shorter overlap.
const AR_MONTH_RE = AR_MONTHS.map(([n]) => n)
  .sort((a, b) => b.length - a.length)
  .join("|");
const EN_MONTH_RE = EN_MONTHS.join("|") + "|sept?|oct|nov|dec|jan|feb|aug";
const AR_MONTH = new Map(AR_MONTHS);

function enMonth(s: string): number {
  return EN_MONTHS.findIndex((m) => m.startsWith(s.slice(0, 3))) + 1;
}

// "في آب / أغسطس الماضي": two names for one month joined by a slash.
const MONTH_AR = `(?:^|[^\\p{L}])(?:[وف]?[بف]?ي? ?)(${AR_MONTH_RE})(?: ?/ ?(${AR_MONTH_RE}))?(?![\\p{L}])(?: (?:من )?(?:عام |سنه )?(\\d{4})| (الماضي|المنصرم|الفائت))?`;
const MONTH_EN = `\\b(last |this |in |since |during |(?:in |since |by )?(?:mid-|early |late |the end of |the middle of ))?(${EN_MONTH_RE})\\.?(?: (?:of )?(\\d{4})| (?:of )?(last year))?\\b`;
const YEAR_AR = `(?:عام|سنه|العام)\\s+(\\d{4})`;
const YEAR_EN = `\\b(?:in|since|during|by|of|year)\\s+(\\d{4})\\b`;
const LAST_YEAR = `(?:العام الماضي|السنه الماضيه|العام المنصرم|last year|past year)`;
// A part of a stated year ("مطلع 2015", "أواخر عام 2014", "in early 2015", "mid-2016"): that year.
const YEAR_PART = `(?<![\\p{L}])(?:مطلع|اوايل|اواخر|منتصف|اواسط|نهايه|بدايه|مستهل|early|late|mid|the (?:start|end|beginning|middle) of)[- ]?(?:(?:عام|سنه|العام) )?(\\d{4})(?![\\p{N}])`;
// The year of publication, named without its number ("مطلع العام الجاري", "earlier this year").
const THIS_YEAR = `(?<![\\p{L}])(?:(?:[وف]?(?:منذ|خلال|في) )?(?:مطلع|اوايل|اواخر|منتصف|اواسط|بدايه|مستهل) (?:العام|السنه)(?: (?:الجاري|الحالي|الجاريه|الحاليه))?(?! (?:الماضي|الماضيه|المنصرم|\\d))|(?:العام|السنه) (?:الجاري|الحالي|الجاريه|الحاليه)|هذا العام|هذه السنه|(?:earlier |early |so far )?this year)(?![\\p{L}])`;
// Weeks: "last week" / "الأسبوع الماضي", "this week" / "هذا الأسبوع" (weeks start on Monday).
const RE_WEEK = /(?<![\p{L}\p{N}])(?:(الاسبوع الماضي|الاسبوع المنصرم|last week)|(هذا الاسبوع|الاسبوع الجاري|الاسبوع الحالي|(?:earlier )?this week))(?![\p{L}\p{N}])/gu;

const RE_MONTH_AR = new RegExp(MONTH_AR, "gu");
const RE_MONTH_EN = new RegExp(MONTH_EN, "g");
const RE_YEARS = [new RegExp(YEAR_AR, "gu"), new RegExp(YEAR_EN, "g")];
const RE_LAST_YEAR = new RegExp(LAST_YEAR, "gu");
const RE_YEAR_PART = new RegExp(YEAR_PART, "gu");
const RE_THIS_YEAR = new RegExp(THIS_YEAR, "gu");
// Every date pattern needs a digit, a month or day name or a relative word; most passages have none.
const MAYBE = new RegExp(
  `\\d|${AR_MONTH_RE}|${EN_MONTH_RE}|last|past|year|day|yesterday|month|week|الماضي|المنصرم|الفايت|العام|السنه|امس|الشهر|الاسبوع|الجاري|الحالي|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|اليوم|morning|afternoon|evening|tonight`,
  "u",
);

// Days: weekdays and relative days resolve against a publication day; dates with a day number
// resolve their year against the publication (the latest such day not after it).
const EN_DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const AR_DAYS = ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"];
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
// "الجمعة" is also Friday prayers: it needs a day word in front ("يوم الجمعة", "مساء الجمعة").
const AR_DAY_LEAD = "(?:(?:[وف]?(?:اليوم|يوم|امس|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|منذ|حتي)) )";
const RE_WEEKDAY_AR = new RegExp(`${B}(${AR_DAY_LEAD})?[وف]?(?:ب|ل)?(${AR_DAYS.join("|")})(?: (الماضي|الفايت|المنصرم))?${E}`, "gu");
const RE_WEEKDAY_EN = new RegExp(`\\b(last |on |this |late |early |since |by )?(${EN_DAYS.join("|")})( last week| of last week)?\\b`, "g");
const RE_RELATIVE = /(?<![\p{L}\p{N}])(?:[وف]?(?:مساء|صباح|ليله|ليل|فجر|ظهر|عصر) )?(?:[وف]?(امس الاول|اول امس|امس)|(the day before yesterday|yesterday))(?![\p{L}\p{N}])/gu;
// A time of the publication day: "فجر اليوم", "صباح اليوم" (not "اليوم الجمعة", a weekday, nor
// "اليوم التالي"), "this morning", "earlier today". A bare "اليوم" is also "the day" and is left.
const RE_TODAY =
  /(?<![\p{L}\p{N}])(?:[وف]?(?:فجر|صباح|مساء|ظهر|عصر|ليله|ليل|ظهيره|منتصف ليل) اليوم(?! (?:التالي|الاول|الثاني|الذي|نفسه|ذاته|السابق|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))|(?:earlier |late |early )?(?:today|this (?:morning|afternoon|evening))|tonight)(?![\p{L}\p{N}])/gu;
const RE_MONTH_REL = /(?<![\p{L}\p{N}])(?:(الشهر الماضي|الشهر المنصرم|last month)|(هذا الشهر|الشهر الجاري|this month|earlier this month))(?![\p{L}\p{N}])/gu;
const RE_NUMERIC = /(?<![\p{N}])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))(?![\p{N}])/gu;
const ORD_UNITS: [string, number][] = [
  ["الحادي", 1],
  ["الاول", 1],
  ["الثاني", 2],
  ["الثالث", 3],
  ["الرابع", 4],
  ["الخامس", 5],
  ["السادس", 6],
  ["السابع", 7],
  ["الثامن", 8],
  ["التاسع", 9],
  ["العاشر", 10],
];
const ORD_UNIT = new Map(ORD_UNITS);
const ORD_RE = `(${ORD_UNITS.map(([w]) => w).join("|")})?(?: ?(عشر)| ?و(العشرين|الثلاثين))?|(العشرين|الثلاثين)`;
const RE_DAY_ORD_AR = new RegExp(`${B}(?:[وف]?(?:في|يوم) )?(?:${ORD_RE}) من (?:شهر )?(${AR_MONTH_RE})(?: ?/ ?(${AR_MONTH_RE}))?${E}(?: (?:من )?(?:عام |سنه )?(\\d{4}))?`, "gu");
const RE_DAY_NUM_AR = new RegExp(`${B}(\\d{1,2}) (?:من )?(?:شهر )?(${AR_MONTH_RE})(?: ?/ ?(${AR_MONTH_RE}))?${E}(?: (?:من )?(?:عام |سنه )?(\\d{4}))?`, "gu");
const RE_DAY_EN = new RegExp(
  `\\b(?:(${EN_MONTH_RE})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?|(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${EN_MONTH_RE})\\.?(?:,? (\\d{4}))?)\\b`,
  "g",
);

export interface FoundDate {
  date: PartialDate;
  /** Offsets into the normalised text, to order dates. */
  index: number;
  text: string;
  /** Offsets into the original passage. */
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function lastMonth(month: number, pub: PartialDate | undefined): PartialDate | undefined {
  if (!pub || pub.precision === "year") return undefined;
  const py = Number(pub.value.slice(0, 4));
  const pm = Number(pub.value.slice(5, 7));
  const y = month < pm ? py : py - 1;
  return { value: `${y}-${pad(month)}`, precision: "month", inferred: true };
}

/** Month without a year and without "last": the latest such month not after publication. */
function bareMonth(month: number, pub: PartialDate | undefined): PartialDate | undefined {
  if (!pub || pub.precision === "year") return undefined;
  const py = Number(pub.value.slice(0, 4));
  const pm = Number(pub.value.slice(5, 7));
  return { value: `${month <= pm ? py : py - 1}-${pad(month)}`, precision: "month", inferred: true };
}

function pubDay(pub: PartialDate | undefined): Date | undefined {
  return pub?.precision === "day" ? new Date(`${pub.value}T00:00:00Z`) : undefined;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayDate = (d: Date): PartialDate => ({ value: iso(d), precision: "day", inferred: true });

function shiftDays(d: PartialDate, n: number): PartialDate {
  const x = new Date(`${d.value}T00:00:00Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return dayDate(x);
}

function daysBefore(pub: PartialDate | undefined, n: number): PartialDate | undefined {
  const d = pubDay(pub);
  if (!d) return undefined;
  d.setUTCDate(d.getUTCDate() - n);
  return dayDate(d);
}

/** "on Sunday" is the last Sunday on or before publication; "last Sunday" strictly before. */
function weekday(dow: number, pub: PartialDate | undefined, strict: boolean): PartialDate | undefined {
  const d = pubDay(pub);
  if (!d) return undefined;
  let back = (d.getUTCDay() - dow + 7) % 7;
  if (back === 0 && strict) back = 7;
  d.setUTCDate(d.getUTCDate() - back);
  return dayDate(d);
}

/**
 * A week (0 the publication's, -1 the one before, Monday to Sunday) as the month or year that
 * holds all of it: a week across two months is no month.
 */
function week(pub: PartialDate | undefined, offset: number): PartialDate | undefined {
  const d = pubDay(pub);
  if (!d) return undefined;
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 7 * offset);
  const last = offset < 0 ? new Date(Date.UTC(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate() + 6)) : d;
  const [a, b] = [iso(monday), iso(last)];
  if (a.slice(0, 7) === b.slice(0, 7)) return { value: a.slice(0, 7), precision: "month", inferred: true };
  return a.slice(0, 4) === b.slice(0, 4) ? { value: a.slice(0, 4), precision: "year", inferred: true } : undefined;
}

/** A day and month with or without a year: the latest such day not after publication. */
function dayOfMonth(day: number, month: number, year: string | undefined, pub: PartialDate | undefined): PartialDate | undefined {
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  let y: number;
  if (year) y = Number(year);
  else if (pub) {
    y = Number(pub.value.slice(0, 4));
    const stated = `${y}-${pad(month)}-${pad(day)}`;
    if (stated > (pub.precision === "day" ? pub.value : `${pub.value}-31`)) y -= 1;
  } else return undefined;
  const d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return undefined;
  return { value: iso(d), precision: "day", inferred: !year };
}

function ordinal(unit?: string, teen?: string, tensAfter?: string, tensAlone?: string): number | undefined {
  if (tensAlone) return tensAlone === "العشرين" ? 20 : 30;
  const u = unit ? ORD_UNIT.get(unit) : undefined;
  if (u === undefined) return undefined;
  if (teen) return 10 + (u === 10 ? 0 : u);
  if (tensAfter) return (tensAfter === "العشرين" ? 20 : 30) + u;
  return unit === "الحادي" ? undefined : u;
}

export function resolveDates(passage: string, pub?: PartialDate): FoundDate[] {
  const nm = normalizeWithMap(passage);
  const t = nm.text;
  const out: FoundDate[] = [];
  if (!MAYBE.test(t)) return out;
  const taken: [number, number][] = [];
  const add = (index: number, len: number, text: string, date: PartialDate | undefined) => {
    if (!date || taken.some(([a, b]) => index < b && a < index + len)) return;
    taken.push([index, index + len]);
    out.push({ date, index, text, ...originalRange(nm, index, index + len, passage.length) });
  };
  for (const m of t.matchAll(RE_NUMERIC)) {
    const d = m[1] ? dayOfMonth(Number(m[3]), Number(m[2]), m[1], pub) : dayOfMonth(Number(m[4]), Number(m[5]), m[6], pub);
    add(m.index, m[0].length, m[0], d && { ...d, inferred: false });
  }
  for (const m of t.matchAll(RE_DAY_ORD_AR)) {
    const day = ordinal(m[1], m[2], m[3], m[4]);
    if (day === undefined) continue;
    add(m.index, m[0].length, m[0], dayOfMonth(day, AR_MONTH.get(m[6] ?? m[5]!) ?? AR_MONTH.get(m[5]!)!, m[7], pub));
  }
  for (const m of t.matchAll(RE_DAY_NUM_AR)) {
    add(m.index, m[0].length, m[0], dayOfMonth(Number(m[1]), AR_MONTH.get(m[3] ?? m[2]!) ?? AR_MONTH.get(m[2]!)!, m[4], pub));
  }
  for (const m of t.matchAll(RE_DAY_EN)) {
    const d = m[1] ? dayOfMonth(Number(m[2]), enMonth(m[1]), m[3], pub) : dayOfMonth(Number(m[4]), enMonth(m[5]!), m[6], pub);
    // "may 13" is a date; "may 2" after a modal is rare enough, but "the 1 may" is not a thing.
    add(m.index, m[0].length, m[0], d);
  }
  for (const m of t.matchAll(RE_RELATIVE)) {
    const two = m[1] === "امس الاول" || m[1] === "اول امس" || m[2] === "the day before yesterday";
    add(m.index, m[0].length, m[0], daysBefore(pub, two ? 2 : 1));
  }
  for (const m of t.matchAll(RE_WEEKDAY_AR)) {
    const dow = AR_DAYS.indexOf(m[2]!);
    // "الاثنين من الأسبوع الماضي" is handled like "last Monday": strict, a week back at most.
    if (dow === 5 && !m[1] && !m[3]) continue;
    add(m.index, m[0].length, m[0], weekday(dow, pub, !!m[3]));
  }
  for (const m of t.matchAll(RE_WEEKDAY_EN)) {
    const d = weekday(EN_DAYS.indexOf(m[2]!), pub, m[1] === "last " || !!m[3]);
    // "on Monday last week": the Monday of the week before the publication's.
    add(m.index, m[0].length, m[0], d && m[3] ? shiftDays(d, (pubDay(pub)!.getUTCDay() - EN_DAYS.indexOf(m[2]!) + 7) % 7 === 0 ? 0 : -7) : d);
  }
  // Stated, not inferred: the text names the publication day itself, and the rules read an
  // inferred publication day as a date given only for want of one.
  for (const m of t.matchAll(RE_TODAY)) {
    const d = daysBefore(pub, 0);
    add(m.index, m[0].length, m[0], d && { ...d, inferred: false });
  }
  for (const m of t.matchAll(RE_WEEK)) add(m.index, m[0].length, m[0], week(pub, m[1] ? -1 : 0));
  for (const m of t.matchAll(RE_MONTH_REL)) {
    if (!pub || pub.precision === "year") continue;
    const py = Number(pub.value.slice(0, 4));
    const pm = Number(pub.value.slice(5, 7));
    const [y, mo] = m[1] ? (pm === 1 ? [py - 1, 12] : [py, pm - 1]) : [py, pm];
    add(m.index, m[0].length, m[0], { value: `${y}-${pad(mo)}`, precision: "month", inferred: true });
  }
  for (const m of t.matchAll(RE_MONTH_AR)) {
    const mo = AR_MONTH.get(m[2] ?? m[1]!) ?? AR_MONTH.get(m[1]!)!;
    const d = m[3] ? { value: `${m[3]}-${pad(mo)}`, precision: "month" as const, inferred: false } : m[4] ? lastMonth(mo, pub) : bareMonth(mo, pub);
    // "اب" (August) is also "father"; without a year, "last" or a slash pair it is too risky.
    if (m[1] === "اب" && !m[2] && !m[3] && !m[4]) continue;
    add(m.index, m[0].length, m[0], d);
  }
  for (const m of t.matchAll(RE_MONTH_EN)) {
    const mo = enMonth(m[2]!);
    // "may" is a verb more often than a month unless a year or "last"/"in" goes with it.
    if (m[2] === "may" && !m[3] && !m[1]) continue;
    const last = m[1] === "last ";
    // "in April last year": that month of the year before publication.
    const lastYear = m[4] && pub ? { value: `${Number(pub.value.slice(0, 4)) - 1}-${pad(mo)}`, precision: "month" as const, inferred: true } : undefined;
    const d = m[3] ? { value: `${m[3]}-${pad(mo)}`, precision: "month" as const, inferred: false } : (lastYear ?? (last ? lastMonth(mo, pub) : bareMonth(mo, pub)));
    add(m.index, m[0].length, m[0], d);
  }
  for (const m of t.matchAll(RE_YEAR_PART)) add(m.index, m[0].length, m[0], { value: m[1]!, precision: "year", inferred: false });
  for (const m of t.matchAll(RE_THIS_YEAR)) if (pub) add(m.index, m[0].length, m[0], { value: pub.value.slice(0, 4), precision: "year", inferred: true });
  for (const re of RE_YEARS) {
    for (const m of t.matchAll(re)) add(m.index, m[0].length, m[0], { value: m[1]!, precision: "year", inferred: false });
  }
  for (const m of t.matchAll(RE_LAST_YEAR)) {
    if (pub) add(m.index, m[0].length, m[0], { value: String(Number(pub.value.slice(0, 4)) - 1), precision: "year", inferred: true });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Parses the CLI's --published value. */
export function parsePublished(s: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  const [, , mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d) {
    const dt = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(dt.getTime()) || dt.toISOString().slice(0, 10) !== s) return null;
  }
  return { value: s, precision: d ? "day" : mo ? "month" : "year", inferred: false };
}

/** "two weeks after", "بعد أسبوعين من": the event named next happened that long before the passage's other event. */
export interface DateOffset {
  start: number;
  end: number;
  /** Signed: negative for "after" (what follows came earlier), positive for "before". */
  amount: number;
  unit: "day" | "month";
}

const EN_COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const AR_COUNT: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10 };
const AR_UNIT: Record<string, [number, "day" | "month"]> = {
  يوم: [1, "day"],
  يومين: [2, "day"],
  ايام: [1, "day"],
  اسبوع: [7, "day"],
  اسبوعين: [14, "day"],
  اسابيع: [7, "day"],
  شهر: [1, "month"],
  شهرين: [2, "month"],
  اشهر: [1, "month"],
  شهور: [1, "month"],
  ساعات: [0, "day"],
  ساعه: [0, "day"],
  ساعتين: [0, "day"],
};
const RE_OFFSET_EN = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (hours?|days?|weeks?|months?) (after|before)\b/g;
const RE_OFFSET_AR = new RegExp(
  `${B}[وف]?(بعد|قبل) (?:(\\d{1,2}|${Object.keys(AR_COUNT).join("|")}) )?(${Object.keys(AR_UNIT).join("|")})(?: (?:فقط|تقريبا|علي الاقل))? (?:من|علي)${E}`,
  "gu",
);

export function findOffsets(passage: string): DateOffset[] {
  const nm = normalizeWithMap(passage);
  const out: DateOffset[] = [];
  for (const m of nm.text.matchAll(RE_OFFSET_EN)) {
    const n = EN_COUNT[m[1]!] ?? Number(m[1]);
    const unit = m[2]!.startsWith("month") ? "month" : "day";
    const amount = m[2]!.startsWith("hour") ? 0 : m[2]!.startsWith("week") ? 7 * n : n;
    out.push({ ...originalRange(nm, m.index, m.index + m[0].length, passage.length), amount: m[3] === "after" ? -amount : amount, unit });
  }
  for (const m of nm.text.matchAll(RE_OFFSET_AR)) {
    const [per, unit] = AR_UNIT[m[3]!]!;
    const n = m[2] ? (AR_COUNT[m[2]] ?? Number(m[2])) : 1;
    out.push({ ...originalRange(nm, m.index, m.index + m[0].length, passage.length), amount: (m[1] === "بعد" ? -1 : 1) * per * n, unit });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A date moved by an offset, at the precision both support (days need a day; months a month). */
export function shiftDate(d: PartialDate, o: DateOffset): PartialDate | undefined {
  if (o.amount === 0) return { ...d, inferred: true };
  if (o.unit === "day") return d.precision === "day" ? shiftDays(d, o.amount) : undefined;
  if (d.precision === "year") return undefined;
  const y = Number(d.value.slice(0, 4));
  const mo = Number(d.value.slice(5, 7)) - 1 + o.amount;
  const at = new Date(Date.UTC(y, mo, 1));
  return { value: iso(at).slice(0, 7), precision: "month", inferred: true };
}

// A date that a verb of saying governs ("claimed responsibility on Thursday", "said on Sunday",
// "في بيان نشر أمس السبت") dates the statement, not necessarily the event it is about. "Announced"
// is not one of them: "أعلنت في 10/7/2017 تحرير الموصل" dates the liberation as announced.
const REPORT_EN = /\b(?:said|says|claimed|claimed responsibility|told|reported|confirmed|admitted|denied|published|issued|released|statement)(?:\s+[\w'’-]+){0,2}\s*$/i;
const REPORT_AR = /(?<![\p{L}])[وف]?(?:قال|قالت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|تبني|تبنت|صرح|صرحت|نشر|نشرت|بث|بثت|اصدر|اصدرت|بيان)\S{0,2}(?:\s+\S+){0,2}\s*$/u;

export function isReportingDate(passage: string, d: { start: number }): boolean {
  const before = passage.slice(Math.max(0, d.start - 50), d.start);
  return REPORT_EN.test(before) || REPORT_AR.test(normalizeText(before));
}
