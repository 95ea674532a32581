import { messages } from "@/lib/i18n/messages";
import { KIND_LABEL } from "@/lib/i18n/labels";
import type { Cell, Comparison, Row } from "@/lib/compare/compare";
import type { ClaimKind } from "@/lib/schema/article";
import type { UiLang } from "@/lib/view/view-state";
import { formatDate } from "@/components/claims/ClaimCard";
import { arrow } from "@/components/country/names";

type T = ReturnType<typeof messages>;

function label(row: Row, t: T, lang: UiLang): string {
  if (row.id.startsWith("kind:")) return `${t.rowClaims}: ${KIND_LABEL[lang][row.id.slice(5) as ClaimKind]}`;
  const labels: Record<string, string> = {
    claims: t.rowClaims,
    actors: t.rowActors,
    shifts: t.rowShifts,
    loss: t.rowLoss,
    area: t.rowArea,
    provinces: t.rowProvinces,
    first: t.rowFirst,
    last: t.rowLast,
    articles: t.rowArticles,
    passages: t.rowPassages,
  };
  return labels[row.id] ?? row.id;
}

const precisionOf = (v: string) => (v.length === 10 ? "day" : v.length === 7 ? "month" : "year") as "day" | "month" | "year";

/**
 * The comparison row by row, one column per region. The largest value of each row is marked
 * (bold, and "highest" for screen readers) and every number has a bar, so differences show at a glance.
 */
export function CompareTable({ comparison, lang }: { comparison: Comparison; lang: UiLang }) {
  const t = messages(lang);
  const name = (id: string) => {
    const n = comparison.names[id];
    return n ? (lang === "ar" ? n.nameAr : n.nameEn) : id;
  };
  const nf = new Intl.NumberFormat(lang === "ar" ? "ar" : "en-GB");
  const cellText = (row: Row, c: Cell): string => {
    if (row.id === "first" || row.id === "last") return c.text ? formatDate({ value: c.text, precision: precisionOf(c.text), inferred: false }, lang) : t.notStated;
    if (row.id === "loss") return c.text ?? t.notStated;
    return c.value === null ? t.notStated : nf.format(c.value);
  };
  const items = (row: Row, c: Cell) =>
    row.id === "shifts"
      ? c.items.map((s) =>
          s
            .split(">")
            .map(name)
            .join(` ${arrow(lang)} `),
        )
      : row.id === "actors" || row.id === "provinces"
        ? c.items.map(name)
        : [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="compare-table">
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-2 pe-3 text-start">
              {t.row}
            </th>
            {comparison.regions.map((r) => (
              <th key={r.code} scope="col" className="px-2 text-start">
                {lang === "ar" ? r.nameAr : r.nameEn} <span className="text-xs font-normal text-stone-500">{r.code}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => {
            const max = Math.max(0, ...row.cells.map((c) => c.value ?? 0));
            return (
              <tr key={row.id} className="border-b border-stone-200 align-top" data-row={row.id}>
                <th scope="row" className="py-1.5 pe-3 text-start font-medium">
                  {label(row, t, lang)}
                </th>
                {row.cells.map((c, i) => {
                  const lead = row.leaders.includes(i);
                  const list = items(row, c);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a cell is its column, and the columns are the regions in order.
                    <td key={i} className="px-2 py-1.5" data-leader={lead || undefined}>
                      <span className={lead ? "font-bold text-stone-950" : "text-stone-800"}>
                        <bdi>{cellText(row, c)}</bdi>
                        {lead && <span className="sr-only"> ({t.highest})</span>}
                      </span>
                      {row.id !== "first" && row.id !== "last" && c.value !== null && max > 0 && (
                        <span aria-hidden className={`mt-0.5 block h-1.5 rounded-e ${lead ? "bg-amber-600" : "bg-stone-300"}`} style={{ width: `${(c.value / max) * 100}%` }} />
                      )}
                      {list.length > 0 && <span className="mt-0.5 block text-xs text-stone-600">{list.join(" · ")}</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
