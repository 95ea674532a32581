import type { ClaimKind } from "../schema/article";
import type { Precision } from "../schema/gazetteer";
import type { UiLang, ViewLayer } from "../view/view-state";

/** Names for the app's own categories (claim kinds, map layers, precisions) in both languages. */
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
    "control-changes": "Control changes",
  },
  ar: {
    "territorial-loss": "خسارة الأراضي",
    "recruitment-hotspots": "بؤر التجنيد",
    "allegiance-shifts": "تحولات الولاء",
    activity: "النشاط حسب الدولة",
    "control-changes": "تغيّر السيطرة",
  },
};

export const PRECISION_LABEL: Record<UiLang, Record<Precision, string>> = {
  en: { point: "a place", province: "a province", region: "a region", country: "a whole country" },
  ar: { point: "مكان محدد", province: "محافظة", region: "منطقة", country: "دولة بأكملها" },
};
