import type { Place } from "../schema/gazetteer";
import { foldEn, normalizeAr } from "../text/normalize-ar";
import { codeOf } from "./region-code";

/**
 * Finding a region to compare by any of its names, English or Arabic, as typed: Latin is
 * folded (Tillabéri = tillaberi), Arabic normalised (hamza forms, taa marbuta, diacritics), and
 * the Arabic article is optional ("عراق" finds "العراق"). Pure and small enough for the browser.
 */
export type SearchEntry = { code: string; kind: Place["kind"]; nameEn: string; nameAr: string /** Normalised names and aliases. */; keys: string[] };

const fold = (s: string) => normalizeAr(foldEn(s)).replace(/\s+/g, " ").trim();
const withoutArticle = (s: string) => s.replace(/(^| )ال/g, "$1");

export function searchEntries(places: Iterable<Place>): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const p of places) {
    if (p.kind === "city") continue;
    const names = [p.nameEn, p.nameAr, ...p.aliasesEn, ...p.aliasesAr, codeOf(p)];
    out.push({ code: codeOf(p), kind: p.kind, nameEn: p.nameEn, nameAr: p.nameAr, keys: [...new Set(names.map(fold))] });
  }
  return out;
}

const KIND_RANK: Record<Place["kind"], number> = { country: 0, region: 1, province: 2, city: 3 };

/** Best matches first: a whole name, then a name's start, then a word's start, then anywhere. */
export function searchRegions(query: string, entries: readonly SearchEntry[], limit = 8): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  const qBare = withoutArticle(q);
  const score = (e: SearchEntry): number => {
    let best = Infinity;
    for (const k of e.keys) {
      for (const [key, needle] of [
        [k, q],
        [withoutArticle(k), qBare],
      ] as const) {
        if (!needle) continue;
        if (key === needle) best = Math.min(best, 0);
        else if (key.startsWith(needle)) best = Math.min(best, 1);
        else if (key.includes(` ${needle}`) || key.includes(`-${needle}`)) best = Math.min(best, 2);
        else if (needle.length >= 3 && key.includes(needle)) best = Math.min(best, 3);
      }
    }
    return best;
  };
  return entries
    .map((e) => ({ e, s: score(e) }))
    .filter((x) => x.s < Infinity)
    .sort((a, b) => a.s - b.s || KIND_RANK[a.e.kind] - KIND_RANK[b.e.kind] || a.e.nameEn.localeCompare(b.e.nameEn))
    .slice(0, limit)
    .map((x) => x.e);
}
