import { z } from "zod";
import type { Place } from "../schema/gazetteer";

/**
 * Region codes as written in a /compare URL: a country (ISO 3166-1 alpha-3, "IRQ"), a province
 * (ISO 3166-2, "SY-RA") or a named region by its gazetteer slug ("sahel" for "region:sahel").
 * Parsing is pure: the gazetteer is passed in, so the page and the API read codes the same way.
 */
export const MIN_REGIONS = 2;
export const MAX_REGIONS = 4;

const COUNTRY = /^[A-Za-z]{3}$/;
const PROVINCE = /^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/;
const NAMED = /^[a-z][a-z0-9-]{1,40}$/;

/** One code as a person may type it; the shape only, not whether the place exists. */
export const RegionCode = z
  .string()
  .trim()
  .refine((s) => COUNTRY.test(s) || PROVINCE.test(s) || NAMED.test(s.toLowerCase()), "a region is ISO 3166-1 alpha-3 (IRQ), ISO 3166-2 (SY-RA) or a region name (sahel)");

/** The gazetteer id a well-formed code would have. Three letters are a country, never a region. */
export function placeIdOf(code: string): string {
  const c = code.trim();
  if (COUNTRY.test(c)) return `country:${c.toUpperCase()}`;
  if (PROVINCE.test(c)) return `province:${c.toUpperCase()}`;
  return `region:${c.toLowerCase()}`;
}

/** The code a place is written with in a URL (the inverse of placeIdOf). */
export function codeOf(place: Pick<Place, "id" | "kind" | "iso">): string {
  if (place.kind === "region") return place.id.slice("region:".length);
  return place.iso ?? place.id.slice(place.id.indexOf(":") + 1);
}

export type RegionIssue =
  | { kind: "malformed"; code: string; message: string }
  | { kind: "unknown"; code: string; message: string }
  | { kind: "duplicate"; code: string; message: string }
  | { kind: "too-few"; message: string }
  | { kind: "too-many"; message: string };

export type ParsedRegions = { regions: Place[]; issues: RegionIssue[] /** How many codes the URL gave. */; given: number };

/** Places a comparison can hold: areas, not cities (a city has no area to compare). */
const COMPARABLE = new Set<Place["kind"]>(["country", "province", "region"]);

/**
 * Reads "IRQ,SYR,sahel" into places, keeping every valid one and naming each problem, so a page
 * can still show what was valid and the API can choose its status from the kind of problem.
 */
export function parseRegions(raw: string | null | undefined, places: ReadonlyMap<string, Place>): ParsedRegions {
  const codes = (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const issues: RegionIssue[] = [];
  const regions: Place[] = [];
  for (const code of codes.slice(0, 20)) {
    const shown = code.slice(0, 40);
    if (!RegionCode.safeParse(code).success) {
      issues.push({ kind: "malformed", code: shown, message: `"${shown}" is not a region code: use IRQ, SY-RA or sahel` });
      continue;
    }
    // A short region slug can look like a province code ("ne-abc"): fall back to the region.
    const place = places.get(placeIdOf(code)) ?? places.get(`region:${code.toLowerCase()}`);
    if (!place || !COMPARABLE.has(place.kind)) {
      issues.push({ kind: "unknown", code: shown, message: `no country, province or region "${shown}" in the gazetteer` });
      continue;
    }
    if (regions.some((r) => r.id === place.id)) {
      issues.push({ kind: "duplicate", code: shown, message: `"${shown}" is listed twice` });
      continue;
    }
    regions.push(place);
  }
  if (codes.length > MAX_REGIONS) issues.push({ kind: "too-many", message: `compare at most ${MAX_REGIONS} regions (${codes.length} given)` });
  if (regions.length < MIN_REGIONS) issues.push({ kind: "too-few", message: `compare at least ${MIN_REGIONS} regions (${regions.length} valid given)` });
  return { regions: regions.slice(0, MAX_REGIONS), issues, given: codes.length };
}

/**
 * How an API answers a list with problems: a request that could never be right (malformed,
 * repeated, too few or too many codes) is a 400; well-formed codes naming nothing known, a 404.
 */
export function regionsError(parsed: ParsedRegions): { code: "bad_request" | "not_found"; message: string } | null {
  const bad = parsed.issues.find((i) => i.kind === "malformed" || i.kind === "duplicate" || i.kind === "too-many");
  if (bad) return { code: "bad_request", message: bad.message };
  if (parsed.given < MIN_REGIONS) return { code: "bad_request", message: `compare at least ${MIN_REGIONS} regions (${parsed.given} given), e.g. ?regions=IRQ,SYR` };
  const unknown = parsed.issues.find((i) => i.kind === "unknown");
  if (unknown) return { code: "not_found", message: unknown.message };
  const other = parsed.issues[0];
  return other ? { code: "bad_request", message: other.message } : null;
}
