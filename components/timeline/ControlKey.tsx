import { STATE_FORCES_COLOR } from "@/lib/map/control-layer";
import type { UiLang } from "@/lib/view/view-state";

/** The control-changes layer's key in the dashboard legend (the static map's comes from the layer's paint). */
export function ControlKey({ lang }: { lang: UiLang }) {
  const ar = lang === "ar";
  const dot = "me-1 inline-block size-2.5 rounded-full border-2 align-middle";
  return (
    <div className="ms-6 mt-1 space-y-0.5 text-[11px] text-stone-600" data-testid="key-control">
      <p>
        {ar
          ? "بلدات ذُكر أنها فُقدت أو استُعيدت أو اجتيحت: بلون آخر من سيطر عليها حتى التاريخ المحدد"
          : "Towns named as lost, retaken or overrun: coloured by who held each last as of the view's date"}
      </p>
      <p>
        <span className={dot} style={{ background: STATE_FORCES_COLOR, borderColor: "#111827" }} />{" "}
        {ar ? "بيد القوات الحكومية (خسرتها جماعة)" : "held by government forces (a group lost it)"}
      </p>
      <p>
        <span className={dot} style={{ background: "#ffffff", borderColor: "#111827" }} /> {ar ? "بيد جماعة (بلونها)" : "held by a group (its colour)"}
      </p>
      <p>
        <span className="me-1 inline-block size-2.5 rounded-full border align-middle" style={{ borderColor: "#111827" }} />{" "}
        {ar ? "حلقة رفيعة: لا تكفي التواريخ لترتيب آخر تغيّر" : "thin ring: the dates cannot order the last change"}
      </p>
    </div>
  );
}
