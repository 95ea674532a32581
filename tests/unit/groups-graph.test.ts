import { describe, expect, it } from "vitest";
import { allegianceEdges, edgeKind, groupGraph } from "@/lib/groups/graph";
import { layoutGraph } from "@/lib/groups/layout";
import { groupList, groupProfile } from "@/lib/groups/profile";
import type { Claim } from "@/lib/schema/article";
import { claim } from "../fixtures/layers/world";

const d = (value: string) => ({ value, precision: (value.length === 4 ? "year" : value.length === 7 ? "month" : "day") as "year" | "month" | "day", inferred: false });
const shift = (kind: "pledge" | "defection", from: string, to: string, over: Partial<Claim> = {}) =>
  claim({ kind, places: [], actors: [from, to], fromActor: from, toActor: to, ...over });

const LEXICON = [
  { id: "isis", nameEn: "ISIS", nameAr: "داعش", color: "#111111" },
  { id: "iswap", nameEn: "ISWAP", nameAr: "ولاية غرب أفريقيا", color: "#222222", parent: "isis", affiliation: ["isis"] },
  { id: "boko-haram", nameEn: "Boko Haram", nameAr: "بوكو حرام", color: "#333333" },
  { id: "al-qaeda", nameEn: "al-Qaeda", nameAr: "القاعدة", color: "#444444" },
  { id: "taliban", nameEn: "the Taliban", nameAr: "طالبان", color: "#555555" },
];

describe("allegiance edges", () => {
  it("tell a pledge, a defection, a split and a merger apart, in English and Arabic", () => {
    expect(edgeKind({ kind: "pledge", quote: "pledged allegiance" })).toBe("pledge");
    expect(edgeKind({ kind: "defection", quote: "fighters joined the Taliban" })).toBe("defection");
    expect(edgeKind({ kind: "defection", quote: "a faction broke away from Boko Haram" })).toBe("split");
    expect(edgeKind({ kind: "defection", quote: "انشق فصيل عن الجماعة" })).toBe("split");
    expect(edgeKind({ kind: "defection", quote: "the two groups merged" })).toBe("merger");
    expect(edgeKind({ kind: "attack", quote: "merged" })).toBeNull();
  });
  it("gather every passage behind one direction and kind, oldest first, with the dates they span", () => {
    const a = shift("pledge", "boko-haram", "isis", { date: d("2015-03-07"), article: "b" });
    const b = shift("pledge", "boko-haram", "isis", { date: d("2015"), article: "a" });
    const c = shift("pledge", "boko-haram", "isis", { article: "c" });
    const [e] = allegianceEdges([c, a, b]);
    expect(e).toMatchObject({ id: "pledge:boko-haram--isis", from: "boko-haram", to: "isis", first: d("2015"), last: d("2015") });
    expect(e!.evidence.map((x) => x.claimId)).toEqual([b.id, a.id, c.id]);
    expect(e!.evidence[0]).toMatchObject({ article: "a", passageId: "p-abc", quote: "synthetic" });
  });
  it("keep opposite directions apart and drop a claim with one side only", () => {
    const there = shift("defection", "isis", "taliban", { date: d("2017-10") });
    const back = shift("defection", "taliban", "isis", { date: d("2018") });
    const oneSided = claim({ kind: "pledge", places: [], actors: ["isis"] });
    expect(allegianceEdges([back, there, oneSided]).map((e) => e.id)).toEqual(["defection:isis--taliban", "defection:taliban--isis"]);
  });
  it("for a group, keep the edges touching it or its branches, with both ends named from the lexicon", () => {
    const edges = allegianceEdges([shift("pledge", "boko-haram", "iswap"), shift("defection", "al-qaeda", "taliban")]);
    const g = groupGraph(
      edges,
      ["isis", "iswap"],
      LEXICON.map((a) => ({ ...a, kind: "group" as const })),
    );
    expect(g.edges.map((e) => e.id)).toEqual(["pledge:boko-haram--iswap"]);
    expect(g.nodes.map((n) => n.nameEn)).toEqual(["Boko Haram", "ISWAP"]);
  });
});

describe("group pages' data", () => {
  const claims = [shift("pledge", "boko-haram", "isis", { date: d("2015-03") }), claim({ kind: "attack", places: [], actors: ["iswap"], date: d("2019-06") })];
  it("list every lexicon group with the claims naming it, even with none", () => {
    expect(groupList(LEXICON, claims).map((g) => [g.id, g.claims])).toEqual([
      ["isis", 1],
      ["iswap", 1],
      ["boko-haram", 1],
      ["al-qaeda", 0],
      ["taliban", 0],
    ]);
  });
  it("count a group's claims with its branches', by kind and over time; its branches and graph", () => {
    const p = groupProfile("isis", LEXICON, claims)!;
    expect(p.claims).toBe(2);
    expect(p.byKind).toEqual({ pledge: 1, attack: 1 });
    expect(p.branches.map((b) => b.id)).toEqual(["iswap"]);
    expect(p.timeline.first).toBe("2015-01");
    expect(p.graph.edges).toHaveLength(1);
    expect(groupProfile("iswap", LEXICON, claims)!.parent?.id).toBe("isis");
  });
  it("is null for an id the lexicon does not have", () => {
    expect(groupProfile("hamas", LEXICON, claims)).toBeNull();
  });
});

describe("graph layout", () => {
  const g = groupGraph(
    allegianceEdges([shift("pledge", "boko-haram", "isis"), shift("defection", "isis", "taliban"), shift("pledge", "al-qaeda", "isis")]),
    ["isis"],
    LEXICON.map((a) => ({ ...a, kind: "group" as const })),
  );
  it("puts every node inside the drawing, the page's group in the middle, none on top of another", () => {
    const l = layoutGraph(g, "isis");
    expect(l.at.isis).toEqual({ x: 320, y: 210 });
    const pts = Object.values(l.at);
    for (const p of pts) expect(p.x >= 0 && p.x <= l.width && p.y >= 0 && p.y <= l.height).toBe(true);
    for (const p of pts) for (const q of pts) if (p !== q) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(40);
  });
  it("is the same picture every time", () => {
    expect(layoutGraph(g, "isis")).toEqual(layoutGraph(g, "isis"));
  });
});
