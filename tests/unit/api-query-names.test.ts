import { describe, expect, it } from "vitest";
import { z } from "zod";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { parseQuery } from "@/lib/api/query";
import { FILTER_PARAMS, parseViewQuery } from "@/lib/api/view-query";

const schema = z.object({ zoom: z.string().optional() });
const INHERITED = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__"];

describe("query validation and names inherited from Object.prototype", () => {
  it("refuses each inherited name as an unknown parameter, naming it", () => {
    for (const name of INHERITED) {
      expect(() => parseQuery(`http://x/a?${name}=1`, schema), name).toThrowError(`unknown parameter "${name}"`);
      expect(() => parseViewQuery(`http://x/a?${name}=1`, FILTER_PARAMS), name).toThrowError(`unknown parameter "${name}"`);
    }
  });
  it("does not report toString as given more than once", () => {
    expect(() => parseQuery("http://x/a?toString=1", schema)).not.toThrowError(/more than once/);
  });
  it("refuses __proto__ even beside a valid parameter", () => {
    expect(() => parseQuery("http://x/a?zoom=1&__proto__=x", schema)).toThrowError(/__proto__/);
  });
});

describe("405", () => {
  it("answers a POST with a JSON error, Allow and Cache-Control: no-store", async () => {
    const res = methodNotAllowed(new Request("http://x/api/layers", { method: "POST" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("allow")).toContain("GET");
    expect(await res.json()).toEqual({ error: { code: "method_not_allowed", message: expect.stringContaining("POST") } });
  });
});
