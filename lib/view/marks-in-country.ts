import type { Mark } from "./marks";

/**
 * A country page's marks: only what lies in the country, and of a mark that spans several
 * countries (a region, a joint figure) only the country's own features, so the page's map frames
 * and shades the country alone instead of Syria with Iraq beside it. `iso2` names its provinces
 * (ISO 3166-2 codes start with it).
 */
export function marksInCountry(marks: readonly Mark[], iso3: string, iso2: string): Mark[] {
  const prefix = `${iso2}-`;
  return marks
    .filter((m) => m.countries?.includes(iso3))
    .map((m) => ({ ...m, targets: m.targets.filter((t) => (t.source === "countries" ? t.id === iso3 : t.id.startsWith(prefix))) }))
    .filter((m) => m.targets.length > 0 || m.precision === "point");
}
