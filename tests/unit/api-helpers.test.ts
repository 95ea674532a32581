import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError, errorResponse, handle } from "@/lib/api/errors";
import { cachedBody, conditionalResponse } from "@/lib/api/geojson-response";
import { parseQuery } from "@/lib/api/query";

describe("parseQuery", () => {
  const schema = z.object({ zoom: z.coerce.number().min(0).max(22).optional() });

  it("returns the typed parameters", () => {
    expect(parseQuery("http://x/api?zoom=4", schema)).toEqual({ zoom: 4 });
  });
  it("names an unknown parameter in its error", () => {
    expect(() => parseQuery("http://x/api?zom=4", schema)).toThrowError(/unknown parameter "zom"/);
  });
  it("refuses a parameter given twice", () => {
    expect(() => parseQuery("http://x/api?zoom=1&zoom=2", schema)).toThrowError(/more than once/);
  });
  it("says which parameter is out of range", () => {
    expect(() => parseQuery("http://x/api?zoom=99", schema)).toThrowError(/^zoom: /);
  });
});

describe("errors", () => {
  it("map an ApiError to its status and the JSON error shape", async () => {
    const res = errorResponse(new ApiError("not_found", "No layer"));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "No layer" } });
  });
  it("hide the details of an unexpected error behind a 500", async () => {
    const quiet = console.error;
    console.error = () => {};
    const res = await handle(() => {
      throw new Error("secret path /etc/passwd");
    })();
    console.error = quiet;
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("passwd");
  });
});

describe("conditionalResponse", () => {
  const cached = cachedBody({ type: "FeatureCollection", features: [] });
  const req = (etag?: string) => new Request("http://x/", { headers: etag ? { "If-None-Match": etag } : {} });

  it("gives the same strong ETag for the same bytes", () => {
    expect(cachedBody({ type: "FeatureCollection", features: [] }).etag).toBe(cached.etag);
    expect(cached.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });
  it("answers 304 when any listed tag matches", () => {
    expect(conditionalResponse(req(`"old", ${cached.etag}`), cached, "application/geo+json", "no-cache").status).toBe(304);
  });
  it("answers 200 with the body when the tag differs", async () => {
    const res = conditionalResponse(req('"old"'), cached, "application/geo+json", "no-cache");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json");
    expect(await res.text()).toBe(new TextDecoder().decode(cached.body));
  });
  it("hands out the cached bytes to any number of responses without using them up", async () => {
    const size = cached.body.byteLength;
    const texts = await Promise.all(Array.from({ length: 3 }, () => conditionalResponse(req(), cached, "application/geo+json", "no-cache").text()));
    expect(new Set(texts)).toEqual(new Set([new TextDecoder().decode(cached.body)]));
    expect(cached.body.byteLength).toBe(size);
  });
});
