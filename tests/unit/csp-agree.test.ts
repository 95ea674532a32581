import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { frameAncestorsFor, pageCsp } from "@/lib/web/csp";

/**
 * The page policy (lib/web/csp.ts, with a nonce, set by proxy.ts) and the policy on every other
 * answer (next.config.js) are written in two files that cannot share code (next.config.js is
 * plain JS read before the TypeScript is built). This keeps them from drifting apart.
 */
type Rule = { source: string; headers: { key: string; value: string }[] };

describe("the page CSP and next.config.js's CSP", () => {
  let rules: Rule[] = [];
  beforeAll(async () => {
    vi.stubEnv("NODE_ENV", "production");
    const require = createRequire(import.meta.url);
    const path = require.resolve("../../next.config.js");
    delete require.cache[path];
    rules = await require(path).headers();
  });
  afterAll(() => vi.unstubAllEnvs());

  const cspOf = (source: string) =>
    rules
      .filter((r) => r.source === source)
      .flatMap((r) => r.headers)
      .filter((h) => h.key === "Content-Security-Policy")
      .at(-1)?.value;

  it("list the same directives, the page's adding only its script nonce", () => {
    const page = pageCsp("N0NCE", frameAncestorsFor("/")).replace(" 'nonce-N0NCE'", "");
    expect(cspOf("/:path*")).toBe(page);
  });

  it("agree on which path other sites may frame", () => {
    expect(cspOf("/embed")).toBe(pageCsp("N", frameAncestorsFor("/embed")).replace(" 'nonce-N'", ""));
    expect(frameAncestorsFor("/articles")).toBe("'none'");
  });
});
