import { placeIdOf, RegionCode } from "../compare/region-code";
import type { Place } from "../schema/gazetteer";
import { fromParams } from "../view/url-codec";
import { CountryIso3, type ViewState } from "../view/view-state";

/**
 * Which view a map URL of the app shows, for oEmbed: the dashboard (/) and its embed (/embed)
 * are their query; a country page is the dashboard filtered to that country; a comparison is
 * the dashboard filtered to the countries of its regions. Parameters are read as a page reads
 * them (the valid part of a link still opens). Anything else is not a map: null.
 */
export function viewOfMapUrl(url: URL, places: ReadonlyMap<string, Place>): ViewState | null {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  const { view } = fromParams(url.searchParams);
  if (path === "/" || path === "/embed") return view;
  const country = /^\/countries\/([A-Za-z]{3})$/.exec(path);
  if (country) {
    const iso = CountryIso3.safeParse(country[1]!.toUpperCase());
    return iso.success ? { ...view, countries: [iso.data] } : null;
  }
  if (path === "/compare") {
    const codes = (url.searchParams.get("regions") ?? "").split(",").filter((c) => RegionCode.safeParse(c).success);
    const countries = new Set(codes.flatMap((c) => places.get(placeIdOf(c))?.countries ?? []));
    return { ...view, countries: [...countries].sort() };
  }
  return null;
}
