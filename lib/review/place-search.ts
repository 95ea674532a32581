import type { Place } from "../schema/gazetteer";
import { foldEn, normalizeAr } from "../text/normalize-ar";

/**
 * The reviewer's place picker (GET /api/gazetteer?q=): every place of the gazetteer, cities
 * included, by any English or Arabic name or alias as typed (Latin folded, Arabic normalised, the
 * article "ال" optional). Best first: a whole name, a name's start, a word's start, anywhere;
 * then coarser places, then larger towns.
 */
export interface PlaceHit {
  id: string;
  kind: Place["kind"];
  nameEn: string;
  nameAr: string;
  countries: string[];
}

interface Entry {
  place: Place;
  keys: string[];
}

const fold = (s: string) => normalizeAr(foldEn(s)).replace(/\s+/g, " ").trim();
const bare = (s: string) => s.replace(/(^| )ال/g, "$1");
const KIND_RANK: Record<Place["kind"], number> = { country: 0, region: 1, province: 2, city: 3 };

export function placeIndex(places: Iterable<Place>): Entry[] {
  return [...places].map((p) => ({ place: p, keys: [...new Set([p.nameEn, p.nameAr, ...p.aliasesEn, ...p.aliasesAr].map(fold))] }));
}

function score(keys: string[], q: string, qBare: string): number {
  let best = Infinity;
  for (const k of keys) {
    for (const [key, needle] of [
      [k, q],
      [bare(k), qBare],
    ] as const) {
      if (!needle) continue;
      if (key === needle) return 0;
      if (key.startsWith(needle)) best = Math.min(best, 1);
      else if (key.includes(` ${needle}`) || key.includes(`-${needle}`)) best = Math.min(best, 2);
      else if (needle.length >= 3 && key.includes(needle)) best = Math.min(best, 3);
    }
  }
  return best;
}

export function searchPlaces(query: string, index: readonly Entry[], limit = 10): PlaceHit[] {
  const q = fold(query);
  if (!q) return [];
  const qBare = bare(q);
  return index
    .map((e) => ({ e, s: score(e.keys, q, qBare) }))
    .filter((x) => x.s < Infinity)
    .sort(
      (a, b) =>
        a.s - b.s ||
        KIND_RANK[a.e.place.kind] - KIND_RANK[b.e.place.kind] ||
        (b.e.place.population ?? 0) - (a.e.place.population ?? 0) ||
        a.e.place.nameEn.localeCompare(b.e.place.nameEn),
    )
    .slice(0, limit)
    .map(({ e: { place: p } }) => ({ id: p.id, kind: p.kind, nameEn: p.nameEn, nameAr: p.nameAr, countries: p.countries }));
}
