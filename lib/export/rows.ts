import { datePrec, wherePrec } from "../grades/precision";
import { hasArabicName, type Place } from "../schema/gazetteer";
import { KIND_LABEL } from "../i18n/labels";
import type { ClaimRow } from "../view/dashboard-model";
import type { UiLang } from "../view/view-state";

/**
 * The claims of a view as flat rows with their provenance: one row per claim and place it
 * names, so a spreadsheet or GIS tool can join on place_id. A claim with no place among the
 * seven countries still gets one row, with empty place columns: it is in the view's data even
 * though the map draws it nowhere.
 */
export const COLUMNS = [
  "claim_id",
  "kind",
  "kind_label",
  "summary",
  "article",
  "article_title",
  "passage_id",
  "passage_url",
  "quote",
  "place_id",
  "place_name_en",
  "place_name_ar",
  "precision",
  "date",
  "date_precision",
  "date_inferred",
  "actors",
  "from_actor",
  "to_actor",
  "certainty",
  "attribution",
  // Issue 16: the event a claim reports, its distinct outlets, both Admiralty grades and UCDP
  // GED precision codes (README, "Grades and precision").
  "event_id",
  "sources",
  "source_reliability",
  "credibility",
  "where_prec",
  "date_prec",
] as const;

export type Column = (typeof COLUMNS)[number];
export type ExportRow = Record<Column, string>;

/** Where the reader shows a passage: its anchor on the article page. */
export const passageUrl = (origin: string, article: string, passageId: string) => `${origin}/articles/${encodeURIComponent(article)}#${encodeURIComponent(passageId)}`;

const KIND_OF = { point: "city", province: "province", region: "region", country: "country" } as const;
const code = (n: number | null) => (n === null ? "" : String(n));

/** `places` gives a region's countries (one country: where_prec 5; several: 7). */
export function exportRows(claims: readonly ClaimRow[], titles: ReadonlyMap<string, string>, origin: string, lang: UiLang, places?: ReadonlyMap<string, Place>): ExportRow[] {
  return claims.flatMap((c) => {
    const common = {
      claim_id: c.id,
      kind: c.kind,
      kind_label: KIND_LABEL[lang][c.kind],
      summary: c.summary,
      article: c.article,
      article_title: titles.get(c.article) ?? "",
      passage_id: c.passageId,
      passage_url: passageUrl(origin, c.article, c.passageId),
      quote: c.quote,
      date: c.date?.value ?? "",
      date_precision: c.date?.precision ?? "",
      date_inferred: c.date ? String(c.date.inferred) : "",
      actors: c.actors.join(","),
      from_actor: c.fromActor ?? "",
      to_actor: c.toActor ?? "",
      certainty: c.certainty,
      attribution: c.attribution ?? "",
      event_id: c.event ?? c.id.replace(/^c-/, "e-"),
      sources: String(c.sources ?? 1),
      source_reliability: c.reliability ?? "F",
      credibility: String(c.credibility ?? 6),
      date_prec: code(datePrec(c.date)),
    };
    const rows = c.places.length ? c.places : [null];
    return rows.map((p) => ({
      ...common,
      place_id: p?.id ?? "",
      place_name_en: p?.nameEn ?? "",
      place_name_ar: p && hasArabicName(p) ? p.nameAr : "",
      precision: p?.precision ?? "",
      where_prec: code(p ? wherePrec({ kind: KIND_OF[p.precision], countries: places?.get(p.id)?.countries ?? c.countries }) : null),
    }));
  });
}
