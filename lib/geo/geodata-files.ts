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
  return process.env.ATLAS_GEODATA_DIR ?? join(process.cwd(), "geodata");
}

const memo = new Map<string, unknown>();

function readJson(file: string): unknown {
  const path = join(geodataDir(), file);
  if (!memo.has(path)) memo.set(path, JSON.parse(readFileSync(path, "utf8")));
  return memo.get(path);
}

const TopologyShape = z.object({
  type: z.literal("Topology"),
  arcs: z.array(z.unknown()),
  objects: z.record(z.string(), z.object({ type: z.string() })),
});

function readTopology(file: string, objects: string[]): Topology {
  const topo = TopologyShape.parse(readJson(file));
  for (const name of objects) {
    if (!topo.objects[name]) throw new Error(`${file} has no object "${name}"`);
  }
  return topo as unknown as Topology;
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
