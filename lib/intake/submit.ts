import "server-only";
import { z } from "zod";
import { ApiError } from "../api/errors";
import type { Matchers } from "../articles/ingest";
import type { AuditActor } from "../data/audit";
import { db } from "../data/connection";
import { ConflictError } from "../data/errors";
import { getSetting } from "../data/settings";
import { parsePublished } from "../extract/dates";
import { HttpUrl, Lang } from "../schema/article";
import { detectLang } from "../text/lang";
import { prepareArticle, saveArticle } from "./article-write";
import { decodeBytes, metaCharset } from "./decode";
import { type Duplicate, findDuplicate } from "./duplicates";
import { fetchUrl } from "./fetch-url";
import { type ArabicNames, buildPreview, type Preview } from "./preview";
import { type Prefill, readableFromHtml } from "./readable";
import { slugForArticle } from "./slug";

/**
 * POST /api/articles and the workspace's intake: an article given as text, or as a URL the
 * server fetches now. A preview writes nothing; a save writes through article-write.ts (the
 * CLI's path), refused as a duplicate unless forced.
 */

export const MAX_TEXT_CHARS = 2 * 1024 * 1024;

const Published = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const d = parsePublished(s);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "use YYYY, YYYY-MM or YYYY-MM-DD" });
      return z.NEVER;
    }
    return d;
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => s || undefined);

export const ArticleInput = z
  .object({
    text: z.string().optional(),
    title: optionalText(300),
    source: optionalText(200),
    url: z
      .union([HttpUrl, z.literal("")])
      .optional()
      .transform((s) => s || undefined),
    published: z.union([Published, z.literal("").transform(() => undefined)]).optional(),
    lang: Lang.optional(),
  })
  .strict()
  .refine((v) => v.text?.trim() || v.url, { message: "give the article's text, or a url to fetch it from" });
export type ArticleInput = z.infer<typeof ArticleInput>;

export interface ReadArticle {
  text: string;
  prefill: Prefill;
}

/** Fetches a page on an editor's request and reads it (fetch.allowPrivateAddresses opens local networks). */
export async function fetchArticle(url: string): Promise<ReadArticle> {
  const allowPrivate = await getSetting("fetch.allowPrivateAddresses");
  const page = await fetchUrl(url, { allowPrivate: allowPrivate === true });
  if (page.contentType === "text/plain") {
    const text = decodeBytes(page.body, page.charset).trim();
    return { text, prefill: { url: page.url, lang: detectLang(text) } };
  }
  const r = readableFromHtml(decodeBytes(page.body, page.charset ?? metaCharset(page.body)), page.url);
  if (!r.text.trim()) throw new ApiError("unprocessable", "No readable text was found on that page; paste the text instead.");
  return r;
}

export type Outcome =
  | { kind: "preview"; preview: Preview; duplicate: Duplicate | null }
  | { kind: "duplicate"; duplicate: Duplicate }
  | { kind: "saved"; slug: string; claims: Preview["claims"]; warnings: string[] };

export async function submitArticle(input: ArticleInput, opts: { dryRun: boolean; force: boolean; actor: AuditActor; matchers: Matchers; arabic?: ArabicNames }): Promise<Outcome> {
  if (input.text && input.text.length > MAX_TEXT_CHARS) throw new ApiError("payload_too_large", "The text is longer than 2 MB; split the article or trim it.");
  let text = input.text?.replace(/\r\n?/g, "\n");
  let prefill: Partial<Prefill> = {};
  if (!text?.trim()) {
    const fetched = await fetchArticle(input.url!);
    text = fetched.text;
    prefill = fetched.prefill;
  }
  const meta = {
    title: input.title ?? prefill.title,
    source: input.source ?? prefill.source,
    // A fetched page's canonical address is the article's; the one typed may be a share link.
    url: prefill.url ?? input.url,
    published: input.published ?? prefill.published,
    lang: input.lang ?? prefill.lang,
  };
  const k = await db();
  const duplicate = opts.force ? null : await findDuplicate(k, { urls: [input.url, meta.url], text });
  if (duplicate && !opts.dryRun) return { kind: "duplicate", duplicate };
  const slug = slugForArticle(meta.title, text);
  const prepared = prepareArticle(text, { slug, ...definedOnly(meta) }, opts.matchers);
  const preview = buildPreview(prepared.result, prepared.boundMessage, opts.arabic);
  if (opts.dryRun) return { kind: "preview", preview, duplicate };
  try {
    const { warnings } = await saveArticle(k, prepared, { actor: opts.actor });
    return { kind: "saved", slug, claims: preview.claims, warnings };
  } catch (e) {
    // The same slug holds another text: only a hash collision of two titles and texts gets here.
    if (e instanceof ConflictError) throw new ApiError("conflict", e.message);
    throw e;
  }
}

function definedOnly<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}
