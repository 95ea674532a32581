import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Topology } from "topojson-specification";
import { z } from "zod";
import { Gazetteer } from "../schema/gazetteer";

/**
 * Reads the committed geodata once per process and checks its shape at the boundary, so the
 * rest of the app works with typed values. ATLAS_GEODATA_DIR lets tests point at fixtures.
 */
export function geodataDir(): string {
  // The data is read at run time from the checkout (next start runs there); telling Turbopack
  // not to trace this path keeps it from copying the whole project into the server output.
  return process.env.ATLAS_GEODATA_DIR ?? join(/*turbopackIgnore: true*/ process.cwd(), "geodata");
}

const memo = new Map<string, unknown>();

function readJson(file: string): unknown {
  const path = join(/*turbopackIgnore: true*/ geodataDir(), file);
  if (!memo.has(path)) memo.set(path, JSON.parse(readFileSync(path, "utf8")));
  return memo.get(path);
}

const TopologyShape = z.object({
  type: z.literal("Topology"),
  arcs: z.array(z.unknown()),
  objects: z.record(z.string(), z.object({ type: z.string() })),
});

function readTopology(file: string, objects: string[]): Topology {
  const raw = readJson(file);
  // Checked, not parsed: parsing would strip the keys the schema does not list (transform, geometries).
  const topo = TopologyShape.parse(raw);
  for (const name of objects) {
    if (!topo.objects[name]) throw new Error(`${file} has no object "${name}"`);
  }
  return raw as Topology;
}

/** Provinces (`admin1`) and the seven countries (`countries`), sharing their borders' arcs. */
export const boundariesTopology = () => readTopology("boundaries.topo.json", ["admin1", "countries"]);

/** Low-resolution world countries, only for muted context around the seven. */
export const worldTopology = () => readTopology("world.topo.json", ["countries"]);

let gazetteer: Gazetteer | undefined;
export function loadGazetteer(): Gazetteer {
  gazetteer ??= Gazetteer.parse(readJson("gazetteer.json"));
  return gazetteer;
}
