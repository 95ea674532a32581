import { messages } from "../i18n/messages";
import { KIND_LABEL, LAYER_LABEL } from "../i18n/labels";
import { LAYER_ORDER } from "../map/claim-layers";
import { asOfText } from "../time/as-of-label";
import { filtersOf, type ViewState } from "../view/view-state";

/**
 * What a view shows, in words: the heading of a static map and the title of its oEmbed. Names
 * are looked up, never taken from the URL, so a link cannot put its own words in the title.
 */
export type Named = { nameEn: string; nameAr: string };
export type Names = { actors: ReadonlyMap<string, Named>; countries: ReadonlyMap<string, Named> };

const nameIn = (lang: ViewState["lang"], n: Named | undefined, fallback: string) => (n ? (lang === "ar" ? n.nameAr : n.nameEn) : fallback);

/** "Allegiance Atlas — Territorial loss · Recruitment hotspots". */
export function mapHeading(view: Pick<ViewState, "layers" | "lang">): string {
  const t = messages(view.lang);
  const shown = LAYER_ORDER.filter((l) => view.layers.includes(l)).map((l) => LAYER_LABEL[view.lang][l]);
  return `${t.appName} — ${shown.length ? shown.join(" · ") : t.noLayers}`;
}

/** The filters in force, e.g. "Group: ISIS · Country: Iraq · From: 2017"; "" when there are none. */
export function filterSummary(view: ViewState, names: Names): string {
  const t = messages(view.lang);
  const list = (xs: readonly string[]) => xs.join(view.lang === "ar" ? "، " : ", ");
  const parts: string[] = [];
  if (view.actors.length) parts.push(`${t.actor}: ${list(view.actors.map((a) => nameIn(view.lang, names.actors.get(a), a)))}`);
  if (view.kinds.length) parts.push(`${t.kind}: ${list(view.kinds.map((k) => KIND_LABEL[view.lang][k]))}`);
  if (view.countries.length) parts.push(`${t.country}: ${list(view.countries.map((c) => nameIn(view.lang, names.countries.get(c), c)))}`);
  if (view.from) parts.push(`${t.from}: ${view.from}`);
  if (view.to) parts.push(`${t.to}: ${view.to}`);
  if (view.at) parts.push(asOfText(view.at, view.lang, filtersOf(view).windowMonths));
  return parts.join(" · ");
}

/** One line for places that show a single title (oEmbed, the PNG's file name is separate). */
export function viewTitle(view: ViewState, names: Names): string {
  const filters = filterSummary(view, names);
  return filters ? `${mapHeading(view)} (${filters})` : mapHeading(view);
}
