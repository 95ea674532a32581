import type { UiLang } from "../view/view-state";
import type { EdgeKind } from "./graph";

/** Words of the groups pages, English and Arabic (kept together rather than in messages.ts). */
export const GROUP_TEXT = {
  en: {
    groups: "Groups",
    groupsIntro: "Every group and leader in the atlas's lexicon, with the claims that name it. Each page has the group's map, its claims and its allegiance graph.",
    group: "Group",
    leader: "Leader",
    claims: "Claims",
    parent: "Part of",
    branches: "Branches and members",
    noBranches: "No branches in the lexicon.",
    branchNote: "From the lexicon, not from a passage.",
    graph: "Allegiance graph",
    graphIntro: "Pledges, defections, splits and mergers the articles report. Each line links to the passages behind it; the table below says the same in words.",
    noEdges: "No article reports a pledge, defection, split or merger of this group.",
    table: "Allegiances, with their passages",
    from: "From",
    kind: "Change",
    to: "To",
    when: "When",
    passages: "Passages",
    undated: "undated",
    hedged: "hedged or reported only",
    onMap: "This group on the map",
    allGroups: "All groups",
    notFound: "No such group",
    notFoundBody: "The atlas's lexicon has no group by this id.",
    groupPage: "Group page",
  },
  ar: {
    groups: "الجماعات",
    groupsIntro: "كل جماعة وقائد في معجم الأطلس، مع الادعاءات التي تذكرها. لكل صفحة خريطة الجماعة وادعاءاتها ورسم ولاءاتها.",
    group: "جماعة",
    leader: "قائد",
    claims: "الادعاءات",
    parent: "جزء من",
    branches: "الفروع والأعضاء",
    noBranches: "لا فروع لها في المعجم.",
    branchNote: "من المعجم، لا من مقطع.",
    graph: "رسم الولاءات",
    graphIntro: "المبايعات والانشقاقات والانقسامات والاندماجات التي تذكرها المقالات. كل خط يحيل إلى المقاطع التي يستند إليها؛ والجدول أدناه يقول الشيء نفسه نصًا.",
    noEdges: "لا تذكر أي مقالة مبايعة أو انشقاقًا أو انقسامًا أو اندماجًا لهذه الجماعة.",
    table: "الولاءات ومقاطعها",
    from: "من",
    kind: "التغيّر",
    to: "إلى",
    when: "متى",
    passages: "المقاطع",
    undated: "بلا تاريخ",
    hedged: "بصيغة الاحتمال أو النقل فقط",
    onMap: "هذه الجماعة على الخريطة",
    allGroups: "كل الجماعات",
    notFound: "لا توجد جماعة بهذا المعرّف",
    notFoundBody: "لا يضم معجم الأطلس جماعة بهذا المعرّف.",
    groupPage: "صفحة الجماعة",
  },
} satisfies Record<UiLang, Record<string, string>>;

export const EDGE_LABEL: Record<UiLang, Record<EdgeKind, string>> = {
  en: { pledge: "pledged to", defection: "defected to", split: "split from", merger: "merged with" },
  ar: { pledge: "بايع", defection: "انشق وانضم إلى", split: "انشق عن", merger: "اندمج مع" },
};

/** Okabe-Ito colours, told apart by the common colour-vision deficiencies; the line style says it too. */
export const EDGE_STYLE: Record<EdgeKind, { color: string; dash?: string }> = {
  pledge: { color: "#0072b2" },
  defection: { color: "#d55e00", dash: "6 3" },
  split: { color: "#cc79a7", dash: "2 3" },
  merger: { color: "#009e73", dash: "10 3 2 3" },
};

/** The anchor of an edge's row in the table: ids of letters, digits and dashes only. */
export const edgeAnchor = (id: string) => `edge-${id.replace(/[^a-z0-9-]/gi, "-")}`;
