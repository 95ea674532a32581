import { createHash } from "node:crypto";
import { Article, Claim, type Lang, type PartialDate } from "../schema/article";
import type { Precision } from "../schema/gazetteer";
import { precisionOfKind } from "../schema/gazetteer";
import { matchActors, type ActorMatcher } from "../extract/actors";
import { createDiscourse } from "../extract/discourse";
import { disambiguate, type ResolvedPlace } from "../extract/disambiguate";
import { matchPlaces, type PlaceMatcher } from "../extract/place-matcher";
import { hintFrom } from "../extract/town-context";
import { detectLang } from "../text/lang";
import { splitPassages } from "../text/passages";
import { tokenize } from "../text/tokens";

/** Pure pipeline: text + options + matchers -> article, claims and every mention found. */

export interface IngestOptions {
  slug: string;
  title?: string;
  source?: string;
  url?: string;
  published?: PartialDate;
  lang?: Lang;
  /** Called after each passage; the CLI turns it into progress lines. */
  onProgress?: (done: number, total: number) => void;
}

export interface Matchers {
  places: PlaceMatcher;
  actors: ActorMatcher;
}

export interface MentionSummary {
  passageId: string;
  start: number;
  end: number;
  text: string;
}

export interface IngestResult {
  article: Article;
  claims: Claim[];
  /** A town's `province` (ISO 3166-2) is given when the gazetteer knows it (the dry-run contract). */
  places: { id: string; nameEn: string; precision: Precision; province?: string; mentions: MentionSummary[] }[];
  actors: { id: string; nameEn: string; mentions: MentionSummary[] }[];
}

const TITLE_MAX = 200;

export function ingestText(text: string, opts: IngestOptions, m: Matchers): IngestResult {
  const passages = splitPassages(text);
  const lang = opts.lang ?? detectLang(text);
  // A short first paragraph of one sentence is the headline.
  const first = passages[0];
  const headline = first && first.text.length <= TITLE_MAX && passages[1]?.paragraph !== 0 ? first.text : undefined;
  const title = opts.title ?? headline ?? opts.slug;
  const discourse = createDiscourse({ slug: opts.slug, published: opts.published, actors: m.actors });
  const cache = new Map();
  const claims: Claim[] = [];
  const placeOut = new Map<string, IngestResult["places"][number]>();
  const actorOut = new Map<string, IngestResult["actors"][number]>();
  // Places resolved in earlier passages (headline first) tell a town shared by two countries
  // apart; kept as the running sets of their countries and provinces, not re-derived per passage.
  // One sense per discourse: a town named once as a place ("مدينة تدمر", "the town of Hit") is
  // that town when the article names it again without a place word.
  const seen = new Set<string>();
  const hint = { ...hintFrom([]), seen };
  passages.forEach((p, i) => {
    const tokens = tokenize(p.text, cache);
    const actors = matchActors(m.actors, tokens);
    // A place named inside a group's name ("... in the Arabian Peninsula") is not a location.
    const places = matchPlaces(m.places, tokens, hint)
      .filter((pm) => !actors.some((a) => pm.start < a.end && a.start < pm.end))
      .map((pm) => disambiguate(tokens, pm))
      .filter((x): x is ResolvedPlace => x !== null);
    for (const r of places) {
      if (r.via === "name") seen.add(r.place.id);
      const h = hintFrom([r.place]);
      for (const c of h.countries) hint.countries.add(c);
      for (const c of h.provinces) hint.provinces.add(c);
      const e = placeOut.get(r.place.id) ?? {
        id: r.place.id,
        nameEn: r.place.nameEn,
        precision: precisionOfKind(r.place.kind),
        ...(r.place.kind === "city" && r.place.province ? { province: r.place.province } : {}),
        mentions: [],
      };
      e.mentions.push({ passageId: p.id, start: r.start, end: r.end, text: p.text.slice(r.start, r.end) });
      placeOut.set(r.place.id, e);
    }
    for (const a of actors) {
      const e = actorOut.get(a.actor.id) ?? { id: a.actor.id, nameEn: a.actor.nameEn, mentions: [] };
      e.mentions.push({ passageId: p.id, start: a.start, end: a.end, text: p.text.slice(a.start, a.end) });
      actorOut.set(a.actor.id, e);
    }
    claims.push(...discourse.read({ passage: p, tokens, places, actors }));
    opts.onProgress?.(i + 1, passages.length);
  });
  const dropped = discourse.finish();
  const article = Article.parse({
    slug: opts.slug,
    title,
    lang,
    ...(opts.source ? { source: opts.source } : {}),
    ...(opts.url ? { url: opts.url } : {}),
    ...(opts.published ? { published: opts.published } : {}),
    text,
    passages,
    sha256: createHash("sha256").update(text).digest("hex"),
  });
  return {
    article,
    claims: claims.filter((c) => !dropped.has(c)).map((c) => Claim.parse(c)),
    places: [...placeOut.values()],
    actors: [...actorOut.values()],
  };
}
