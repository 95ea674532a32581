import type { ClaimKind } from "../schema/article";
import type { Precision } from "../schema/gazetteer";
import type { UiLang, ViewLayer } from "../view/view-state";

/**
 * Interface text in English and Arabic. Article text is never here: it is shown as written,
 * with an English gloss where a reviewer gave one.
 */
const en = {
  appName: "Allegiance Atlas",
  tagline: "Iraq · Syria · Niger · Yemen · Afghanistan · Nigeria · Algeria",
  map: "Map",
  articles: "Articles",
  countries: "Countries",
  layers: "Layers",
  legend: "Legend",
  filters: "Filters",
  actor: "Group",
  kind: "Claim",
  country: "Country",
  from: "From",
  to: "To",
  any: "Any",
  clearFilters: "Clear filters",
  timeline: "Claims over time",
  undated: "undated",
  table: "Claims",
  tableCaption: "Claims in view, with the passage behind each",
  summary: "Summary",
  place: "Place",
  date: "Date",
  source: "Source",
  passage: "Passage",
  openPassage: "Open the passage",
  inferred: "inferred",
  translation: "English gloss (translation)",
  noClaims: "No claims match these filters.",
  loading: "Loading…",
  close: "Close",
  language: "العربية",
  languageSwitchLabel: "Switch the interface to Arabic",
  claimsCount: (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`,
  badParams: "Some parts of this link were not understood and were ignored:",
  precision: "Precision",
  reported: "reported",
  hedged: "hedged",
  asserted: "asserted",
  via: "according to",
  notDrawn: "not on the map (no place among the seven countries)",
  resetView: "Reset view",
  brushHint: "Drag across the timeline to pick a date range; Escape clears it.",
} as const;

type Messages = { [K in keyof typeof en]: (typeof en)[K] extends (n: number) => string ? (n: number) => string : string };

const ar: Messages = {
  appName: "أطلس الولاءات",
  tagline: "العراق · سوريا · النيجر · اليمن · أفغانستان · نيجيريا · الجزائر",
  map: "الخريطة",
  articles: "المقالات",
  countries: "الدول",
  layers: "الطبقات",
  legend: "مفتاح الخريطة",
  filters: "التصفية",
  actor: "الجماعة",
  kind: "نوع الادعاء",
  country: "الدولة",
  from: "من",
  to: "إلى",
  any: "الكل",
  clearFilters: "مسح التصفية",
  timeline: "الادعاءات عبر الزمن",
  undated: "بلا تاريخ",
  table: "الادعاءات",
  tableCaption: "الادعاءات المعروضة مع المقطع الذي يستند إليه كل منها",
  summary: "الملخص",
  place: "المكان",
  date: "التاريخ",
  source: "المصدر",
  passage: "المقطع",
  openPassage: "افتح المقطع",
  inferred: "مُستنتج",
  translation: "ترجمة إنجليزية",
  noClaims: "لا توجد ادعاءات تطابق هذه التصفية.",
  loading: "جارٍ التحميل…",
  close: "إغلاق",
  language: "English",
  languageSwitchLabel: "Switch the interface to English",
  claimsCount: (n: number) => `${n.toLocaleString("ar")} ${n === 1 ? "ادعاء" : "ادعاءات"}`,
  badParams: "لم تُفهم بعض أجزاء هذا الرابط فتم تجاهلها:",
  precision: "الدقة",
  reported: "منقول",
  hedged: "غير مؤكد",
  asserted: "مؤكد",
  via: "بحسب",
  notDrawn: "غير معروض على الخريطة (لا مكان ضمن الدول السبع)",
  resetView: "إعادة العرض",
  brushHint: "اسحب على الخط الزمني لاختيار فترة؛ مفتاح Escape يلغيها.",
};

export type MessageKey = keyof typeof en;

export function messages(lang: UiLang): Messages {
  return lang === "ar" ? ar : (en as unknown as Messages);
}

export const dirOf = (lang: UiLang): "rtl" | "ltr" => (lang === "ar" ? "rtl" : "ltr");

export const KIND_LABEL: Record<UiLang, Record<ClaimKind, string>> = {
  en: {
    "territorial-loss": "Territorial loss",
    recruitment: "Recruitment",
    pledge: "Pledge of allegiance",
    defection: "Defection",
    attack: "Attack",
    presence: "Presence",
    threat: "Threat",
  },
  ar: {
    "territorial-loss": "خسارة أراضٍ",
    recruitment: "تجنيد",
    pledge: "مبايعة",
    defection: "انشقاق",
    attack: "هجوم",
    presence: "وجود",
    threat: "تهديد",
  },
};

export const LAYER_LABEL: Record<UiLang, Record<ViewLayer, string>> = {
  en: {
    "territorial-loss": "Territorial loss",
    "recruitment-hotspots": "Recruitment hotspots",
    "allegiance-shifts": "Allegiance shifts",
    activity: "Activity by country",
  },
  ar: {
    "territorial-loss": "خسارة الأراضي",
    "recruitment-hotspots": "بؤر التجنيد",
    "allegiance-shifts": "تحولات الولاء",
    activity: "النشاط حسب الدولة",
  },
};

export const PRECISION_LABEL: Record<UiLang, Record<Precision, string>> = {
  en: { point: "a place", province: "a province", region: "a region", country: "a whole country" },
  ar: { point: "مكان محدد", province: "محافظة", region: "منطقة", country: "دولة بأكملها" },
};
