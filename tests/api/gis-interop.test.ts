import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");

/** What GDAL's ogrinfo reports for a GeoJSON file we served: feature count and geometry type. */
async function ogrSummary(layer: string) {
  const dir = mkdtempSync(join(tmpdir(), "atlas-ogr-"));
  const file = join(dir, `${layer}.geojson`);
  writeFileSync(file, Buffer.from(await (await fetch(`${base}/api/layers/${layer}`)).arrayBuffer()));
  const out = execFileSync("ogrinfo", ["-ro", "-so", "-al", file], { encoding: "utf8" });
  return {
    count: Number(/Feature Count: (\d+)/.exec(out)?.[1]),
    geometry: /Geometry: (.+)/.exec(out)?.[1]?.trim(),
    out,
  };
}

// A real GIS tool must read what the API serves (CI installs Debian's gdal-bin for this).
describe("GDAL reads the served GeoJSON", () => {
  it("finds the seven countries", async () => {
    const s = await ogrSummary("countries");
    expect(s.count).toBe(7);
    expect(s.geometry).toBe("Multi Polygon");
    expect(s.out).toMatch(/iso3: String/);
  });

  it("finds about 180 provinces", async () => {
    const s = await ogrSummary("admin1");
    expect(s.count).toBeGreaterThanOrEqual(170);
    expect(s.count).toBeLessThanOrEqual(181);
    expect(s.out).toMatch(/nameAr: String/);
  });
});
