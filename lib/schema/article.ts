import { z } from "zod";
import { isHttpUrl } from "../web/safe-href";
import { CountryIso3, Precision } from "./gazetteer";

/**
 * Articles, their passages and the claims drawn from them. Stored under geodata/articles/
 * by `npm run ingest`; every map feature is built from claims, and every claim points back
 * to the exact span of the passage that supports it.
 */

export const Lang = z.enum(["ar", "en"]);
export type Lang = z.infer<typeof Lang>;

/** A slug is the article's file stem: lowercase ASCII, digits, dashes and underscores. */
export const Slug = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,80}$/, "a slug is 1-81 lowercase letters, digits, _ or -");

/** An article's address: absolute and http(s) only, never `javascript:`, `data:` or `vbscript:`. */
export const HttpUrl = z.string().refine(isHttpUrl, "the URL must be an absolute http:// or https:// address");

/** Dates as stated: a day, a month or a year, with how precise they are. */
export const PartialDate = z.object({
  /** ISO 8601 prefix: "2017", "2017-08" or "2017-08-14". */
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  precision: z.enum(["year", "month", "day"]),
  /** True when the date was resolved relative to the publication date ("last August"). */
  inferred: z.boolean(),
});
export type PartialDate = z.infer<typeof PartialDate>;

export const Passage = z.object({
  /** Stable: derived from the passage text, the same on every run. */
  id: z.string().regex(/^p-[a-z0-9]+$/),
  /** Character offsets into the article's full text (UTF-16 code units, end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Index of the paragraph this sentence belongs to. */
  paragraph: z.number().int().nonnegative(),
  /** An English gloss (a translation, marked as such where shown). */
  glossEn: z.string().optional(),
  glossNote: z.string().optional(),
});
export type Passage = z.infer<typeof Passage>;

export const Article = z.object({
  slug: Slug,
  title: z.string(),
  lang: Lang,
  source: z.string().optional(),
  url: HttpUrl.optional(),
  published: PartialDate.optional(),
  /** What the publication date is based on, when it is not stated by the source. */
  publishedNote: z.string().optional(),
  text: z.string(),
  passages: z.array(Passage),
  /** sha256 of the text, to notice re-ingestion of the same article. */
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});
export type Article = z.infer<typeof Article>;

export const ClaimKind = z.enum(["territorial-loss", "recruitment", "pledge", "defection", "attack", "presence", "threat"]);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const ClaimPlace = z.object({
  placeId: z.string(),
  precision: Precision,
  /** The text that named it, as found in the passage. */
  matched: z.string().optional(),
});

export const Quantity = z.object({
  text: z.string(),
  /** e.g. 60 for "more than 60%"; absent for vague amounts such as "dozens". */
  value: z.number().optional(),
  unit: z.enum(["percent", "people", "count"]).optional(),
  qualifier: z.enum(["more-than", "less-than", "about", "exactly", "vague"]).optional(),
});

export const Claim = z.object({
  id: z.string().regex(/^c-[a-z0-9-]+$/),
  article: Slug,
  passageId: z.string(),
  /** The supporting span, offsets into the passage text (end exclusive). */
  span: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  quote: z.string(),
  kind: ClaimKind,
  /** Actor ids from the lexicon (geodata/lexicon/actors.json). */
  actors: z.array(z.string()),
  /** For pledges and defections: from which actor to which. */
  fromActor: z.string().optional(),
  toActor: z.string().optional(),
  places: z.array(ClaimPlace),
  countries: z.array(CountryIso3),
  date: PartialDate.optional(),
  quantity: Quantity.optional(),
  /** Who the article says the claim comes from. */
  attribution: z.string().optional(),
  certainty: z.enum(["asserted", "reported", "hedged"]),
  method: z.enum(["auto", "curated"]),
  confidence: z.number().min(0).max(1),
  /** A one-line English summary for popups and tables. */
  summary: z.string(),
  // Discourse (issue 13): a group or place taken from an earlier passage ("the group",
  // "المدينة") says so, with the passage that named it, so a reader can check the link.
  actorFrom: z.literal("context").optional(),
  actorPassageId: z.string().optional(),
  placeFrom: z.literal("context").optional(),
  placePassageId: z.string().optional(),
  /**
   * Review status, set by the store (absent in exchange files): a reviewer's claims are
   * accepted, automatic ones proposed; rejected ones are kept for the review queue, never served.
   */
  status: z.enum(["proposed", "accepted", "rejected"]).optional(),
});
export type Claim = z.infer<typeof Claim>;
