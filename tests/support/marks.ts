import type { Mark } from "@/lib/view/marks";

/**
 * SYNTHETIC: a mark with every field set to something plain (a country-level mark in Iraq with no
 * claims), for tests to override what they are about.
 */
export const syntheticMark = (over: Partial<Mark> & Pick<Mark, "id" | "layer">): Mark => ({
  placeId: "country:IRQ",
  nameEn: "Synthetic",
  nameAr: "تجريبي",
  precision: "country",
  targets: [{ source: "countries", id: "IRQ" }],
  point: [44, 33],
  claims: 0,
  articles: [],
  articleCount: 0,
  value: 0,
  actor: null,
  fromActor: null,
  toActor: null,
  ...over,
});
