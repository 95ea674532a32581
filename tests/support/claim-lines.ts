import { ingestText } from "@/lib/articles/ingest";
import { loadMatchers } from "@/lib/articles/resources";

/**
 * A reader of claims for extraction tests published on `day`: one line per claim of a text,
 * "kind group+group @Place,Place" with English place names, so a test reads like the sentence
 * it checks.
 */
export function claimLinesAt(day: string) {
  const m = loadMatchers();
  const published = { value: day, precision: "day" as const, inferred: false };
  return (text: string, lang: "ar" | "en" = "en") => {
    const r = ingestText(text, { slug: "t", lang, published }, m);
    const name = (id: string) => r.places.find((p) => p.id === id)?.nameEn ?? id;
    return r.claims.map((c) => `${c.kind} ${c.actors.join("+")} @${c.places.map((p) => name(p.placeId)).join(",") || "-"}`);
  };
}
