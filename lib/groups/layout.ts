import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import type { AllegianceGraph } from "./graph";

/**
 * Where each node of a group's graph goes, computed once on the server with d3-force and sent
 * as coordinates: the page draws plain SVG and needs no script to show it. Deterministic: the
 * nodes start evenly on a circle (d3 only jiggles coincident nodes) and the simulation runs a
 * fixed number of ticks, so the same graph always has the same picture.
 */
export type Layout = { width: number; height: number; at: Record<string, { x: number; y: number }> };

type Node = SimulationNodeDatum & { id: string };

export function layoutGraph(graph: AllegianceGraph, centre: string | null, size = { width: 640, height: 420 }, pad = 70): Layout {
  const n = graph.nodes.length;
  const nodes: Node[] = graph.nodes.map((g, i) => ({ id: g.id, x: Math.cos((2 * Math.PI * i) / Math.max(1, n)) * 150, y: Math.sin((2 * Math.PI * i) / Math.max(1, n)) * 150 }));
  const c = nodes.find((x) => x.id === centre);
  // The page's own group is held in the middle: the graph is read from it outwards.
  if (c) Object.assign(c, { x: 0, y: 0, fx: 0, fy: 0 });
  // One link per pair: a pledge and a later defection between the same two should not pull twice.
  const pairs = [...new Set(graph.edges.map((e) => [e.from, e.to].sort().join("|")))].map((p) => {
    const [source, target] = p.split("|") as [string, string];
    return { source, target };
  });
  forceSimulation(nodes)
    .force(
      "link",
      forceLink<Node, { source: string; target: string }>(pairs)
        .id((d) => d.id)
        .distance(140),
    )
    .force("charge", forceManyBody().strength(-500))
    .force("collide", forceCollide(55))
    .force("x", forceX(0).strength(0.05))
    .force("y", forceY(0).strength(0.05))
    .stop()
    .tick(300);
  // Centred on the page's group (else on the middle of the drawing), shrunk to fit, never enlarged.
  const xs = nodes.map((d) => d.x ?? 0);
  const ys = nodes.map((d) => d.y ?? 0);
  const ox = c ? 0 : (Math.min(...xs) + Math.max(...xs)) / 2;
  const oy = c ? 0 : (Math.min(...ys) + Math.max(...ys)) / 2;
  const reach = (vs: number[], o: number) => Math.max(1, ...vs.map((v) => Math.abs(v - o)));
  const scale = Math.min(1, (size.width / 2 - pad) / reach(xs, ox), (size.height / 2 - pad) / reach(ys, oy));
  const round = (v: number) => Math.round(v * 10) / 10;
  const at: Layout["at"] = {};
  for (const d of nodes) at[d.id] = { x: round(size.width / 2 + ((d.x ?? 0) - ox) * scale), y: round(size.height / 2 + ((d.y ?? 0) - oy) * scale) };
  return { ...size, at };
}
