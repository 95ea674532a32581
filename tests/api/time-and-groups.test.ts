import { describe, expect, inject, it } from "vitest";

const base = inject("baseURL");

async function expectJsonError(res: Response, status: number, mention?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  if (mention) expect(body.error.message).toContain(mention);
}

type Model = { claimsTotal: number; marks: { layer: string; control?: { holder: string } }[]; timeline: { first: string | null } };
const view = async (q: string) => (await (await fetch(`${base}/api/view${q}`)).json()) as Model;

describe("at= on the view API", () => {
  it("shows fewer claims as of an early month than as of the last, and all of them with no at", async () => {
    const all = await view("");
    const early = await view("?at=2015-06");
    const late = await view("?at=2030-01");
    expect(early.claimsTotal).toBeLessThan(late.claimsTotal);
    expect(late.claimsTotal).toBeLessThanOrEqual(all.claimsTotal);
    // The timeline keeps its whole range, so playback knows where to go.
    expect(early.timeline.first).toBe(all.timeline.first);
  });
  it("as a moving window shows no more than cumulative up to the same month", async () => {
    const cumulative = await view("?at=2017-10");
    const windowed = await view("?at=2017-10&play=window&window=3");
    expect(windowed.claimsTotal).toBeLessThanOrEqual(cumulative.claimsTotal);
  });
  it("answers 400 naming the parameter for a bad at, play or window", async () => {
    await expectJsonError(await fetch(`${base}/api/view?at=2017-13`), 400, "at");
    await expectJsonError(await fetch(`${base}/api/view?at=2017`), 400, "at is YYYY-MM");
    await expectJsonError(await fetch(`${base}/api/view?play=loop`), 400, "play");
    await expectJsonError(await fetch(`${base}/api/view?window=0`), 400, "window");
    await expectJsonError(await fetch(`${base}/api/claims.csv?at=x`), 400, "at");
  });
});

describe("at= in images and oEmbed", () => {
  it("draws 'as of October 2017' into the static map, and refuses a bad at with 400", async () => {
    const svg = await (await fetch(`${base}/api/static-map.svg?at=2017-10&width=800&height=600`)).text();
    expect(svg.replace(/<[^>]+>/g, "")).toContain("as of October 2017");
    const ar = await (await fetch(`${base}/api/static-map.svg?at=2017-10&lang=ar&width=800&height=600`)).text();
    expect(ar.replace(/<[^>]+>/g, "")).toContain("أكتوبر");
    await expectJsonError(await fetch(`${base}/api/static-map.png?at=2017-00`), 400, "at");
  });
  it("titles an oEmbed of a view with at by its month", async () => {
    const res = await fetch(`${base}/api/oembed?url=${encodeURIComponent(`${base}/?at=2017-10`)}&format=json`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { title: string; html: string };
    expect(body.title).toContain("as of October 2017");
    expect(body.html).toContain("at=2017-10");
  });
});

describe("group pages", () => {
  it("list every group of the lexicon at /groups and give each a page", async () => {
    const html = await (await fetch(`${base}/groups`)).text();
    for (const id of ["isis", "al-qaeda", "aqap", "taliban", "boko-haram", "haqqani-network"]) expect(html).toContain(`href="/groups/${id}"`);
    const page = await fetch(`${base}/groups/boko-haram?lang=ar`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('dir="rtl"');
    expect(text).toContain("بوكو حرام");
  });
  it("serve a group as JSON with its graph, every edge with its passages", async () => {
    const res = await fetch(`${base}/api/groups/boko-haram`);
    expect(res.status).toBe(200);
    const g = (await res.json()) as {
      group: { id: string };
      graph: { edges: { from: string; to: string; evidence: { article: string; passageId: string }[] }[] };
      layout: { at: Record<string, unknown> };
    };
    expect(g.group.id).toBe("boko-haram");
    expect(g.graph.edges.length).toBeGreaterThan(0);
    for (const e of g.graph.edges) {
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(g.layout.at).toHaveProperty(e.from);
    }
  });
  it("answer 404 for an unknown group: JSON from the API, a page from /groups", async () => {
    await expectJsonError(await fetch(`${base}/api/groups/hamas`), 404, "hamas");
    await expectJsonError(await fetch(`${base}/api/groups/NOT%20AN%20ID`), 400);
    expect((await fetch(`${base}/groups/hamas`)).status).toBe(404);
  });
});
