// The data layer's boundaries, checked by `npm run lint` (README, "Boundaries").
// lib/data owns the store: the database drivers and the corpus on disk. Server code (app/, lib/*)
// reads through it; components (drawn in the browser) never reach it, however indirectly.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "db-driver-outside-data",
      comment: "Only lib/data opens the database (scripts and tests may, for their own stores).",
      severity: "error",
      from: {
        pathNot: [
          "^lib/data/",
          "^scripts/",
          "^tests/",
          // Writes a GeoPackage download (an SQLite file of its own), not the store.
          "^lib/export/gpkg\\.ts$",
        ],
      },
      to: {
        path: "(^|/)node_modules/(better-sqlite3|pg|kysely)/",
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "corpus-files-outside-data",
      comment: "The JSON corpus (geodata/articles) is read and written by lib/data alone.",
      severity: "error",
      from: { pathNot: ["^lib/data/", "^scripts/", "^tests/"] },
      to: { path: "^geodata/articles/" },
    },
    {
      name: "components-reach-data",
      comment: "Components are drawn in the browser: nothing they import may lead to lib/data.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^lib/data/", reachable: true },
    },
    {
      name: "components-import-server-only",
      comment: "A module marked server-only must never be bundled for the client.",
      severity: "error",
      from: { path: "^components/" },
      // tsconfig.json points `server-only` at an empty module for the CLI; either target counts.
      to: { path: ["(^|/)node_modules/server-only/", "^scripts/support/server-only-off\\.ts$"], reachable: true },
    },
    {
      name: "lib-imports-ui",
      comment: "lib/ computes; app/ and components/ draw. Computing never depends on drawing.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "lib-cycle",
      comment: "A cycle in lib/ means two modules that cannot be understood (or tested) apart.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
    {
      name: "unresolvable",
      comment: "An import that resolves to nothing is a typo or a missing package.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(\\.next|node_modules|public|data)/" },
    // Type-only imports vanish when compiled: they neither reach a bundle nor make a runtime cycle.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
