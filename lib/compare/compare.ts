import { bbox } from "@turf/turf";
import type { Claim, ClaimKind } from "../schema/article";
import type { Place } from "../schema/gazetteer";
import { type BoundaryIndex, placeShape } from "../geo/place-geometry";
import { KINDS, type RegionSummary, summarise } from "./summary";
import { claimsWithin } from "./within";
import { codeOf } from "./region-code";

/**
 * The comparison of 2-4 regions as rows of cells, one cell per region in the order given.
 * Pure: claims, places and boundaries come in, rows go out; the page and GET /api/compare
 * draw or serialise the same rows. Numeric rows name their leaders so a difference is visible.
 */
export type RowId = "claims" | `kind:${ClaimKind}` | "actors" | "shifts" | "loss" | "area" | "provinces" | "first" | "last" | "articles" | "passages";

export type Cell = {
  /** What the row compares (a count, km², a percentage); null when nothing is stated. */
  value: number | null;
  /** A stated value as written: a date ("2017-10") or the words of a figure ("more than 60%"). */
  text: string | null;
  /** Ids behind a count: actors, "from>to" shifts, province place ids. */
  items: string[];
};

export type Row = { id: RowId; cells: Cell[] /** Indices of the cells holding the row's largest value (none when all are equal). */; leaders: number[] };

export type ComparedRegion = {
  code: string;
  placeId: string;
  kind: Place["kind"];
  nameEn: string;
  nameAr: string;
  countries: string[];
  areaKm2: number | null;
  bbox: [number, number, number, number] | null;
};

export type Comparison = {
  regions: ComparedRegion[];
  rows: Row[];
  /** Names of every actor and place a cell refers to. */
  names: Record<string, { nameEn: string; nameAr: string }>;
};

export type CompareInputs = {
  claims: readonly Claim[];
  places: ReadonlyMap<string, Place>;
  index: BoundaryIndex;
  actors: readonly { id: string; nameEn: string; nameAr: string }[];
};

const count = (n: number, items: string[] = []): Cell => ({ value: n, text: null, items });
const stated = (text: string | null): Cell => ({ value: null, text, items: [] });

function leadersOf(cells: Cell[]): number[] {
  const values = cells.map((c) => c.value).filter((v): v is number => v !== null);
  if (values.length === 0) return [];
  const max = Math.max(...values);
  // Nothing to point at when every region has the same value (or none has any).
  if (max <= 0 || (values.length === cells.length && values.every((v) => v === max))) return [];
  return cells.flatMap((c, i) => (c.value === max ? [i] : []));
}

export function compareRegions(regions: readonly Place[], input: CompareInputs): Comparison {
  const summaries: RegionSummary[] = regions.map((r) => summarise(claimsWithin(input.claims, r, input.places), input.places));
  const shapes = regions.map((r) => placeShape(r, input.index));
  const row = (id: RowId, cell: (s: RegionSummary, i: number) => Cell, ranked = true): Row => {
    const cells = summaries.map(cell);
    return { id, cells, leaders: ranked ? leadersOf(cells) : [] };
  };
  const rows: Row[] = [
    row("claims", (s) => count(s.claims)),
    ...KINDS.map((k) => row(`kind:${k}`, (s) => count(s.byKind[k]))),
    row("actors", (s) => count(s.actors.length, s.actors)),
    row("shifts", (s) =>
      count(
        s.shifts.reduce((n, x) => n + x.claimIds.length, 0),
        s.shifts.map((x) => `${x.from}>${x.to}`),
      ),
    ),
    row("loss", (s) => (s.loss ? { value: s.loss.value, text: s.loss.text, items: [s.loss.claimId] } : stated(null))),
    row("area", (_, i) => ({ value: shapes[i]?.areaKm2 ?? null, text: null, items: [] })),
    row("provinces", (s) => count(s.provinces.length, s.provinces)),
    row("first", (s) => stated(s.first), false),
    row("last", (s) => stated(s.last), false),
    row("articles", (s) => count(s.articles)),
    row("passages", (s) => count(s.passages)),
  ];
  const names: Comparison["names"] = {};
  const actorsById = new Map(input.actors.map((a) => [a.id, a]));
  for (const r of rows)
    for (const c of r.cells)
      for (const item of c.items.flatMap((x) => x.split(">"))) {
        const n = actorsById.get(item) ?? input.places.get(item);
        if (n) names[item] = { nameEn: n.nameEn, nameAr: n.nameAr };
      }
  return {
    regions: regions.map((r, i) => ({
      code: codeOf(r),
      placeId: r.id,
      kind: r.kind,
      nameEn: r.nameEn,
      nameAr: r.nameAr,
      countries: r.countries,
      areaKm2: shapes[i]?.areaKm2 ?? null,
      bbox: shapes[i] ? (bbox(shapes[i].geometry) as [number, number, number, number]) : null,
    })),
    rows,
    names,
  };
}
