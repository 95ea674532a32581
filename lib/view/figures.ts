import type { Claim } from "../schema/article";
import type { UiLang } from "./view-state";

/**
 * A figure as the article states it: the number, its qualifier ("more than"), and the words it
 * was written in, so the interface can say it in its own language and quote the original beside
 * it. "More than 60%" is never rounded into "60%".
 */
type Qualifier = NonNullable<NonNullable<Claim["quantity"]>["qualifier"]>;
export type StatedFigure = { value: number; qualifier: Qualifier | null; text: string };

/** The share of territory a claim states, if it states one. */
export function statedShare(c: Pick<Claim, "quantity">): StatedFigure | null {
  const q = c.quantity;
  if (q?.unit !== "percent" || typeof q.value !== "number") return null;
  return { value: q.value, qualifier: q.qualifier ?? null, text: q.text };
}

/**
 * The joint-figure rule: a share stated about several places together ("more than 60% of the
 * territory it held between Syria and Iraq") belongs to the group, not to each place. The
 * places are returned in the claim's order; null when the figure is about one place (or none).
 */
export function jointPlaces(c: Pick<Claim, "quantity" | "places">): string[] | null {
  if (!statedShare(c)) return null;
  const ids = [...new Set(c.places.map((p) => p.placeId))];
  return ids.length > 1 ? ids : null;
}

/** The id a joint figure's mark takes: one per group of places, whatever their order. */
export function jointId(placeIds: readonly string[]): string {
  // "_" joins: a mark id travels in the URL as the selection, whose pattern has no "+".
  return `joint:${[...placeIds].sort().join("_")}`;
}

const QUALIFIER: Record<UiLang, Record<Qualifier, string>> = {
  en: { "more-than": "more than ", "less-than": "less than ", about: "about ", exactly: "", vague: "" },
  ar: { "more-than": "أكثر من ", "less-than": "أقل من ", about: "نحو ", exactly: "", vague: "" },
};

/** "more than 60%" / "أكثر من 60٪": the figure in the interface language, qualifier kept. */
export function formatShare(f: Pick<StatedFigure, "value" | "qualifier">, lang: UiLang): string {
  const q = f.qualifier ? QUALIFIER[lang][f.qualifier] : "";
  return lang === "ar" ? `${q}${f.value}٪` : `${q}${f.value}%`;
}

/** The stronger of two stated shares for one place: the larger number, "more than" over "exactly". */
export function largerShare(a: StatedFigure | null, b: StatedFigure | null): StatedFigure | null {
  if (!a || !b) return a ?? b;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return a.qualifier === "more-than" ? a : b;
}
