import type { PartialDate } from "../schema/article";
import { normalizeWithMap, originalRange } from "../text/normalize-ar";

/**
 * Dates in a passage, resolved against the publication date. "Last August" is the most
 * recent August strictly before the publication month (month precision, inferred); an
 * explicit year is taken as stated (not inferred). Patterns run on normalised text
 * (see normalizeText), so Arabic month names are written here in normalised form.
 */

const AR_MONTHS: [string, number][] = [
  ["كانون الثاني", 1], ["كانون الاول", 12], ["تشرين الثاني", 11], ["تشرين الاول", 10],
  ["يناير", 1], ["شباط", 2], ["فبراير", 2], ["اذار", 3], ["مارس", 3], ["نيسان", 4], ["ابريل", 4],
  ["افريل", 4], ["ايار", 5], ["مايو", 5], ["ماي", 5], ["حزيران", 6], ["يونيو", 6], ["يونيه", 6],
  ["تموز", 7], ["يوليو", 7], ["يوليه", 7], ["اب", 8], ["اغسطس", 8], ["اغشت", 8], ["ايلول", 9],
  ["سبتمبر", 9], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
];
const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

// Longest names first so "كانون الثاني" is tried before a shorter overlap.
const AR_MONTH_RE = AR_MONTHS.map(([n]) => n).sort((a, b) => b.length - a.length).join("|");
const EN_MONTH_RE = EN_MONTHS.join("|") + "|sept?|oct|nov|dec|jan|feb|aug";
const AR_MONTH = new Map(AR_MONTHS);

function enMonth(s: string): number {
  return EN_MONTHS.findIndex((m) => m.startsWith(s.slice(0, 3))) + 1;
}

// "في آب / أغسطس الماضي": two names for one month joined by a slash.
const MONTH_AR = `(?:^|[^\\p{L}])(?:[وف]?[بف]?ي? ?)(${AR_MONTH_RE})(?: ?/ ?(${AR_MONTH_RE}))?(?![\\p{L}])(?: (?:من )?(?:عام |سنه )?(\\d{4})| (الماضي|المنصرم|الفائت))?`;
const MONTH_EN = `\\b(last |this |in |since |during )?(${EN_MONTH_RE})\\.?(?: (?:of )?(\\d{4}))?\\b`;
const YEAR_AR = `(?:عام|سنه|العام)\\s+(\\d{4})`;
const YEAR_EN = `\\b(?:in|since|during|by|of|year)\\s+(\\d{4})\\b`;
const LAST_YEAR = `(?:العام الماضي|السنه الماضيه|العام المنصرم|last year|past year)`;

const RE_MONTH_AR = new RegExp(MONTH_AR, "gu");
const RE_MONTH_EN = new RegExp(MONTH_EN, "g");
const RE_YEARS = [new RegExp(YEAR_AR, "gu"), new RegExp(YEAR_EN, "g")];
const RE_LAST_YEAR = new RegExp(LAST_YEAR, "gu");
// Every date pattern needs a digit, a month name or "last/past/الماضي"-like word; most passages have none.
const MAYBE = new RegExp(`\\d|${AR_MONTH_RE}|${EN_MONTH_RE}|last|past|year|الماضي|المنصرم|الفايت|العام|السنه`, "u");

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
    const d = m[3] ? { value: `${m[3]}-${pad(mo)}`, precision: "month" as const, inferred: false } : last ? lastMonth(mo, pub) : bareMonth(mo, pub);
    add(m.index, m[0].length, m[0], d);
  }
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
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d) {
    const dt = new Date(`${s}T00:00:00Z`);
    if (Number.isNaN(dt.getTime()) || dt.toISOString().slice(0, 10) !== s) return null;
  }
  return { value: s, precision: d ? "day" : mo ? "month" : "year", inferred: false };
}
