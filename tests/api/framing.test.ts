import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");
const csp = async (path: string) => (await fetch(`${base}${path}`)).headers.get("content-security-policy") ?? "";

describe("framing", () => {
  it("lets any site frame /embed", async () => {
    expect(await csp("/embed")).toMatch(/frame-ancestors \*(;|$)/);
  });
  it("refuses framing of every other page and of the API", async () => {
    for (const path of ["/", "/articles", "/api/layers"]) expect(await csp(path), path).toMatch(/frame-ancestors 'none'/);
  });
  it("lets other sites load the static map images, and nothing else", async () => {
    const img = await fetch(`${base}/api/static-map.svg`);
    expect(img.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    const data = await fetch(`${base}/api/layers`);
    expect(data.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });
});
