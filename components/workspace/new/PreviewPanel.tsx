import { KIND_LABEL } from "@/lib/i18n/labels";
import type { IntakeMessages } from "@/lib/intake/messages";
import type { Preview, SpanKind } from "@/lib/intake/preview";
import type { UiLang } from "@/lib/view/view-state";
import { PassageSpans, SPAN_CLASS } from "./PassageSpans";

/** The preview: a legend, the passages with their spans, and the proposed claims. */
export function PreviewPanel({ preview, lang, m }: { preview: Preview; lang: UiLang; m: IntakeMessages }) {
  const articleDir = preview.article.lang === "ar" ? "rtl" : "ltr";
  const names = lang === "ar" ? preview.namesAr : preview.names;
  const name = (kind: SpanKind, id: string) => (kind === "place" ? names.places[id] : kind === "actor" ? names.actors[id] : undefined) ?? id;
  const paragraphs = new Map<number, Preview["passages"]>();
  for (const p of preview.passages) paragraphs.set(p.paragraph, [...(paragraphs.get(p.paragraph) ?? []), p]);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    <section aria-labelledby="intake-preview-heading" data-testid="intake-preview" className="mt-6 rounded border border-stone-300 bg-white p-4">
      <h2 id="intake-preview-heading" className="text-xl font-semibold">
        {m.previewHeading}
      </h2>
      <p className="mt-1 text-lg" lang={preview.article.lang} dir={articleDir} data-testid="preview-title">
        {preview.article.title}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm" role="group" aria-label={m.legend}>
        <span className="font-semibold">{m.legend}:</span>
        {(["place", "actor", "date"] as const).map((k) => (
          <mark key={k} className={`rounded-sm px-1 ${SPAN_CLASS[k]}`}>
            {k === "place" ? m.legendPlace : k === "actor" ? m.legendActor : m.legendDate}
          </mark>
        ))}
      </div>
      <h3 className="mt-4 font-semibold">{m.passages}</h3>
      <div lang={preview.article.lang} dir={articleDir} className="mt-2 space-y-3 leading-8" data-testid="preview-passages">
        {[...paragraphs.values()].map((ps) => (
          <p key={ps[0]!.id}>
            {ps.map((p, i) => (
              <span key={p.id} id={`preview-${p.id}`}>
                {i > 0 ? " " : null}
                <PassageSpans passage={p} names={name} />
              </span>
            ))}
          </p>
        ))}
      </div>
      <h3 className="mt-6 font-semibold" data-testid="preview-claim-count">
        {m.proposedClaims(preview.claims.length)}
      </h3>
      {preview.boundMessage ? <p className="mt-1 text-sm text-amber-900">{preview.boundMessage}</p> : null}
      {preview.claims.length === 0 ? (
        <p className="mt-2 text-stone-700">{m.noClaims}</p>
      ) : (
        <ul className="mt-2 space-y-3" data-testid="preview-claims">
          {preview.claims.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 p-3">
              <p className="font-semibold">{KIND_LABEL[lang][c.kind]}</p>
              <blockquote lang={preview.article.lang} dir={articleDir} className="my-1 border-s-4 border-stone-300 ps-3 text-stone-800">
                {c.quote}
              </blockquote>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
                <dt className="text-stone-600">{m.groups}</dt>
                <dd>
                  {c.fromActor && c.toActor ? `${name("actor", c.fromActor)} ${m.fromTo} ${name("actor", c.toActor)}` : c.actors.map((a) => name("actor", a)).join(", ") || m.none}
                  {c.actorFrom === "context" ? ` (${m.fromContext})` : null}
                </dd>
                <dt className="text-stone-600">{m.place}</dt>
                <dd>
                  {c.places.map((p) => name("place", p.id)).join(", ") || m.none}
                  {c.placeFrom === "context" ? ` (${m.fromContext})` : null}
                </dd>
                <dt className="text-stone-600">{m.date}</dt>
                <dd>{c.date ? c.date.value : m.none}</dd>
                <dt className="text-stone-600">{m.confidence}</dt>
                <dd>{pct(c.confidence)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
