import "server-only";
import { boundaryIndex } from "../geo/boundaries";
import { modelInputs } from "../view/load-model";
import { type Comparison, compareRegions } from "./compare";
import { type ParsedRegions, parseRegions } from "./region-code";
import { searchEntries, type SearchEntry } from "./search";

/** The comparison from the articles and geodata on disk, for the page and the API alike. */
export function readRegions(raw: string | null | undefined): ParsedRegions {
  return parseRegions(raw, modelInputs().places);
}

export function loadComparison(parsed: ParsedRegions): Comparison {
  return compareRegions(parsed.regions, { ...modelInputs(), index: boundaryIndex() });
}

let entries: SearchEntry[] | undefined;
/** Countries, provinces and regions by every name, for the search box (cities cannot be compared). */
export function regionSearchEntries(): SearchEntry[] {
  entries ??= searchEntries(modelInputs().places.values());
  return entries;
}
