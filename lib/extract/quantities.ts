import type { z } from "zod";
import type { Quantity as QuantitySchema } from "../schema/article";
import { normalizeWithMap } from "../text/normalize-ar";

export type Quantity = z.infer<typeof QuantitySchema>;

/** Number words in normalised Arabic (masculine and feminine) and English. */
const NUM_AR: Record<string, number> = {
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثماني: 8,
  ثمانيه: 8,
  ثمان: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  عشرين: 20,
  عشرون: 20,
  ثلاثين: 30,
  اربعين: 40,
  خمسين: 50,
  مئه: 100,
  مايه: 100,
  ميه: 100,
  الف: 1000,
};
const NUM_EN: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
// Nouns that make a count a count of people (normalised; stems allow plural/dual endings).
const PEOPLE =
  /^(?:جنود|جندي|جنديا|جنديين|مقاتل|مقاتلين|مقاتلا|مقاتلون|عناصر|عنصر|اشخاص|شخص|قتلي|قتيل|مدنيين|مدنيا|اعضاء|عضو|رجال|رجلا|رهاين|soldiers?|fighters?|people|persons?|members?|civilians?|militants?|troops|men|women|children|hostages|dead|killed)$/;
const VAGUE: [RegExp, string][] = [
  [/(?:^|\s)(?:[وب]?ال)?(?:عشرات|مئات|الاف|الالاف|العديد)(?=\s|$)/, "vague"],
  [/\b(?:dozens|hundreds|thousands|scores|several|many)\b/, "vague"],
];
const QUAL: [RegExp, NonNullable<Quantity["qualifier"]>][] = [
  [/(?:اكثر من|ما يزيد عن|ما يزيد على|اكثر من نحو|more than|over|at least|upwards of)\s*$/, "more-than"],
  [/(?:اقل من|less than|fewer than|under|up to)\s*$/, "less-than"],
  [/(?:نحو|حوالي|قرابه|ما يقرب من|زهاء|about|around|nearly|almost|some|approximately|roughly)\s*$/, "about"],
];

// Normalised Arabic writes "المئة" as "الميه" (ئ folds to ي); older spellings keep "مائة".
const PERCENT = new RegExp(
  `(?:(\\d+(?:[.,٫]\\d+)?)|(?<![\\p{L}\\p{N}])(${[...Object.keys(NUM_AR), ...Object.keys(NUM_EN)].sort((x, y) => y.length - x.length).join("|")}))\\s*(?:[%٪]|في الميه|في المايه|في المئه|بالميه|بالمايه|بالمئه|percent|per cent)(?![\\p{L}])`,
  "gu",
);
const SHARE_WORDS: Record<string, number> = {
  all: 100,
  كامل: 100,
  كل: 100,
  جميع: 100,
  half: 50,
  نصف: 50,
  third: 33,
  ثلث: 33,
  "two-thirds": 67,
  "two thirds": 67,
  ثلثي: 67,
  quarter: 25,
  ربع: 25,
  "three-quarters": 75,
  "three quarters": 75,
};
const SHARE =
  /(?<![\p{L}\p{N}])(?:((?:a |one )?(?:all|half|third|two-thirds|two thirds|quarter|three-quarters|three quarters))(?: of)? (?:its|their|the|his) (?:\S+ )?(?:territory|territories|land|lands|ground|areas)|[وف]?(?:ب|ل)?(كامل|كل|جميع|نصف|ثلث|ثلثي|ربع) (?:ال)?(?:اراضي|مناطق|مساح)\S*)(?![\p{L}])/gu;

const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\d+|${[...Object.keys(NUM_AR), ...Object.keys(NUM_EN)].sort((x, y) => y.length - x.length).join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

function qualifierBefore(t: string, at: number): Quantity["qualifier"] {
  const before = t.slice(Math.max(0, at - 24), at);
  for (const [re, q] of QUAL) if (re.test(before)) return q;
  return "exactly";
}

/** Quantities in a passage, in text order; each quotes the normalised words it came from. */
export function findQuantities(passage: string): (Quantity & { index: number })[] {
  const nm = normalizeWithMap(passage);
  const t = nm.text;
  const out: (Quantity & { index: number })[] = [];
  const percents: [number, number][] = [];
  for (const m of t.matchAll(PERCENT)) {
    const n = m[1] ? Number(m[1].replace(/[,٫]/, ".")) : (NUM_AR[m[2]!] ?? NUM_EN[m[2]!]);
    if (n === undefined) continue;
    percents.push([m.index, m.index + m[0].length]);
    out.push({ text: m[0], value: n, unit: "percent", qualifier: qualifierBefore(t, m.index), index: m.index });
  }
  // "all of its territory", "كامل أراضيه", "two-thirds of its land": shares of ground in words.
  for (const m of t.matchAll(SHARE)) {
    const word = m[1] ?? m[2]!;
    out.push({ text: m[0], value: SHARE_WORDS[word.replace(/^(?:a|one) /, "")] ?? 100, unit: "percent", qualifier: qualifierBefore(t, m.index), index: m.index });
  }
  // Only digits and number words can start a count: a pattern for them skips every other word
  // (a match object per word of the passage was this extractor's whole cost).
  for (const m of t.matchAll(NUMBER_WORD)) {
    const w = m[0];
    const at = m.index;
    // The number of a percentage is not also a count.
    if (percents.some(([a, b]) => at >= a && at < b)) continue;
    const n = /^\d+$/.test(w) ? Number(w) : (NUM_AR[w] ?? NUM_EN[w]);
    if (n === undefined || /^\d{4}$/.test(w)) continue;
    const rest = t.slice(at + w.length, at + w.length + 40);
    if (/^\s*(?:%|٪)/.test(rest)) continue;
    const next = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(rest)?.[1] ?? "";
    const isPeople = PEOPLE.test(next);
    // A bare number word is too often something else ("ست" also means "lady"); keep counted nouns only.
    if (!isPeople && !/^\d+$/.test(w)) continue;
    out.push({ text: `${w} ${next}`.trim(), value: n, unit: isPeople ? "people" : "count", qualifier: qualifierBefore(t, at), index: at });
  }
  for (const [re] of VAGUE) {
    const m = re.exec(t);
    if (m) out.push({ text: m[0].trim(), unit: "people", qualifier: "vague", index: m.index });
  }
  // Index back into the original passage so claims can order evidence by position.
  return out.map((q) => ({ ...q, index: nm.map[q.index] ?? 0 })).sort((a, b) => a.index - b.index);
}
