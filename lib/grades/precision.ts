import type { PartialDate } from "../schema/article";

/**
 * Place and date precision as UCDP GED's codes, so our rows can sit beside theirs.
 * where_prec: 1 the exact town; 4 a province (first-order division); 5 a part of one country
 * larger than a province; 6 the whole country; 7 an area across borders (UCDP: international
 * waters or an area not tied to one country). 2 and 3 (within 25 km, a district) never arise:
 * the gazetteer knows no districts and a town is its own point.
 * date_prec: 1 the day; 3 the month; 4 the year (2, a day within a week, and 5, a span longer
 * than a year, never arise: a date is stated as a day, a month or a year).
 */
export type WherePlace = { kind: "country" | "region" | "province" | "city"; countries: readonly string[] };

export function wherePrec(place: WherePlace | null): number | null {
  if (!place) return null;
  switch (place.kind) {
    case "city":
      return 1;
    case "province":
      return 4;
    case "region":
      return place.countries.length > 1 ? 7 : 5;
    case "country":
      return 6;
  }
}

export function datePrec(date: Pick<PartialDate, "precision"> | null | undefined): number | null {
  if (!date) return null;
  return { day: 1, month: 3, year: 4 }[date.precision];
}
