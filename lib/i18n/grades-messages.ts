import type { UiLang } from "../view/view-state";

/** Words for events, sources and grades (issue 16), kept apart from messages.ts to keep merges small. */
const en = {
  sources: (n: number) => (n === 1 ? "1 independent source" : `${n} independent sources`),
  reports: (n: number) => (n === 1 ? "1 report" : `${n} reports`),
  events: (n: number) => (n === 1 ? "1 event" : `${n} events`),
  eventHeading: (reports: number, sources: number) => `One event, ${en.reports(reports)} from ${en.sources(sources)}`,
  grade: "Grade",
  gradeTitle: (r: string, c: number) => `Source reliability ${r} (A best, F cannot be judged) · credibility ${c} (1 confirmed, 6 cannot be judged)`,
  event: "Event",
  split: "Split this report off",
  merge: "Merge with event…",
  mergeLabel: "Event id to merge with",
  done: "Saved; the map shows it on reload.",
  failed: "Could not save",
  groupByEvent: "Group by event",
  sourcesTitle: "Sources",
  sourcesIntro: "Rate each outlet's reliability, A (completely reliable) to F (cannot be judged). Every claim the outlet published takes its grade.",
  outlet: "Outlet",
  articles: "Articles",
  reliability: "Reliability",
  noOutlets: "No article names its outlet yet.",
  shadeBySources: "Shade by independent sources",
};
const ar: typeof en = {
  sources: (n) => (n === 1 ? "مصدر مستقل واحد" : n === 2 ? "مصدران مستقلان" : `${n} مصادر مستقلة`),
  reports: (n) => (n === 1 ? "تقرير واحد" : n === 2 ? "تقريران" : `${n} تقارير`),
  events: (n) => (n === 1 ? "حدث واحد" : n === 2 ? "حدثان" : `${n} أحداث`),
  eventHeading: (reports, sources) => `حدث واحد: ${ar.reports(reports)} من ${ar.sources(sources)}`,
  grade: "التقييم",
  gradeTitle: (r, c) => `موثوقية المصدر ${r} (A الأفضل، F لا يمكن الحكم) · مصداقية المعلومة ${c} (1 مؤكدة، 6 لا يمكن الحكم)`,
  event: "الحدث",
  split: "افصل هذا التقرير",
  merge: "ادمج مع حدث…",
  mergeLabel: "معرّف الحدث المراد الدمج معه",
  done: "حُفظ؛ تظهره الخريطة عند إعادة التحميل.",
  failed: "تعذّر الحفظ",
  groupByEvent: "جمّع حسب الحدث",
  sourcesTitle: "المصادر",
  sourcesIntro: "قيّم موثوقية كل وسيلة إعلام، من A (موثوقة تمامًا) إلى F (لا يمكن الحكم). كل ادعاء نشرته يأخذ تقييمها.",
  outlet: "الوسيلة",
  articles: "المقالات",
  reliability: "الموثوقية",
  noOutlets: "لا مقال يذكر مصدره بعد.",
  shadeBySources: "التظليل حسب عدد المصادر المستقلة",
};

export const gradesMessages = (lang: UiLang) => (lang === "ar" ? ar : en);
