import { formatList } from "../i18n/plural";
import type { ClaimRow } from "./dashboard-model";
import { formatShare } from "./figures";
import type { UiLang } from "./view-state";

/**
 * A claim's one-line summary in the interface language. The English one is the extractor's;
 * the Arabic one is built from the claim's fields (kind, groups, places, figure), never by
 * translating the English, so it says exactly what the fields say and nothing the text does not.
 */
type Fields = Pick<ClaimRow, "kind" | "summary" | "actors" | "fromActor" | "toActor" | "places" | "figure">;

export function claimSummary(c: Fields, lang: UiLang, actorName: (id: string) => string): string {
  if (lang === "en") return c.summary;
  const groups = formatList(c.actors.map(actorName), "ar");
  const where = c.places.length
    ? ` في ${formatList(
        c.places.map((p) => p.nameAr),
        "ar",
      )}`
    : "";
  const from = c.fromActor ? actorName(c.fromActor) : null;
  const to = c.toActor ? actorName(c.toActor) : null;
  switch (c.kind) {
    case "territorial-loss": {
      const share = c.figure ? ` (${formatShare(c.figure, "ar")} من الأراضي)` : "";
      return `خسارة أراضٍ: ${groups}${where}${share}`;
    }
    case "recruitment":
      return `تجنيد لصالح ${to ?? groups}${where}`;
    case "pledge":
      return from && to ? `مبايعة من ${from} لـ${to}${where}` : `مبايعة: ${groups}${where}`;
    case "defection":
      return from && to ? `انشقاق عن ${from} إلى ${to}${where}` : `انشقاق: ${groups}${where}`;
    case "attack":
      return `هجوم منسوب إلى ${groups}${where}`;
    case "presence":
      return `وجود ${groups}${where}`;
    case "threat":
      return `تهديد من ${groups}${where}`;
  }
}
