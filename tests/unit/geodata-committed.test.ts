import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COUNTRY_ISO3, Gazetteer, type Place } from "@/lib/schema/gazetteer";

/** Checks the COMMITTED outputs of `npm run build-geodata`, which the app reads as they are. */
const dir = path.join(__dirname, "../../geodata");
const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));

interface TopoGeometry {
  type: string;
  properties?: Record<string, unknown>;
}
interface Topo {
  type: string;
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
}

describe("committed geodata/gazetteer.json", () => {
  const gazetteer = Gazetteer.parse(read("gazetteer.json"));
  const places = gazetteer.places;
  const of = (kind: Place["kind"]) => places.filter((p) => p.kind === kind);
  const provinceIsos = new Set(of("province").map((p) => p.iso));

  it("has the seven countries, with English and Arabic names", () => {
    expect(
      of("country")
        .map((p) => p.iso)
        .sort(),
    ).toEqual([...COUNTRY_ISO3].sort());
    expect(places.find((p) => p.id === "country:DZA")!.nameAr).toBe("الجزائر");
  });

  it("has 175-181 provinces with unique codes and the corrected ones", () => {
    const provinces = of("province");
    expect(provinces.length).toBeGreaterThanOrEqual(175);
    expect(provinces.length).toBeLessThanOrEqual(181);
    expect(provinceIsos.size).toBe(provinces.length);
    for (const iso of ["IQ-KI", "AF-PAN", "AF-DAY", "YE-SA", "YE-SN"]) expect(provinceIsos.has(iso)).toBe(true);
    expect(provinceIsos.has("IQ-TS")).toBe(false);
    expect([...provinceIsos].some((iso) => iso?.startsWith("SY-X"))).toBe(false);
  });

  it("has unique ids and every region member as a province", () => {
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    const regions = of("region");
    expect(regions.map((r) => r.id)).toEqual(expect.arrayContaining(["region:sahel", "region:ne-nigeria"]));
    for (const r of regions) {
      expect(r.members!.length).toBeGreaterThan(0);
      for (const m of r.members!) expect(provinceIsos.has(m) || (COUNTRY_ISO3 as readonly string[]).includes(m)).toBe(true);
    }
  });

  it("has Raqqa as a Syrian city in Raqqa governorate", () => {
    const raqqa = of("city").find((c) => c.nameAr === "الرقة")!;
    expect(raqqa.countries).toEqual(["SYR"]);
    expect(raqqa.province).toBe("SY-RA");
  });

  it("keeps the ambiguous Arabic names visible as separate places", () => {
    expect(
      places
        .filter((p) => p.nameAr === "الجزائر")
        .map((p) => p.kind)
        .sort(),
    ).toEqual(["city", "country", "province"]);
    expect(places.find((p) => p.id === "province:NG-NI")!.nameAr).toBe("نيجر");
    expect(places.find((p) => p.id === "country:NER")!.nameAr).toBe("النيجر");
  });

  it("places every city in a province of its own country", () => {
    for (const c of of("city")) {
      expect(c.province, c.id).toBeDefined();
      expect(c.province!.slice(0, 2)).toBe(places.find((p) => p.id === `province:${c.province}`)!.iso!.slice(0, 2));
    }
  });
});

describe("committed topologies", () => {
  it("boundaries.topo.json has admin1 and countries with the agreed properties", () => {
    const topo = read("boundaries.topo.json") as Topo;
    expect(topo.type).toBe("Topology");
    const admin1 = topo.objects.admin1!.geometries;
    const countries = topo.objects.countries!.geometries;
    expect(countries).toHaveLength(7);
    for (const g of admin1) expect(Object.keys(g.properties!).sort()).toEqual(["country", "iso", "nameAr", "nameEn"]);
    for (const g of countries) expect(Object.keys(g.properties!).sort()).toEqual(["iso2", "iso3", "nameAr", "nameEn"]);
    const isos = admin1.map((g) => g.properties!.iso);
    expect(new Set(isos).size).toBe(isos.length);
    expect(isos).toContain("IQ-KI");
  });

  it("world.topo.json has named countries", () => {
    const topo = read("world.topo.json") as Topo;
    const names = topo.objects.countries!.geometries.map((g) => g.properties!.name);
    expect(names).toEqual(expect.arrayContaining(["Iraq", "Niger", "Nigeria"]));
  });
});
