import { STATE_HOLDER } from "@/lib/time/control";
import type { Mark } from "@/lib/view/marks";
import type { UiLang } from "@/lib/view/view-state";
import { type ActorNames, formatDate } from "../claims/ClaimCard";

/** A control-changes popup's answer: who held the town last, since when, and whether the dates can tell. */
export function ControlHolder({ control, actors, lang }: { control: NonNullable<Mark["control"]>; actors: ActorNames; lang: UiLang }) {
  const holder =
    control.holder === STATE_HOLDER
      ? lang === "ar"
        ? "القوات الحكومية"
        : "government forces"
      : ((lang === "ar" ? actors.get(control.holder)?.nameAr : actors.get(control.holder)?.nameEn) ?? control.holder);
  return (
    <p className="text-sm" data-testid="control-holder">
      {lang === "ar" ? "آخر من سيطر عليها: " : "Held last by: "}
      <strong>{holder}</strong>{" "}
      <span className="text-stone-600">
        ({lang === "ar" ? "منذ" : "since"} {formatDate(control.since, lang)})
      </span>
      {control.uncertain && (
        <span className="block text-xs text-stone-600">
          {lang === "ar" ? "لا تكفي التواريخ لترتيب آخر تغيّر بيقين." : "The dates are too coarse to order the last change for sure."}
        </span>
      )}
    </p>
  );
}
