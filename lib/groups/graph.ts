import type { Claim, PartialDate } from "../schema/article";
import { normalizeText } from "../text/normalize-ar";
import { intervalOf } from "../view/date-range";

/**
 * The allegiance graph: who pledged to, defected to, split from or merged with whom, each edge
 * with every passage behind it. Built from pledge and defection claims only (the lexicon's
 * parent/branch links are structure the articles did not state, listed apart on a group page).
 */
export type EdgeKind = "pledge" | "defection" | "split" | "merger";

export type Evidence = { claimId: string; article: string; passageId: string; quote: string; date: PartialDate | null; certainty: Claim["certainty"] };

export type AllegianceEdge = {
  /** "pledge:boko-haram--isis": stable, so a link can point at an edge. */
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  /** The earliest and latest dates the passages give (null when none is dated). */
  first: PartialDate | null;
  last: PartialDate | null;
  evidence: Evidence[];
};

export type GraphNode = { id: string; nameEn: string; nameAr: string; color: string; kind: "group" | "person" };
export type AllegianceGraph = { nodes: GraphNode[]; edges: AllegianceEdge[] };

// A defection whose words say a faction broke away, or that groups merged. Arabic is matched
// after normalisation (alef and hamza forms folded, as the extraction reads it).
const SPLIT = /split (?:off )?from|broke (?:away|off)|breakaway|splinter|انشق\S*(?: \S+){0,2} عن|انفصل\S*|فصيل منشق/u;
const MERGER = /merg\w*|join(?:ed)? forces|unit(?:ed|ing) (?:with|into)|اندمج\S*|اندماج\S*|توحد\S*|اتحاد/u;

export function edgeKind(c: Pick<Claim, "kind" | "quote">): EdgeKind | null {
  if (c.kind === "pledge") return "pledge";
  if (c.kind !== "defection") return null;
  const text = normalizeText(c.quote);
  if (MERGER.test(text)) return "merger";
  if (SPLIT.test(text)) return "split";
  return "defection";
}

const dateOrder = (a: PartialDate | null, b: PartialDate | null) => (a ? intervalOf(a.value).start : "9999").localeCompare(b ? intervalOf(b.value).start : "9999");

/** One edge per direction and kind, its passages oldest first (undated last). */
export function allegianceEdges(
  claims: readonly Pick<Claim, "id" | "article" | "passageId" | "quote" | "date" | "certainty" | "kind" | "actors" | "fromActor" | "toActor">[],
): AllegianceEdge[] {
  const edges = new Map<string, AllegianceEdge>();
  for (const c of claims) {
    const kind = edgeKind(c);
    if (!kind) continue;
    const to = c.toActor;
    const from = c.fromActor ?? c.actors.find((a) => a !== to);
    if (!from || !to || from === to) continue;
    const id = `${kind}:${from}--${to}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { id, from, to, kind, first: null, last: null, evidence: [] }));
    if (e.evidence.some((x) => x.claimId === c.id)) continue;
    e.evidence.push({ claimId: c.id, article: c.article, passageId: c.passageId, quote: c.quote, date: c.date ?? null, certainty: c.certainty });
  }
  for (const e of edges.values()) {
    e.evidence.sort((a, b) => dateOrder(a.date, b.date) || a.claimId.localeCompare(b.claimId));
    const dated = e.evidence.filter((x) => x.date).map((x) => x.date!);
    e.first = dated[0] ?? null;
    // The latest by its last day: "2017" ends after "2017-10".
    e.last = dated.reduce<PartialDate | null>((m, d) => (!m || intervalOf(d.value).end > intervalOf(m.value).end ? d : m), null);
  }
  return [...edges.values()].sort((a, b) => dateOrder(a.first, b.first) || a.id.localeCompare(b.id));
}

/**
 * A group's part of the graph: every edge that touches it or one of `family` (its branches), and
 * the nodes at their ends, named from the lexicon (an id the lexicon lacks keeps its id as name).
 */
export function groupGraph(edges: readonly AllegianceEdge[], family: readonly string[], lexicon: readonly GraphNode[]): AllegianceGraph {
  const members = new Set(family);
  const kept = edges.filter((e) => members.has(e.from) || members.has(e.to));
  const byId = new Map(lexicon.map((n) => [n.id, n]));
  const ids = [...new Set(kept.flatMap((e) => [e.from, e.to]))].sort();
  const nodes = ids.map((id) => byId.get(id) ?? { id, nameEn: id, nameAr: id, color: "#555555", kind: "group" as const });
  return { nodes, edges: kept };
}
