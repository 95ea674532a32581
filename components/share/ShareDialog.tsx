"use client";

import { useRef, useState } from "react";
import { messages } from "@/lib/i18n/messages";
import { shareLinks } from "@/lib/share/snippets";
import type { ViewState } from "@/lib/view/view-state";

/**
 * Share this view: its link, an iframe snippet for web pages, images for documents and slides,
 * and the claims as data. A native <dialog>, so focus is trapped and Escape closes it.
 */
export function ShareDialog({ view, path = "/", pageSearch }: { view: ViewState; path?: string; pageSearch?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [links, setLinks] = useState<ReturnType<typeof shareLinks> | null>(null);
  const t = messages(view.lang);
  const ar = view.lang === "ar";
  const open = () => {
    // The iframe's title is what a screen reader announces for the embedded map: in the view's language.
    setLinks(shareLinks(window.location.origin, path, view, pageSearch, messages(view.lang).iframeTitle));
    ref.current?.showModal();
  };
  return (
    <>
      <button type="button" onClick={open} className="rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100" data-testid="share-open">
        {ar ? "مشاركة" : "Share"}
      </button>
      <dialog
        ref={ref}
        aria-labelledby="share-title"
        className="m-auto w-[min(40rem,92vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40"
        data-testid="share-dialog"
        dir={ar ? "rtl" : "ltr"}
        lang={view.lang}
      >
        {links && (
          <div className="space-y-4 p-4 text-start">
            <div className="flex items-center justify-between">
              <h2 id="share-title" className="text-lg font-semibold">
                {ar ? "مشاركة هذا العرض" : "Share this view"}
              </h2>
              <button type="button" onClick={() => ref.current?.close()} className="rounded px-2 py-1 text-sm hover:bg-stone-100">
                {t.close}
              </button>
            </div>
            <Copyable label={ar ? "رابط هذا العرض" : "Link to this view"} value={links.view} testId="share-link" ar={ar} />
            <Copyable label={ar ? "تضمين في صفحة ويب (iframe)" : "Embed in a web page (iframe)"} value={links.iframe} testId="share-iframe" ar={ar} multiline />
            <section>
              <h3 className="text-sm font-semibold">{ar ? "صور للتقارير والعروض" : "Images for reports and slides"}</h3>
              <p className="flex flex-wrap gap-3 text-sm">
                <a className="text-blue-800 underline" href={links.png} download>
                  PNG (3200×2000)
                </a>
                <a className="text-blue-800 underline" href={links.svg} download>
                  SVG
                </a>
              </p>
            </section>
            <section>
              <h3 className="text-sm font-semibold">{ar ? "البيانات مع مصادرها" : "Data with its sources"}</h3>
              <p className="flex flex-wrap gap-3 text-sm">
                <a className="text-blue-800 underline" href={links.csv} download>
                  CSV
                </a>
                <a className="text-blue-800 underline" href={links.geojson} download>
                  GeoJSON
                </a>
                <a className="text-blue-800 underline" href={links.gpkg} download data-testid="download-gpkg">
                  GeoPackage
                </a>
                <a className="text-blue-800 underline" href={links.kml} download data-testid="download-kml">
                  KML
                </a>
              </p>
            </section>
          </div>
        )}
      </dialog>
    </>
  );
}

function Copyable({ label, value, testId, ar, multiline = false }: { label: string; value: string; testId: string; ar: boolean; multiline?: boolean }) {
  const [copied, setCopied] = useState(false);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (an insecure origin, say): select it so Ctrl+C works.
      field.current?.select();
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  const cls = "w-full rounded border border-stone-300 bg-stone-50 px-2 py-1 font-mono text-xs";
  return (
    <div>
      <label className="text-sm font-semibold" htmlFor={testId}>
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        {multiline ? (
          <textarea id={testId} ref={field} readOnly rows={3} value={value} dir="ltr" className={cls} data-testid={testId} />
        ) : (
          <input id={testId} ref={field} readOnly value={value} dir="ltr" className={cls} data-testid={testId} />
        )}
        <button type="button" onClick={copy} className="shrink-0 rounded border border-stone-300 px-2 text-sm hover:bg-stone-100">
          {copied ? (ar ? "نُسخ" : "Copied") : ar ? "نسخ" : "Copy"}
        </button>
      </div>
    </div>
  );
}
