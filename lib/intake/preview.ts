import type { IngestResult } from "../articles/ingest";
import { resolveDates } from "../extract/dates";
import type { ClaimKind, Lang, PartialDate } from "../schema/article";

/**
 * What an editor checks before saving: every passage with the spans the pipeline read in it
 * (places, groups, dates) and the claims it proposes. Built from the same IngestResult the
 * save writes, never from a second pass of extraction; dates are the pipeline's own
 * resolveDates run on each passage against the publication date. Plain data: the page draws
 * it as text nodes.
 */

export type SpanKind = "place" | "actor" | "date";

export interface PreviewSpan {
  kind: SpanKind;
  start: number;
  end: number;
  /** Gazetteer place id or lexicon actor id; a date's ISO value. */
  id: string;
}

export interface PreviewPassage {
  id: string;
  paragraph: number;
  text: string;
  spans: PreviewSpan[];
}

export interface PreviewClaim {
  id: string;
  passageId: string;
  kind: ClaimKind;
  quote: string;
  span: { start: number; end: number };
  actors: string[];
  fromActor?: string;
  toActor?: string;
  places: { id: string; precision: string }[];
  countries: string[];
  date?: PartialDate;
  certainty: string;
  confidence: number;
  summary: string;
  /** A group or place carried over from an earlier passage, as the claim says. */
  actorFrom?: "context";
  placeFrom?: "context";
}

export interface Preview {
  article: { slug: string; title: string; lang: Lang; source?: string; url?: string; published?: PartialDate };
  passages: PreviewPassage[];
  claims: PreviewClaim[];
  /** Names for the ids above, in English and (where the gazetteer or lexicon has one) Arabic. */
  names: { places: Record<string, string>; actors: Record<string, string> };
  namesAr: { places: Record<string, string>; actors: Record<string, string> };
  /** Why some claims were left out, when the article gave more than the bounds allow. */
  boundMessage?: string;
}

/** Arabic names by id (the reader's lookup maps fit); absent ones fall back to English. */
export interface ArabicNames {
  places: ReadonlyMap<string, { nameAr: string }>;
  actors: ReadonlyMap<string, { nameAr: string }>;
}

export function buildPreview(r: IngestResult, boundMessage?: string, arabic?: ArabicNames): Preview {
  const spans = new Map<string, PreviewSpan[]>();
  const add = (passageId: string, s: PreviewSpan) => {
    const list = spans.get(passageId) ?? [];
    list.push(s);
    spans.set(passageId, list);
  };
  for (const p of r.places) for (const m of p.mentions) add(m.passageId, { kind: "place", start: m.start, end: m.end, id: p.id });
  for (const a of r.actors) for (const m of a.mentions) add(m.passageId, { kind: "actor", start: m.start, end: m.end, id: a.id });
  const { article } = r;
  for (const p of article.passages) {
    for (const d of resolveDates(p.text, article.published)) add(p.id, { kind: "date", start: d.start, end: d.end, id: d.date.value });
  }
  return {
    article: {
      slug: article.slug,
      title: article.title,
      lang: article.lang,
      ...(article.source ? { source: article.source } : {}),
      ...(article.url ? { url: article.url } : {}),
      ...(article.published ? { published: article.published } : {}),
    },
    passages: article.passages.map((p) => ({ id: p.id, paragraph: p.paragraph, text: p.text, spans: withoutOverlaps(spans.get(p.id) ?? []) })),
    claims: r.claims.map((c) => ({
      id: c.id,
      passageId: c.passageId,
      kind: c.kind,
      quote: c.quote,
      span: c.span,
      actors: c.actors,
      ...(c.fromActor ? { fromActor: c.fromActor } : {}),
      ...(c.toActor ? { toActor: c.toActor } : {}),
      places: c.places.map((p) => ({ id: p.placeId, precision: p.precision })),
      countries: c.countries,
      ...(c.date ? { date: c.date } : {}),
      certainty: c.certainty,
      confidence: c.confidence,
      summary: c.summary,
      ...(c.actorFrom ? { actorFrom: c.actorFrom } : {}),
      ...(c.placeFrom ? { placeFrom: c.placeFrom } : {}),
    })),
    names: {
      places: Object.fromEntries(r.places.map((p) => [p.id, p.nameEn])),
      actors: Object.fromEntries(r.actors.map((a) => [a.id, a.nameEn])),
    },
    namesAr: {
      places: Object.fromEntries(r.places.map((p) => [p.id, arabic?.places.get(p.id)?.nameAr ?? p.nameEn])),
      actors: Object.fromEntries(r.actors.map((a) => [a.id, arabic?.actors.get(a.id)?.nameAr ?? a.nameEn])),
    },
    ...(boundMessage ? { boundMessage } : {}),
  };
}

/** Spans in text order, a later one dropped where it overlaps an earlier (groups win over dates). */
export function withoutOverlaps(list: PreviewSpan[]): PreviewSpan[] {
  const rank: Record<SpanKind, number> = { actor: 0, place: 1, date: 2 };
  const byPriority = [...list].sort((a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start);
  const kept: PreviewSpan[] = [];
  for (const s of byPriority) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
