/**
 * Derives the committed geodata/ files from pinned npm packages and Debian's GeoNames
 * catalogue. Run with `npm run build-geodata`; the outputs are deterministic.
 */
import path from "node:path";
import { fixAdmin1 } from "./geodata/admin1";
import { extraCities, provinceLocator, selectCities } from "./geodata/cities";
import { countryEntries, labelPoint } from "./geodata/countries";
import { buildGazetteer, stringifyGazetteer } from "./geodata/gazetteer";
import { ensureInputs, findGeonamesMo, GEONAMES_MO_CANDIDATES, log, readGeonamesArabic } from "./geodata/inputs";
import * as load from "./geodata/load";
import { noticeText } from "./geodata/notice";
import { buildBoundaries, mergedFeature } from "./geodata/topology";
import { buildWorld } from "./geodata/world";
import { formatSizes, sizeOf, writeAtomic, type SizeReport } from "./geodata/write";

const ROOT = process.cwd();
const OUT = path.join(ROOT, "geodata");

function main(): void {
  const moFile = findGeonamesMo();
  if (!moFile) {
    console.error(`build-geodata: GeoNames Arabic names not found (${GEONAMES_MO_CANDIDATES[0]}); install them with: sudo apt-get install -y libgeonames-common`);
    process.exit(1);
  }
  ensureInputs();
  const sources = load.loadReviewedSources(path.join(OUT, "sources"));

  const provinces = fixAdmin1(load.loadAdmin1(), load.loadIsoArabic());
  const countries = countryEntries(load.loadCountryNames(), sources.countryOverrides);
  log(`simplifying ${provinces.length} provinces…`);
  const boundaries = buildBoundaries(provinces, countries);

  log(`reading Arabic city names (${moFile})…`);
  const locate = provinceLocator(provinces);
  const selection = selectCities(load.loadCities(), readGeonamesArabic(moFile), sources.cityAliases, locate);
  const cities = [...selection.cities, ...extraCities(sources.extraTowns, locate)];
  if (selection.unusedAliases.length > 0) log(`aliases.json ids matching no city: ${selection.unusedAliases.join(", ")}`);

  const gazetteer = buildGazetteer({
    countries: countries.map((c) => ({ ...c, point: labelPoint(mergedFeature(boundaries, (p) => p.country === c.iso3)) })),
    regions: sources.regions.map((r) => ({
      ...r,
      point: labelPoint(mergedFeature(boundaries, (p) => r.members.includes(p.iso) || r.members.includes(p.country))),
    })),
    provinces,
    cities,
  });

  const outputs: [string, string][] = [
    ["geodata/boundaries.topo.json", JSON.stringify(boundaries)],
    ["geodata/world.topo.json", JSON.stringify(buildWorld(load.loadAtlas()))],
    ["geodata/gazetteer.json", stringifyGazetteer(gazetteer)],
    ["NOTICE", noticeText()],
  ];
  const sizes: SizeReport[] = [];
  for (const [file, content] of outputs) {
    writeAtomic(path.join(ROOT, file), content);
    sizes.push(sizeOf(file, content));
  }
  const perCountry = new Map<string, number>();
  for (const c of cities) perCountry.set(c.country, (perCountry.get(c.country) ?? 0) + 1);
  log(
    `${countries.length} countries, ${provinces.length} provinces, ${sources.regions.length} regions, ` +
      `${cities.length} towns (${[...perCountry]
        .sort()
        .map(([k, n]) => `${k} ${n}`)
        .join(", ")}; ` +
      `${cities.filter((c) => !c.nameAr).length} without an Arabic name; ` +
      `${sources.extraTowns.length} reviewed additions; ` +
      `${cities.filter((c) => !c.province).length} outside every province polygon)`,
  );
  process.stderr.write(`${formatSizes(sizes)}\n`);
}

main();
