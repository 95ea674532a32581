import { formatDate } from "@/components/claims/ClaimCard";
import type { AllegianceGraph as Graph, AllegianceEdge } from "@/lib/groups/graph";
import { EDGE_LABEL, EDGE_STYLE, edgeAnchor } from "@/lib/groups/labels";
import type { Layout } from "@/lib/groups/layout";
import type { UiLang } from "@/lib/view/view-state";

const R = 9;

/**
 * The allegiance graph as plain SVG from a server-computed layout: names as text, each edge a
 * link (Tab reaches it, Enter follows it) to its row of passages in the table below. Edges
 * between the same two groups are bent apart so none hides another.
 */
export function AllegianceGraph({ graph, layout, centre, lang }: { graph: Graph; layout: Layout; centre: string; lang: UiLang }) {
  const name = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    return n ? (lang === "ar" ? n.nameAr : n.nameEn) : id;
  };
  const pairIndex = new Map<string, number>();
  const bend = (e: AllegianceEdge) => {
    const key = [e.from, e.to].sort().join("|");
    const i = pairIndex.get(key) ?? 0;
    pairIndex.set(key, i + 1);
    return (i % 2 ? -1 : 1) * (20 + 18 * Math.floor(i / 2)) * (e.from < e.to ? 1 : -1);
  };
  const kinds = [...new Set(graph.edges.map((e) => e.kind))];
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="w-full max-w-3xl rounded border border-stone-300 bg-white"
        role="group"
        aria-label={lang === "ar" ? "رسم الولاءات" : "Allegiance graph"}
        data-testid="allegiance-graph"
      >
        <defs>
          {kinds.map((k) => (
            <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLE[k].color} />
            </marker>
          ))}
        </defs>
        {graph.edges.map((e) => {
          const a = layout.at[e.from]!;
          const b = layout.at[e.to]!;
          const len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
          const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
          // Start and end at the circles' edges so the arrowhead is seen.
          const [sx, sy, tx, ty] = [a.x + ux * R, a.y + uy * R, b.x - ux * (R + 2), b.y - uy * (R + 2)];
          const k = bend(e);
          const [cx, cy] = [(sx + tx) / 2 - uy * k, (sy + ty) / 2 + ux * k];
          const hedgedOnly = e.evidence.every((x) => x.certainty !== "asserted");
          const when = e.first ? formatDate(e.first, lang) : "";
          const label = `${name(e.from)} ${EDGE_LABEL[lang][e.kind]} ${name(e.to)}${when ? `, ${when}` : ""} (${e.evidence.length})`;
          return (
            <a key={e.id} href={`#${edgeAnchor(e.id)}`} aria-label={label} className="group focus:outline-none" data-testid="graph-edge" data-edge={e.id}>
              <title>{label}</title>
              {/* A wide invisible stroke: a thin line is hard to hit with a pointer. */}
              <path d={`M${sx},${sy} Q${cx},${cy} ${tx},${ty}`} fill="none" stroke="transparent" strokeWidth={14} />
              <path
                d={`M${sx},${sy} Q${cx},${cy} ${tx},${ty}`}
                fill="none"
                stroke={EDGE_STYLE[e.kind].color}
                strokeWidth={2.5}
                strokeDasharray={EDGE_STYLE[e.kind].dash}
                strokeOpacity={hedgedOnly ? 0.55 : 1}
                markerEnd={`url(#arrow-${e.kind})`}
                className="group-focus-visible:[stroke-width:5] group-hover:[stroke-width:4]"
              />
            </a>
          );
        })}
        {graph.nodes.map((n) => {
          const p = layout.at[n.id]!;
          return (
            <g key={n.id} data-node={n.id}>
              <circle cx={p.x} cy={p.y} r={n.id === centre ? R + 3 : R} fill={n.color} stroke="#ffffff" strokeWidth={2} />
              <text
                x={p.x}
                y={p.y + R + 15}
                textAnchor="middle"
                fontSize={13}
                fontWeight={n.id === centre ? 700 : 400}
                fill="#1c1917"
                stroke="#ffffff"
                strokeWidth={3}
                paintOrder="stroke"
                direction={lang === "ar" ? "rtl" : "ltr"}
              >
                {lang === "ar" ? n.nameAr : n.nameEn}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-3 text-xs text-stone-700" aria-label={lang === "ar" ? "مفتاح الخطوط" : "Line key"}>
          {kinds.map((k) => (
            <li key={k} className="flex items-center gap-1">
              <svg width="28" height="8" aria-hidden>
                <line x1="0" y1="4" x2="28" y2="4" stroke={EDGE_STYLE[k].color} strokeWidth={2.5} strokeDasharray={EDGE_STYLE[k].dash} />
              </svg>
              {EDGE_LABEL[lang][k]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
