import { describe, expect, it } from "vitest";
import { Curation } from "@/lib/articles/curation";
import { HttpUrl } from "@/lib/schema/article";
import { safeHref } from "@/lib/web/safe-href";
import { parseCli, UsageError } from "../../scripts/ingest/args";

const HOSTILE = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//example.org/a",
  "/relative",
];

describe("article URLs", () => {
  it("safeHref keeps absolute http and https links", () => {
    expect(safeHref("https://example.org/a?b=1#c")).toBe("https://example.org/a?b=1#c");
    expect(safeHref("http://example.org/")).toBe("http://example.org/");
  });

  it("safeHref drops javascript:, data:, vbscript:, file: and relative URLs so nothing renders them as links", () => {
    for (const url of HOSTILE) expect(safeHref(url), url).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
  });

  it("the article schema refuses non-http(s) URLs with a message that says what is allowed", () => {
    for (const url of HOSTILE) {
      const r = HttpUrl.safeParse(url);
      expect(r.success, url).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/http:\/\/ or https:\/\//);
    }
    expect(HttpUrl.safeParse("https://example.org/").success).toBe(true);
  });

  it("a curation file whose metadata sets a javascript: URL is refused", () => {
    const base = { version: 1, article: "a" };
    expect(Curation.safeParse({ ...base, metadata: { url: "https://example.org/" } }).success).toBe(true);
    expect(Curation.safeParse({ ...base, metadata: { url: "javascript:alert(1)" } }).success).toBe(false);
  });

  it("ingest refuses --url javascript:, data: and vbscript: with a clear usage error", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)"]) {
      expect(() => parseCli(["a.txt", "--url", url]), url).toThrow(UsageError);
      expect(() => parseCli(["a.txt", "--url", url])).toThrow(/http:\/\/ or https:\/\//);
    }
    expect(parseCli(["a.txt", "--url", "https://example.org/x"]).url).toBe("https://example.org/x");
  });
});
