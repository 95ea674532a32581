import { formatDate } from "@/components/claims/ClaimCard";
import type { AllegianceGraph } from "@/lib/groups/graph";
import { EDGE_LABEL, edgeAnchor, GROUP_TEXT } from "@/lib/groups/labels";
import { readerHref } from "@/lib/reader/links";
import type { UiLang } from "@/lib/view/view-state";

/**
 * The graph in words, for screen readers and for anyone who wants the passages: one row per
 * edge (the graph's links land here), each passage quoted and linked to its place in the reader.
 */
export function EdgeTable({ graph, lang }: { graph: AllegianceGraph; lang: UiLang }) {
  const t = GROUP_TEXT[lang];
  const name = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    return n ? (lang === "ar" ? n.nameAr : n.nameEn) : id;
  };
  const groupHref = (id: string) => `/groups/${encodeURIComponent(id)}${lang === "ar" ? "?lang=ar" : ""}`;
  return (
    <table className="w-full text-start text-sm" data-testid="edge-table">
      <caption className="mb-2 text-start text-lg font-semibold">{t.table}</caption>
      <thead className="border-b border-stone-300 text-stone-600">
        <tr>
          <th scope="col" className="py-1 text-start">
            {t.from}
          </th>
          <th scope="col" className="text-start">
            {t.kind}
          </th>
          <th scope="col" className="text-start">
            {t.to}
          </th>
          <th scope="col" className="text-start">
            {t.when}
          </th>
          <th scope="col" className="text-start">
            {t.passages}
          </th>
        </tr>
      </thead>
      <tbody>
        {graph.edges.map((e) => (
          <tr key={e.id} id={edgeAnchor(e.id)} tabIndex={-1} className="border-b border-stone-200 align-top target:bg-amber-50" data-testid="edge-row">
            <td className="py-1">
              <a href={groupHref(e.from)} className="text-sky-900 underline">
                {name(e.from)}
              </a>
            </td>
            <td>{EDGE_LABEL[lang][e.kind]}</td>
            <td>
              <a href={groupHref(e.to)} className="text-sky-900 underline">
                {name(e.to)}
              </a>
            </td>
            <td className="whitespace-nowrap">
              {e.first ? formatDate(e.first, lang) : t.undated}
              {e.last && e.first && e.last.value !== e.first.value ? ` – ${formatDate(e.last, lang)}` : ""}
            </td>
            <td>
              <ul className="space-y-1">
                {e.evidence.map((x) => (
                  <li key={x.claimId}>
                    <a href={readerHref(x.article, lang, x.passageId)} className="text-sky-900 underline" data-testid="edge-passage">
                      <q dir="auto">{x.quote}</q>
                    </a>
                    {x.certainty !== "asserted" && <span className="ms-1 text-xs text-stone-500">({t.hedged})</span>}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
