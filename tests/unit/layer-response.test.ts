import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { layerResponse, plainLayerResponse } from "@/lib/api/layer-response";

const ORIGIN = "http://127.0.0.1:3000";
const req = (path: string, init?: RequestInit) => new Request(`${ORIGIN}${path}`, init);
const plain = (path: string, init?: RequestInit) => {
  const r = req(path, init);
  return plainLayerResponse(r, new URL(r.url));
};

describe("a layer's response", () => {
  it("is the same from the proxy's fast path as from the route: bytes, validator, caching", async () => {
    const fromRoute = await layerResponse(req("/api/layers/countries"), "countries");
    const fast = await plain("/api/layers/countries");
    expect(fast?.status).toBe(200);
    for (const h of ["etag", "cache-control", "content-type", "content-length", "vary"]) expect(fast!.headers.get(h), h).toBe(fromRoute.headers.get(h));
    const [a, b] = await Promise.all([fast!.arrayBuffer(), fromRoute.arrayBuffer()]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(JSON.parse(Buffer.from(a).toString("utf8")).type).toBe("FeatureCollection");
  });

  it("answers 304 on the fast path when the client holds the bytes", async () => {
    const etag = (await layerResponse(req("/api/layers/countries"), "countries")).headers.get("etag")!;
    expect((await plain("/api/layers/countries", { headers: { "If-None-Match": etag } }))?.status).toBe(304);
  });

  it("leaves to the route everything the route must refuse or check: other methods, queries, unknown or malformed ids", () => {
    expect(plain("/api/layers/countries", { method: "HEAD" })).toBeUndefined();
    expect(plain("/api/layers/countries", { method: "POST", body: "{}" })).toBeUndefined();
    expect(plain("/api/layers/countries?x=1")).toBeUndefined();
    expect(plain("/api/layers/nope")).toBeUndefined();
    expect(plain("/api/layers/COUNTRIES")).toBeUndefined();
    expect(plain("/api/layers/countries/extra")).toBeUndefined();
    expect(plain("/api/layers")).toBeUndefined();
  });

  it("from the route, refuses a query and an unknown id with the API's errors", () => {
    expect(() => layerResponse(req("/api/layers/countries?x=1"), "countries")).toThrow(ApiError);
    expect(() => layerResponse(req("/api/layers/nope"), "nope")).toThrow(/No layer "nope"/);
  });
});
