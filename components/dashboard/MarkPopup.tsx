"use client";

import { Popup, useMap } from "@vis.gl/react-maplibre";
import type { Popup as MapPopup } from "maplibre-gl";
import { useCallback, useEffect, useRef } from "react";
import { byEvent } from "@/lib/events/by-event";
import { gradesMessages } from "@/lib/i18n/grades-messages";
import { messages } from "@/lib/i18n/messages";
import { LAYER_LABEL, PRECISION_LABEL } from "@/lib/i18n/labels";
import { formatShare, type StatedFigure } from "@/lib/view/figures";
import type { Mark } from "@/lib/view/marks";
import type { Filters, UiLang } from "@/lib/view/view-state";
import { type ActorNames, ClaimCard } from "../claims/ClaimCard";
import { ControlHolder } from "../timeline/ControlHolder";
import { useClaimPage } from "./use-claim-page";

const MAX_CARDS = 12;

/** Room kept free below a popup that opens downwards: its tip and the map's credits. */
const EDGE_PX = 56;

/**
 * The selected mark's popup: what the layer says about the place and every claim behind it,
 * each with its passage. Other marks under the same click are offered as buttons.
 *
 * Focus: it moves into the popup (its top, so it opens heading first), Escape inside closes it,
 * and closing returns focus to whatever opened it (the table's Map button, or the map).
 * MapLibre's own focusAfterOpen is off: it focused the first link, scrolling the list past the
 * heading. Height: at most half the map less EDGE_PX, so a popup centred on its mark (the table's
 * Map button centres the map there) fits above or below the mark without running under the
 * credits or off the map.
 */
export function MarkPopup({
  mark,
  others,
  filters,
  unreviewed = false,
  actors,
  lang,
  onSelect,
  onClose,
}: {
  mark: Mark;
  others: Mark[];
  filters: Filters;
  unreviewed?: boolean;
  actors: ActorNames;
  lang: UiLang;
  onSelect: (id: string) => void;
  onClose: () => void;
}) {
  const t = messages(lang);
  const g = gradesMessages(lang);
  // A popup quotes a dozen claims at most, fetched when it opens; the table (and the CSV) list them all.
  const { data } = useClaimPage(filters, { mark: mark.id, limit: MAX_CARDS, unreviewed });
  const rows = data?.rows ?? [];
  const { current: map } = useMap();
  const box = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // First effect of the first mount: nothing has moved focus yet, so this is what opened us.
  useEffect(() => {
    opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again for each new mark, to scroll its list to the top and focus it.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = 0;
    el.focus({ preventScroll: true });
  }, [mark.id]);
  const close = useCallback(() => {
    onClose();
    const o = opener.current;
    if (o?.isConnected) o.focus({ preventScroll: true });
  }, [onClose]);
  // On the popup's whole element: MapLibre's × button sits beside our content, not inside it.
  const popup = useRef<MapPopup>(null);
  useEffect(() => {
    const el = popup.current?.getElement();
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      close();
    };
    el.addEventListener("keydown", onKeyDown);
    return () => el.removeEventListener("keydown", onKeyDown);
  }, [close]);
  const mapHeight = map?.getContainer().clientHeight ?? 0;
  const maxHeight = mapHeight > 0 ? `min(38vh, ${Math.max(120, mapHeight / 2 - EDGE_PX)}px)` : "38vh";
  return (
    <Popup ref={popup} longitude={mark.point[0]} latitude={mark.point[1]} onClose={close} closeOnClick={false} focusAfterOpen={false} maxWidth="380px">
      <div
        ref={box}
        tabIndex={-1}
        style={{ maxHeight }}
        dir={lang === "ar" ? "rtl" : "ltr"}
        lang={lang}
        className="space-y-2 overflow-y-auto p-1 text-start outline-none"
        data-testid="mark-popup"
        role="dialog"
        aria-label={`${LAYER_LABEL[lang][mark.layer]}: ${lang === "ar" ? mark.nameAr : mark.nameEn}`}
      >
        <header>
          <p className="text-[11px] font-semibold uppercase tracking-wide text-stone-500">{LAYER_LABEL[lang][mark.layer]}</p>
          <h3 className="text-base font-semibold">
            {lang === "ar" ? mark.nameAr : mark.nameEn}{" "}
            <span className="text-xs font-normal text-stone-500">
              ({mark.jointOf ? (lang === "ar" ? "عدة أماكن معًا" : "several places together") : PRECISION_LABEL[lang][mark.precision]})
            </span>
          </h3>
          {mark.layer === "territorial-loss" && mark.figure && <StatedShare mark={mark} figure={mark.figure} lang={lang} />}
          {mark.control && <ControlHolder control={mark.control} actors={actors} lang={lang} />}
          <p className="text-xs text-stone-500">
            {t.claimsCount(mark.claims)}
            {mark.events !== undefined && mark.events < mark.claims && ` · ${g.events(mark.events)}`}
            {mark.sources !== undefined && ` · ${g.sources(mark.sources)}`}
          </p>
        </header>
        {/* Every source's passage for an event, together (issue 16 §1). */}
        {byEvent(rows).map((e) =>
          e.rows.length > 1 ? (
            <section key={e.event} className="space-y-2 rounded border border-stone-200 p-1.5" data-testid="event-sources" aria-label={g.eventHeading(e.rows.length, e.sources)}>
              <p className="text-xs font-semibold text-stone-700">{g.eventHeading(e.rows.length, e.sources)}</p>
              {e.rows.map((c) => (
                <ClaimCard key={c.id} claim={c} actors={actors} lang={lang} />
              ))}
            </section>
          ) : (
            <ClaimCard key={e.event} claim={e.rows[0]!} actors={actors} lang={lang} />
          ),
        )}
        {!data && mark.claims > 0 && (
          <p className="text-xs text-stone-500" role="status">
            {lang === "ar" ? "جارٍ التحميل…" : "Loading…"}
          </p>
        )}
        {data && mark.claims > rows.length && <p className="text-xs text-stone-600">{t.moreInTable(mark.claims - rows.length)}</p>}
        <p className="text-xs">
          <a href={lang === "ar" ? "/about?lang=ar#certainty" : "/about#certainty"} className="text-blue-800 underline" data-testid="popup-about">
            {t.aboutLink}
          </a>
        </p>
        {others.length > 0 && (
          <nav aria-label="Other layers here" className="flex flex-wrap gap-1 border-t border-stone-200 pt-2">
            {others.map((o) => (
              <button key={o.id} type="button" className="rounded border border-stone-300 px-1.5 py-0.5 text-xs hover:bg-stone-100" onClick={() => onSelect(o.id)}>
                {LAYER_LABEL[lang][o.layer]} · {lang === "ar" ? o.nameAr : o.nameEn}
              </button>
            ))}
          </nav>
        )}
      </div>
    </Popup>
  );
}

/**
 * The share as stated, in the interface language with its qualifier, the article's own words
 * beside it, and for a joint figure what it is about: the places together, not each one.
 */
function StatedShare({ mark, figure, lang }: { mark: Mark; figure: StatedFigure; lang: UiLang }) {
  return (
    <p className="text-sm" data-testid="stated-share">
      {lang === "ar" ? "النسبة المذكورة للأراضي المفقودة: " : "Share stated as lost: "}
      <strong>{formatShare(figure, lang)}</strong>{" "}
      <span className="text-stone-600">
        (“<bdi lang={/[\u0600-\u06ff]/.test(figure.text) ? "ar" : "en"}>{figure.text}</bdi>”)
      </span>
      {mark.jointOf && (
        <span className="block text-xs text-stone-600" data-testid="joint-figure">
          {lang === "ar" ? `رقم واحد مذكور عن ${mark.nameAr} معًا، لا عن كلٍّ منها على حدة.` : `One figure stated for ${mark.nameEn} together, not for each on its own.`}
        </span>
      )}
    </p>
  );
}
