import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": here("./") } },
  test: {
    environment: "node",
    // `server-only` throws outside a React server bundle; lib code is plain Node here.
    alias: { "server-only": here("./scripts/support/server-only-off.ts") },
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], setupFiles: ["tests/support/data-dir.ts"] } },
      // Route handlers over real HTTP against `next start` (needs `npm run build` first).
      { extends: true, test: { name: "api", include: ["tests/api/**/*.test.ts"], globalSetup: ["tests/support/server.ts"] } },
    ],
  },
});
