import type { UiLang } from "../view/view-state";

/**
 * Arabic counted nouns agree with the number: 1 ادعاء، 2 ادعاءان، 3-10 ادعاءات، 11-99 ادعاءً،
 * 100 ادعاء. Intl.PluralRules("ar") names those classes (one, two, few, many, other; zero for 0),
 * so the rule is the standard library's and only the word forms are ours.
 */
export type ArabicForms = { one: string; two: string; few: string; many: string; other: string };

const arRules = new Intl.PluralRules("ar");

export function arabicNoun(n: number, forms: ArabicForms): string {
  const cls = arRules.select(n);
  return cls === "zero" ? forms.other : forms[cls as keyof ArabicForms];
}

// Latin digits, as the Arabic press and this app's dates use; named so no ICU default decides.
const arNumber = new Intl.NumberFormat("ar-u-nu-latn");

/** "21 ادعاءً": the number, then the noun in the form the number governs. */
export function arabicCount(n: number, forms: ArabicForms): string {
  return `${arNumber.format(n)} ${arabicNoun(n, forms)}`;
}

export const AR_CLAIM: ArabicForms = { one: "ادعاء", two: "ادعاءان", few: "ادعاءات", many: "ادعاءً", other: "ادعاء" };
export const AR_ARTICLE: ArabicForms = { one: "مقالة", two: "مقالتان", few: "مقالات", many: "مقالةً", other: "مقالة" };
export const AR_PASSAGE: ArabicForms = { one: "مقطع", two: "مقطعان", few: "مقاطع", many: "مقطعًا", other: "مقطع" };
export const AR_GROUP: ArabicForms = { one: "جماعة", two: "جماعتان", few: "جماعات", many: "جماعةً", other: "جماعة" };

/** A list of names in the interface language: the Arabic comma "،" between items in Arabic. */
export function formatList(items: readonly string[], lang: UiLang): string {
  return items.join(lang === "ar" ? "، " : ", ");
}
