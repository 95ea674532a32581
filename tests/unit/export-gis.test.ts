import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportGeojson } from "@/lib/export/geojson";
import { gpkgGeometry, gpkgStream } from "@/lib/export/gpkg";
import { exportKml } from "@/lib/export/kml";
import { COLUMNS, exportRows } from "@/lib/export/rows";
import { claimRow } from "@/lib/view/dashboard-model";
import { claim, INDEX, PLACES, ref } from "../fixtures/layers/world";
import { hasOgrinfo } from "../support/gdal";

const hasOgr = hasOgrinfo("export-gis");

const day = { value: "2017-07-10", precision: "day", inferred: false } as const;
const claims = [
  claim({ kind: "recruitment", places: [ref("city:1")], countries: ["SYR"], date: day, quote: 'a "quote" <b>with</b> & markup' }),
  claim({ kind: "territorial-loss", places: [ref("province:IQ-AA")], countries: ["IRQ"], date: day }),
  claim({ kind: "threat", places: [], countries: [] }),
];
const rows = exportRows(
  claims.map((c) => claimRow(c, PLACES)),
  new Map(),
  "http://127.0.0.1",
  "en",
  PLACES,
);
const collection = exportGeojson(rows, PLACES, INDEX);

function ogrinfo(file: string): string {
  return execFileSync("ogrinfo", ["-ro", "-so", "-al", file], { encoding: "utf8" });
}

async function written(ext: string, body: string | ReadableStream<Uint8Array>): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "atlas-gis-")), `claims.${ext}`);
  writeFileSync(file, typeof body === "string" ? body : Buffer.from(await new Response(body).arrayBuffer()));
  return file;
}

describe("GeoPackage and KML downloads", () => {
  it("writes a GeoPackageBinary header (GP, version 0, little-endian envelope, EPSG:4326) before the WKB", () => {
    const blob = gpkgGeometry({ type: "Point", coordinates: [36.25, 30.75] });
    expect(blob.subarray(0, 2).toString("ascii")).toBe("GP");
    expect(blob[2]).toBe(0);
    expect(blob[3]).toBe(0b11);
    expect(blob.readInt32LE(4)).toBe(4326);
    expect(blob.readDoubleLE(8)).toBe(36.25); // min x
    expect(blob.readUInt32LE(41)).toBe(1); // WKB Point, little-endian byte order mark at 40
  });

  it.skipIf(!hasOgr)("gives GDAL a GeoPackage layer with every row, the CSV's columns and a generic geometry", async () => {
    const out = ogrinfo(await written("gpkg", gpkgStream(collection)));
    expect(out).toMatch(/Layer name: claims/);
    expect(out).toMatch(/Feature Count: 3/);
    expect(out).toMatch(/Geometry: Unknown \(any\)/);
    for (const col of COLUMNS) expect(out).toMatch(new RegExp(`^${col}: `, "m"));
    expect(out).toMatch(/^credibility: Integer/m);
    expect(out).toMatch(/^event_id: String/m);
  });

  it.skipIf(!hasOgr)("gives GDAL a KML layer with the located rows and the CSV's columns as fields", async () => {
    const out = ogrinfo(await written("kml", exportKml(collection)));
    expect(out).toMatch(/Feature Count: 3/);
    for (const col of ["event_id", "sources", "source_reliability", "credibility", "where_prec", "date_prec", "quote"]) expect(out).toMatch(new RegExp(`^${col}: `, "m"));
  });

  it("escapes article text in KML instead of letting it become markup", () => {
    const kml = exportKml(collection);
    expect(kml).not.toContain("<b>");
    expect(kml).toContain("&#x3C;b>with&#x3C;/b> &#x26; markup");
  });
});
