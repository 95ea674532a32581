import type { UiLang } from "../view/view-state";

/**
 * Words of the play control, in their own file rather than lib/i18n/messages.ts: six branches
 * add keys at once this round, and the control's words belong together.
 */
export const PLAY_TEXT = {
  en: {
    group: "Play the timeline",
    play: "Play",
    pause: "Pause",
    back: "Step back",
    forward: "Step forward",
    clear: "Show all dates",
    mode: "Playback",
    cumulative: "Cumulative",
    window: "Moving window",
    windowMonths: "Window (months)",
    hint: "Space or Enter plays and pauses; arrow keys step; Home and End go to the ends.",
    allDates: "All dates",
    ended: "end of the timeline",
  },
  ar: {
    group: "تشغيل الخط الزمني",
    play: "تشغيل",
    pause: "إيقاف مؤقت",
    back: "خطوة إلى الوراء",
    forward: "خطوة إلى الأمام",
    clear: "عرض كل التواريخ",
    mode: "طريقة العرض",
    cumulative: "تراكمي",
    window: "نافذة متحركة",
    windowMonths: "النافذة (بالأشهر)",
    hint: "المسافة أو Enter للتشغيل والإيقاف؛ الأسهم للتنقل خطوة؛ Home وEnd للطرفين.",
    allDates: "كل التواريخ",
    ended: "نهاية الخط الزمني",
  },
} satisfies Record<UiLang, Record<string, string>>;
