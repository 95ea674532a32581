import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parsePublished } from "../extract/dates";
import type { Lang, PartialDate } from "../schema/article";
import { detectLang } from "../text/lang";

/**
 * A web page's readable text and what can be read about it, to prefill the intake form.
 * linkedom builds the DOM: it runs no script and loads no resource, so an untrusted page
 * can do nothing but be read. Paragraphs stay apart (a blank line between them), since the
 * passages and their anchors follow paragraphs.
 */

export interface Prefill {
  title?: string;
  source?: string;
  url?: string;
  published?: PartialDate;
  lang: Lang;
}

export interface Readable {
  text: string;
  prefill: Prefill;
}

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = clean(el?.getAttribute("content"));
    if (v) return v;
  }
  return undefined;
}

/** Only http(s), resolved against where the page came from. */
function httpUrl(raw: string | null | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "2017-10-17T09:00:00Z" or "2017-10-17" → a day; anything unreadable → undefined. */
export function dateFromIso(s: string | undefined): PartialDate | undefined {
  const m = s ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim()) : null;
  return (m && parsePublished(m[0])) || undefined;
}

function jsonLdDate(doc: Document): string | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? "");
    } catch {
      continue;
    }
    const stack = [data];
    while (stack.length) {
      const x = stack.pop();
      if (Array.isArray(x)) stack.push(...x);
      else if (x && typeof x === "object") {
        const o = x as Record<string, unknown>;
        if (typeof o.datePublished === "string") return o.datePublished;
        if (o["@graph"]) stack.push(o["@graph"]);
      }
    }
  }
  return undefined;
}

function langOf(doc: Document, text: string): Lang {
  const declared = (doc.documentElement?.getAttribute("lang") ?? "").toLowerCase();
  if (/^ar\b/.test(declared)) return "ar";
  if (/^en\b/.test(declared)) return "en";
  return detectLang(text);
}

/** Readability's cleaned HTML back to text, one paragraph per block, blank lines between. */
function paragraphsOf(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [document.body]).map((el) => clean(el.textContent)).filter(Boolean);
  return parts.join("\n\n");
}

export function readableFromHtml(html: string, pageUrl?: string): Readable {
  const { document } = parseHTML(html);
  // Read the metadata before Readability, which rewrites the document it is given.
  const published = dateFromIso(
    meta(document, "article:published_time", "datePublished", "date", "pubdate") ??
      jsonLdDate(document) ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      undefined,
  );
  const canonical = httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), pageUrl) ?? httpUrl(meta(document, "og:url"), pageUrl) ?? httpUrl(pageUrl);
  const ogTitle = meta(document, "og:title", "twitter:title");
  const docTitle = clean(document.querySelector("title")?.textContent);
  let siteName = meta(document, "og:site_name", "application-name");
  for (const s of document.querySelectorAll("script, style, noscript, template, iframe, object, embed")) s.remove();
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  const text = parsed?.content ? paragraphsOf(parsed.content) : paragraphsOf(document.body?.innerHTML ?? "");
  siteName ??= clean(parsed?.siteName) || (pageUrl ? new URL(pageUrl).hostname.replace(/^www\./, "") : undefined);
  const title = ogTitle ?? (clean(parsed?.title) || docTitle || undefined);
  return {
    text,
    prefill: {
      ...(title ? { title } : {}),
      ...(siteName ? { source: siteName } : {}),
      ...(canonical ? { url: canonical } : {}),
      ...(published ? { published } : {}),
      lang: langOf(document as unknown as Document, text),
    },
  };
}
