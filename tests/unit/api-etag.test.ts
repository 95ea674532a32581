import { describe, expect, it } from "vitest";
import { ifNoneMatchHits, parseIfNoneMatch } from "@/lib/api/etag";
import { cachedBody, conditionalResponse } from "@/lib/api/geojson-response";
import { notModified } from "@/lib/static-map/response";

const TAG = '"abc123"';

describe("If-None-Match (RFC 9110 weak comparison)", () => {
  it("matches the exact strong tag", () => expect(ifNoneMatchHits(TAG, TAG)).toBe(true));
  it("matches the weak form W/ of our strong tag", () => expect(ifNoneMatchHits(`W/${TAG}`, TAG)).toBe(true));
  it("matches a tag anywhere in a list, with or without spaces and empty elements", () => {
    expect(ifNoneMatchHits(`"zzz", W/"yyy",${TAG}`, TAG)).toBe(true);
    expect(ifNoneMatchHits(` , "zzz" ,, W/${TAG} `, TAG)).toBe(true);
  });
  it("matches * alone", () => expect(ifNoneMatchHits("*", TAG)).toBe(true));
  it("does not match other tags, an unquoted tag or a tag that only contains ours", () => {
    expect(ifNoneMatchHits('"zzz", W/"abc"', TAG)).toBe(false);
    expect(ifNoneMatchHits("abc123", TAG)).toBe(false);
    expect(ifNoneMatchHits('"xabc123"', TAG)).toBe(false);
    expect(ifNoneMatchHits(null, TAG)).toBe(false);
  });
  it("keeps a comma inside a quoted tag as part of the tag", () => {
    expect(parseIfNoneMatch('"a,b", W/"c"')).toEqual(['"a,b"', '"c"']);
    expect(ifNoneMatchHits('"a,b"', '"a"')).toBe(false);
  });
  it("a layer answer is 304 for the weak form of its ETag", () => {
    const body = cachedBody({ a: 1 });
    const res = conditionalResponse(new Request("http://x/", { headers: { "If-None-Match": `W/${body.etag}` } }), body, "application/json", "no-cache");
    expect(res.status).toBe(304);
  });
  it("a static map answer is 304 for the weak form of its ETag in a list", () => {
    const res = notModified(new Request("http://x/", { headers: { "If-None-Match": `"old", W/${TAG}` } }), TAG);
    expect(res?.status).toBe(304);
  });
});
