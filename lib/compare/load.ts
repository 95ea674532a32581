import "server-only";
import { boundaryIndex } from "../geo/boundaries";
import { fullModelInputs, modelInputs } from "../view/load-model";
import { type Comparison, compareRegions } from "./compare";
import { type ParsedRegions, parseRegions } from "./region-code";
import { searchEntries, type SearchEntry } from "./search";

/** The comparison from the store and the geodata on disk, for the page and the API alike. */
export async function readRegions(raw: string | null | undefined): Promise<ParsedRegions> {
  return parseRegions(raw, (await modelInputs()).places);
}

export async function loadComparison(parsed: ParsedRegions): Promise<Comparison> {
  return compareRegions(parsed.regions, { ...(await fullModelInputs()), index: boundaryIndex() });
}

let entries: SearchEntry[] | undefined;
/** Countries, provinces and regions by every name, for the search box (cities cannot be compared). */
export async function regionSearchEntries(): Promise<SearchEntry[]> {
  entries ??= searchEntries((await modelInputs()).places.values());
  return entries;
}
