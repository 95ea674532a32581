// Copies the files the browser needs from node_modules into public/ before a build, so the
// map loads its worker and fonts from the app's own origin (nothing from a CDN). The copies
// are build output: public/maplibre/ and public/fonts/ are gitignored.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), "..");
const pkgDir = (name) => dirname(require.resolve(`${name}/package.json`));

// MapLibre and its worker, as published, under their version: a fixed URL can be preloaded
// from the HTML (components/map/maplibre.ts), which a hashed bundler chunk cannot, and a URL
// that changes with every upgrade can be cached for good (next.config.js). Older versions
// (and the unversioned copies of earlier builds) are removed.
const maplibreVersion = JSON.parse(readFileSync(join(pkgDir("maplibre-gl"), "package.json"), "utf8")).version;
for (const old of ["public/maplibre", "public/maplibre-gl.mjs", "public/maplibre-gl-worker.mjs"]) rmSync(join(root, old), { recursive: true, force: true });

const copies = [
  [join(pkgDir("maplibre-gl"), "dist/maplibre-gl-worker.mjs"), `public/maplibre/${maplibreVersion}/maplibre-gl-worker.mjs`],
  [join(pkgDir("maplibre-gl"), "dist/maplibre-gl.mjs"), `public/maplibre/${maplibreVersion}/maplibre-gl.mjs`],
  [join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-400-normal.woff2"), "public/fonts/noto-sans-latin-400.woff2"],
  [join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-ext-400-normal.woff2"), "public/fonts/noto-sans-latin-ext-400.woff2"],
  [join(pkgDir("@fontsource/noto-sans-arabic"), "files/noto-sans-arabic-arabic-400-normal.woff2"), "public/fonts/noto-sans-arabic-400.woff2"],
  // TTF-free servers (the static map renderer) can read woff too; keep one for each script.
  [join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-400-normal.woff"), "public/fonts/noto-sans-latin-400.woff"],
  [join(pkgDir("@fontsource/noto-sans-arabic"), "files/noto-sans-arabic-arabic-400-normal.woff"), "public/fonts/noto-sans-arabic-400.woff"],
  // The static map (lib/static-map/fonts.ts) also needs accented Latin and the arrows of shift labels.
  [join(pkgDir("@fontsource/noto-sans"), "files/noto-sans-latin-ext-400-normal.woff"), "public/fonts/noto-sans-latin-ext-400.woff"],
  [join(pkgDir("@fontsource/noto-sans-arabic"), "files/noto-sans-arabic-symbols-400-normal.woff"), "public/fonts/noto-sans-arabic-symbols-400.woff"],
];

for (const [from, to] of copies) {
  const dest = join(root, to);
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(from, dest);
}
console.log(`copied ${copies.length} static assets into public/`);
