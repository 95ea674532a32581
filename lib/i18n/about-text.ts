import type { ClaimKind } from "../schema/article";
import type { UiLang } from "../view/view-state";

/**
 * The about/method page's text, in both languages. Interface text, so it lives with the other
 * messages; the page only lays it out. Each section has an id the popups and legend link to.
 */
export type AboutSection = { id: string; heading: string; paragraphs: string[]; terms?: [string, string][] };

const KIND_MEANING: Record<UiLang, Record<ClaimKind, string>> = {
  en: {
    "territorial-loss": "a group lost territory, with the share or the places named where the article gives them",
    recruitment: "a group recruits, or is said to recruit, in a place",
    pledge: "fighters or a group pledged allegiance to another group",
    defection: "fighters or a figure left one group for another",
    attack: "an attack attributed to a group",
    presence: "a group is said to be present or active in a place",
    threat: "a warning or threat of attacks",
  },
  ar: {
    "territorial-loss": "خسرت جماعة أراضيَ، مع النسبة أو الأماكن المذكورة حين تذكرها المقالة",
    recruitment: "جماعة تجنّد، أو يُقال إنها تجنّد، في مكان ما",
    pledge: "مقاتلون أو جماعة بايعوا جماعة أخرى",
    defection: "مقاتلون أو شخصية تركوا جماعة إلى أخرى",
    attack: "هجوم منسوب إلى جماعة",
    presence: "يُقال إن جماعة موجودة أو نشطة في مكان ما",
    threat: "تحذير من هجمات أو تهديد بها",
  },
};

export function aboutSections(lang: UiLang, kindLabel: Record<ClaimKind, string>): AboutSection[] {
  const kinds = (Object.keys(KIND_MEANING[lang]) as ClaimKind[]).map((k) => [kindLabel[k], KIND_MEANING[lang][k]] as [string, string]);
  if (lang === "ar")
    return [
      {
        id: "claims",
        heading: "ما الادعاء؟",
        paragraphs: [
          "كل ما على الخريطة ادعاءٌ: عبارة في مقالة إخبارية عن جماعة مسلحة، في مكان وزمن، مع المقطع الذي وردت فيه. الخريطة تنقل ما تقوله المقالات، لا ما حدث بالضرورة. افتح المقطع من أي نافذة لتقرأ النص الأصلي.",
        ],
        terms: kinds,
      },
      {
        id: "certainty",
        heading: "«مؤكد» و«منقول» و«غير مؤكد»",
        paragraphs: ["تصف هذه الكلمات صياغة المقالة لا صحة الخبر."],
        terms: [
          ["مؤكد", "تقوله المقالة بصوتها دون نسبته إلى أحد."],
          ["منقول", "تنسبه المقالة إلى مصدر («بحسب مصادر أمنية…»)؛ يظهر المصدر بعد كلمة «بحسب»."],
          ["غير مؤكد", "تصوغه المقالة بتحفظ («ربما»، «يُحتمل»، «قد يكون»)."],
        ],
      },
      {
        id: "dates",
        heading: "التواريخ",
        paragraphs: [
          "يحمل كل ادعاء تاريخًا بالدقة التي تسمح بها المقالة: يوم أو شهر أو سنة. حين لا تذكر المقالة تاريخًا للحدث يُستنتج من تاريخ نشرها أو من عبارات مثل «العام الماضي»، ويُعلَّم «مُستنتج». بعض الادعاءات بلا تاريخ أصلًا: تظهر على الخريطة والجدول وتُعدّ «بلا تاريخ» في الخط الزمني.",
        ],
      },
      {
        id: "precision",
        heading: "دقة المكان",
        paragraphs: [
          "يُرسم كل ادعاء بالدقة التي يذكرها النص، لا أدق: الدولة كلها تُظلَّل ولا تصير نقطة، والمنطقة (مثل الساحل) تُرسم بمحافظاتها ولا تُنسب إلى دول بعينها، والمدينة نقطة. رقم مذكور عن عدة أماكن معًا (مثل «أكثر من 60٪ من الأراضي بين سوريا والعراق») يُرسم مرة واحدة للمجموعة بخط متقطع حولها، لا رقمًا لكل مكان.",
        ],
      },
      {
        id: "method",
        heading: "كيف تُستخرج الادعاءات وتُراجع",
        paragraphs: [
          "تُستخرج الادعاءات آليًا من نص المقالة: يُتعرَّف على الجماعات والأماكن والتواريخ والأرقام بقوائم أسماء وقواعد، لا بنموذج لغوي. الادعاء المستخرج آليًا اقتراحٌ إلى أن يراجعه شخص؛ يُعلَّم «آلية فقط» حتى يُراجَع، و«مُراجَعة» بعد ذلك. يذكر شريط المصادر تحت الخريطة عدد الادعاءات المراجَعة.",
          "الملخصات العربية في النوافذ والجدول مولّدة من حقول الادعاء (النوع والجماعات والمكان والرقم)، لا مترجمة من الملخص الإنجليزي.",
        ],
      },
      {
        id: "limits",
        heading: "ما لا تُظهره الخريطة",
        paragraphs: [
          "لا تُظهر الخريطة ما لم تذكره المقالات المُدخلة، ولا حجم السيطرة الفعلية، ولا خطوط الجبهات. غياب ادعاء عن مكان لا يعني غياب الجماعة عنه. الادعاءات التي لا تذكر مكانًا في الدول السبع تُدرج في الجدول ولا تُرسم. الأعداد تعدّ الادعاءات لا الأحداث: خبر واحد قد يرد في مقالات عدة.",
        ],
      },
    ];
  return [
    {
      id: "claims",
      heading: "What is a claim?",
      paragraphs: [
        "Everything on the map is a claim: a statement in a news article about an armed group, at a place and a time, with the passage it comes from. The map shows what the articles say, not necessarily what happened. Every popup links to its passage so you can read the original.",
      ],
      terms: kinds,
    },
    {
      id: "certainty",
      heading: "“Asserted”, “reported” and “hedged”",
      paragraphs: ["These words describe how the article phrases a claim, not whether it is true."],
      terms: [
        ["Asserted", "the article states it in its own voice, attributing it to no one."],
        ["Reported", "the article attributes it to a source; the source follows “according to”."],
        ["Hedged", "the article phrases it with reserve (“may”, “possibly”, “could have”)."],
      ],
    },
    {
      id: "dates",
      heading: "Dates",
      paragraphs: [
        "Each claim carries a date as precise as the article allows: a day, a month or a year. When the article gives no date for the event, one is inferred from its publication date or from phrases such as “last year”, and marked “inferred”. Some claims have no date at all: they are on the map and in the table, and the timeline counts them as undated.",
      ],
    },
    {
      id: "precision",
      heading: "Place precision",
      paragraphs: [
        "A claim is drawn as precisely as the text names its place, never more: a whole country is shaded and never becomes a point, a region (such as the Sahel) is drawn as its provinces and never turned into countries, a city is a point. A figure stated for several places together (“more than 60% of the territory it held between Syria and Iraq”) is drawn once for the group, outlined with a dashed line, never as each place's own value.",
      ],
    },
    {
      id: "method",
      heading: "How claims are extracted and reviewed",
      paragraphs: [
        "Claims are extracted from the article text by machine: groups, places, dates and figures are recognised with name lists and rules, not a language model. A machine-extracted claim is a proposal until a person reviews it; it is marked “automatic only” until then and “reviewed” after. The sources line under the map says how many claims are reviewed.",
        "The Arabic summaries in popups and the table are generated from the claim's fields (kind, groups, place, figure), not translated from the English ones.",
      ],
    },
    {
      id: "limits",
      heading: "What the map does not show",
      paragraphs: [
        "The map shows nothing the ingested articles do not say: not the real extent of control, not front lines. No claim about a place does not mean a group is absent there. Claims that name no place in the seven countries are listed in the table but not drawn. Counts count claims, not events: one event may be reported in several articles.",
      ],
    },
  ];
}
