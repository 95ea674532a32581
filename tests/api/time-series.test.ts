import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");

type Series = { spans: [string, string][]; marks: Record<string, { c: number[]; e: number[]; o: number[] }>; total: number[] };
type Model = { claimsTotal: number; marks: unknown[] };

const sum = (pairs: number[]) => pairs.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0);

describe("GET /api/view/series", () => {
  it("answers a view's counts over time: every dated claim of the view, by interval", async () => {
    const res = await fetch(`${base}/api/view/series?country=IRQ`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const series = (await res.json()) as Series;
    const model = (await (await fetch(`${base}/api/view?country=IRQ&at=2100-01`)).json()) as Model;
    // As of a month after every date, the series counts exactly the dated claims the model shows.
    expect(sum(series.total)).toBe(model.claimsTotal);
    expect(series.spans.every(([a, b]) => /^\d{4}-\d{2}-\d{2}$/.test(a) && a <= b)).toBe(true);
    expect(Object.keys(series.marks).length).toBeGreaterThan(0);
  });
  it("is the same series whatever at, play and window say (playback applies them)", async () => {
    const a = await (await fetch(`${base}/api/view/series?kind=pledge`)).text();
    const b = await (await fetch(`${base}/api/view/series?kind=pledge&at=2017-10&play=window&window=3`)).text();
    expect(b).toBe(a);
  });
  it("answers 400 in JSON for a bad or unknown parameter", async () => {
    for (const q of ["at=2017-13", "window=0", "play=loop", "country=XXX", "nonsense=1"]) {
      const res = await fetch(`${base}/api/view/series?${q}`);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code, q).toBe("bad_request");
    }
  });
});
