import type { ClaimKind } from "../schema/article";

/**
 * Cue words as patterns over normalised text (see normalizeWithMap: hamza forms folded,
 * ة -> ه, ى -> ي, lowercase). Arabic cues are written as stems: a proclitic (و ف ب ل and the
 * article), a verbal prefix (ي ت ن ا س, or م for participles and nouns) and the common
 * suffixes (plural, feminine, object and possessive pronouns) are allowed around each stem,
 * so "هجوما" "هجماتهم" "يهاجمون" and "بمعاقلهم" come from one entry each. Every pattern is
 * bounded on both sides so that a cue never fires inside a longer word.
 */

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const CL = "(?:[وف]?[بل]?(?:ال)?)";
const PRE = "(?:[يتنا]|س[يتن]|م)?";
const SUF = "(?:ا|ت|تا|ان|ون|ين|وا|ه|ها|هم|هما|ته|تها|تهم|وه|وها|ات|اته|اتها|اتهم|ي|يه|يها|يهم|نا|ا?ء)?";

// The word boundary in front (B) is written once, before all families (see CUE_FAMILIES):
// tested once per position, it rejects mid-word positions before any alternative is tried.
/** Arabic stems with inflection around them. */
const arStem = (stems: string) => `${CL}${PRE}(?:${stems})${SUF}${E}`;
/** Arabic phrases taken as written (clitics in front only). */
const ar = (words: string) => `${CL}(?:${words})${E}`;
const en = (words: string) => `(?:${words})${E}`;

/**
 * How a cue decides its claim. The kind of a claim can depend on who acts: "retook" is a
 * territorial loss when an army retakes from a group, a presence when a group takes a town.
 * - attack: the agent group attacked; a state agent makes the group merely present.
 * - claimed: "claimed responsibility": the claimant attacked.
 * - retake: recaptured/retook: taken back from a group unless a group does the taking.
 * - take: seized/captured: an agent group is present; a state agent makes the others lose.
 * - oust: liberated/drove out/defeated: every group that is not the active agent lost.
 * - lose: lost/fell/withdrew: the agent group lost; a state that loses is no claim.
 * - fight: clashes and battles: the groups are present.
 * - enter: entered/دخل: a group that enters a town is there; anyone else entering it says
 *   nothing about the groups (an army entering a city has not yet taken it from them).
 */
export type CueFamily = "attack" | "claimed" | "retake" | "take" | "enter" | "oust" | "lose" | "presence" | "fight" | "recruitment" | "pledge" | "defection" | "threat";

export const FAMILY_KIND: Record<CueFamily, ClaimKind> = {
  attack: "attack",
  claimed: "attack",
  retake: "territorial-loss",
  take: "presence",
  enter: "presence",
  oust: "territorial-loss",
  lose: "territorial-loss",
  presence: "presence",
  fight: "presence",
  recruitment: "recruitment",
  pledge: "pledge",
  defection: "defection",
  threat: "threat",
};

const FAMILIES: [CueFamily, string][] = [
  // Threat first so that "هجمات جديدة" / "new attacks" is not also an attack. Launching attacks
  // ("شن هجمات") is a threat only when called for: "ما دفع التنظيم لشن هجمات" says they came.
  [
    "threat",
    [
      ar(
        "(?:هجمات|هجوم|اعتداءات|عمليات) جديده|تهديد|تهدد|يهدد|تعبيه|(?:دعا|دعت|يدعو|تدعو|دعوه|دعوات|حث|حثت|يحث|تحث|حرض|حرضت|يحرض|تحرض)\\S* (?:\\S+ ){0,5}?(?:الي |علي )?شن هجمات|يخطط|تخطط|يعتزم|(?:ال)?زحف (?:نحو|الي|علي)",
      ) +
        "|" +
        arStem("توعد|وعيد|متوعد"),
      en(
        "new attacks|threat\\w*|threaten\\w*|plot\\w*|plan(?:s|ned|ning)? (?:to|attacks?)|mobili[sz]\\w*|vow(?:ed|s)? to|vow(?:ed|s)? (?:revenge|to strike)|march on|warn\\w* of (?:new |more |further )?attacks",
      ),
    ].join("|"),
  ],
  [
    "claimed",
    [
      ar("تبني|تبنت|تبنوا|يتبني|تبنيه|تبناه|تبنته|تبناها|تبنتها|تبنوه|اعلن(?:ت)? مسووليت\\S*|اعلن(?:ت)? المسووليه|مسووليته|مسووليتها|مسووليتهم|المسووليه عن"),
      en(
        "claimed by|claim(?:ed|s|ing)? (?:the )?responsibility|responsibility (?:was |has been )?claimed|claim(?:ed|s)? (?:\\S+ ){0,5}?(?:attacks?|bombings?|killings?|ambush\\w*|raids?|assaults?|blasts?)",
      ),
    ].join("|"),
  ],
  [
    "pledge",
    [
      ar(
        "اقسم|اقسموا|يقسم|سيقسم|تقسم|قسم|بايع|بايعت|بايعوا|يبايع|تبايع|مبايعه|ولاء(?:ه|ها|هم|هما|نا)?|ولايهم|ولايها|ولاينا|موالين|موالون|موال|موالي|بيعه|البيعه|(?:ال)?بيعت(?:ه|ها|هم|هما|نا)|مبايعت(?:ه|ها|هم|هما|نا)",
      ),
      en("pledg\\w*|allegiance|swore|sworn|loyal\\w*|bay'ah|bayah"),
    ].join("|"),
  ],
  [
    "defection",
    [
      ar(
        "(?:انشق\\S*|انفصل\\S*|منشق\\S*|المنشقه|انشقت) عن|انضم|انضموا|ينضم|تنضم|ينضمون|سينضمون|سينضم|ستنضم|انضمام|توبه|انشق|انشقوا|ينشق|انشقاق|الانتقال من|انتقل|انتقلوا|فك\\S* (?:\\S+ ){0,4}?(?:ال)?ارتباط\\S*",
      ) +
        "|" +
        arStem("نشق|نفصل|نشقاق|نفصال"),
      en(
        "split (?:off )?from|broke (?:away|off) from|sever\\w* (?:its |their |all )?(?:ties|links|relations) with|cut (?:its |their |all )?(?:ties|links) with|broke (?:its |their )?(?:ties|links) with|renounc\\w* (?:its |their |his )?(?:allegiance|pledge|loyalty|bay'ah)|disavow\\w* (?:its |their |his )?(?:allegiance|pledge)|breakaway|splinter\\w*|join\\w*|defect\\w*|switch(?:ed|ing)? sides|repent\\w*",
      ),
    ].join("|"),
  ],
  // "forced young men to join their ranks" is recruitment, not a defection: it comes before
  // the defection family's "join" in the text, so the longer reading wins.
  [
    "recruitment",
    [
      ar("اجبر\\S* (?:\\S+ ){0,4}?علي (?:الانضمام|القتال)|(?:الانضمام|للانضمام) (?:الي )?صفوف\\S*") +
        "|" +
        arStem("جنيد|ستقطب|ستقطاب") +
        "|" +
        // The verb "جنّد" only in forms no noun shares: "جندي/جنود/الجندي" is a soldier, "جند" before
        // a name ("جند الخلافة") is one; "مجندين" are mostly an army's conscripts.
        `${CL}(?:[يتن]|س[يتن])جند${SUF}${E}|[وف]?جند(?:وا|ت|تا|ته|تها|تهم|وه|وها|وهم)${E}|[وف]?جند(?! (?:ال)?(?:خلافه|شام|اقصي|الله|اسلام|حق|انصار)${E})${E}`,
      en("recruit\\w*|enlist\\w*|conscript\\w*|forc\\w* (?:\\S+ ){0,5}?to (?:join|fight)|coerc\\w* (?:\\S+ ){0,5}?to (?:join|fight)|join (?:their|its) ranks"),
    ].join("|"),
  ],
  ["retake", [arStem("ستعاد|ستعيد|ستعاده|سترجاع|سترجع"), en("recaptur\\w*|retook|retak\\w*|retaken|regain\\w*|won back|took back|taken back")].join("|")],
  [
    "take",
    [
      // "سقطت قندوز بيد طالبان", "في أيدي/في قبضة": fell into the hands of the group named next.
      ar("(?:سقط\\S*|سقوط)(?= (?:\\S+ ){0,4}?(?:بيد|بايدي|في ايدي|في يد|في قبضه|بقبضه|تحت سيطره)(?![\\p{L}]))"),
      // "فرض/بسط سيطرته" come with سيطره; "احتل" (occupied) and "اكتسح" (swept) are seizures too.
      arStem("سيطر|سيطره|ستولي|ستولت|ستولوا|ستولون|ستيلاء|نتزع|نتزاع|جتاح|كتسح|حتل|حتلال|حكم السيطره"),
      en(
        "seiz\\w*|captur\\w*|overr[au]n\\w*|took (?:full )?control|taken (?:full )?control|tak(?:e|es|ing) (?:full )?control|gained control|fell to|fallen to|falls to|f(?:ell|allen|alls|alling) into (?:the )?hands of|t(?:ook|akes?|aking|aken) over|invad(?:ed|es|ing)|occupied|wrest(?:ed|ing|s)? (?:full )?control|swept (?:into|through)|sweep(?:s|ing) (?:into|through)",
      ),
    ].join("|"),
  ],
  // "دخل مسلحو بوكو حرام مدينة ماغوميري", "fighters entered Magumeri". Not "تدخل" (intervene),
  // not "الدخل" (income), not "entered into force/talks".
  [
    "enter",
    [
      ar("دخل|دخلوا|دخلت|يدخل|يدخلون|دخولهم|دخوله|دخولها|دخول") + "|" + arStem("توغل|تسلل"),
      `enter(?:ed|ing|s)?${E}(?! (?:into|talks|negotiations|politics|service|force|a |an |the (?:fray|war|conflict|talks|race|market)))`,
      // "advanced into Ramadi", "rolled into the town": moving in, like entering.
      en("(?:advanc(?:ed|es|ing)|push(?:ed|es|ing)|mov(?:ed|es|ing)|roll(?:ed|s|ing)|pour(?:ed|s|ing)|march(?:ed|es|ing)) into|infiltrat(?:ed|es|ing)"),
    ].join("|"),
  ],
  [
    "oust",
    [
      ar("(?:الانتصار|انتصار|النصر) علي") + "|" + arStem("حرر|تحرير|تحرر|طرد|دحر|اخراج|اخرج|طهير|طهر|هزم|هزيمه|هزايم|نهزم|جريد|جرد"),
      en(
        "victory over|victorious over|liberat\\w*|dislodg\\w*|evict\\w*|eject(?:ed|ing|s)?|stripp(?:ed|ing) (?:\\S+ ){0,3}?of|dr(?:o|i)ve\\w* (?:\\S+ ){0,4}?out|driven (?:\\S+ ){0,4}?out|oust\\w*|expel\\w*|clear(?:ed|ing) (?:of|out)|cleared|push(?:ed)? (?:\\w+ )?out|routed|flush\\w* out|defeat\\w*",
      ),
    ].join("|"),
  ],
  [
    "lose",
    [
      arStem("خسر|خساره|خساير|فقد|فقدان|سقوط|سقط|نسحب|نسحاب|هرب|فرار|نهيار|نهار"),
      // Surrender: "استسلم", never "ستسلم" (will hand over).
      ar("(?:استسلم|[يت]ستسلم)(?:وا|ت|ون|ان)?|استسلام"),
      en(
        "lost|los(?:e|es|ing) (?:ground|territory|control|the|its|their|\\w+ (?:town|city|province|district))|fall of|fell|surrender\\w*|withdr[ae]w\\w*|withdrawal|retreat\\w*|collaps\\w*|fled|flee\\w*|abandon\\w*",
      ),
    ].join("|"),
  ],
  [
    "attack",
    [
      arStem("هجوم|هجم|هاجم|هجمه|قتل|قتيل|قتلي|عتداء|عتدي|تفجير|نتحاري|مفخخ|كمين|كمينا|غتيال|غتال|ستهدف|ستهداف|ختطف|ختطاف|خطف|اعدم|اعدام|قتحم|قتحام|ذبح|نسف|غار علي"),
      // Shelling, a mine and explosives without the article: "تحت وطأة القصف", "نزع الألغام" and
      // "زرع العبوات الناسفة" name the weapon or someone else's fire, not the group's act. Mines
      // in the plural (ألغام، landmines) are mostly what is left behind and cleared: no cue.
      `[وف]?[بل]?${PRE}(?:قصف|نفجار|نفجر|لغم|عبوه ناسفه|عبوات ناسفه|ناسفه)${SUF}${E}`,
      // "فجر" is also dawn ("فجر الاثنين", "صلاة الفجر"): the verb takes no article and no day after it.
      `[وف]?(?:[يت]?فجر(?:وا|ت|ون|وه|ها|هم|ه)|[يت]فجر|فجر(?! (?:يوم|اليوم|امس|الغد|ال?احد|ال?اثنين|ال?ثلاثاء|ال?اربعاء|ال?خميس|ال?جمعه|ال?سبت)${E}))${E}`,
      // Arson: "أحرقوا المنازل", "أضرموا النار في السوق" (not "حريق", a fire with no one behind it).
      arStem("حرق|حراق") +
        "|" +
        ar("اضرم\\S*(?= (?:\\S+ ){0,4}?(?:ال)?نار(?![\\p{L}]))") +
        "|" +
        // "أغار مسلحو بوكو حرام على قرية": a raid, with the subject between verb and "على".
        // "أطلقوا النار" is shooting, but "وقف إطلاق النار" is a ceasefire and "في الهواء" no attack.
        ar("اغار|اغاروا|اغارت|يغيرون علي|يغير علي|تغير علي") +
        "|" +
        ar(
          "(?<!وقف |لوقف |بوقف |ووقف |وقف ل)(?:اطلق\\S*|اطلاق|فتح\\S*)(?= (?:\\S+ ){0,4}?(?:(?:ال)?نار(?![\\p{L}])(?! (?:في|الي) الهواء)|(?:ال)?(?:قذايف|قذيفه|صواريخ|صاروخ|صاروخا|رصاص)))",
        ),
      en(
        "attack\\w*|kill\\w*|bomb\\w*|suicide bomb\\w*|car bomb\\w*|ieds?|ambush\\w*|assault\\w*|raid\\w*|massacre\\w*|storm(?:ed|ing|s)?|execut\\w*|behead\\w*|abduct\\w*|kidnap\\w*|shot dead|gunned down|murder\\w*|struck|blew up|blow(?:ing|s)? up|detonat\\w*|explo(?:ded|sions?)|blasts?|set off (?:\\S+ ){0,2}?(?:bombs?|explosives?|devices?|blasts?)|shell(?:ed|ing|s)|target(?:ed|ing)|opened fire(?! (?:in|into) the air)|fir(?:ed|ing) (?:on|at|upon|rockets|mortars?|shells)(?! (?:in|into) the air)|grenades?|torch(?:ed|ing|es)|set (?:fire to|ablaze|alight)|burn(?:ed|t|ing) (?:down|alive)|razed|looted|loot(?:ing)?|rocket attacks?|mortar (?:attacks?|rounds|fire)",
      ),
    ].join("|"),
  ],
  // Pursuit and sweeps against a group place it where they happen.
  [
    "fight",
    [
      arStem("شتباك|شتباكات|معارك|معركه|قتال|مواجهات|لاحق|ملاحقه|طارد|مطارده|تمشيط"),
      // "انتصارات في مواجهة مسلحي القاعدة": gains in the fight against a group ("في مواجهة" alone is
      // only "against": "تحالف في مواجهة داعش").
      ar("(?:انتصار\\S*|نجاحات|مكاسب|تقدم\\S*) في مواجهه"),
      en("clash\\w*|fighting|battl\\w*|firefights?|gunbattles?|pursu\\w*|hunting down|manhunt|sweeps? against|crackdown on"),
    ].join("|"),
  ],
  [
    "presence",
    [
      arStem("ظهرت|ظهر|نشط|نشاط|نشطه|تواجد|تمركز|نتشر|معقل|معاقل|متحصن|تحصن|خلايا|خليه|نفوذ|اوكار|مقرات|ختبي|ختباء|مختبي"),
      // "الذي يتخذ من اليمن مقرا له", "تتخذ من غابة سامبيسا معقلا": a base; "لم يبق للتنظيم سوى X": what it still holds.
      ar(
        "(?:يتخذ|تتخذ|اتخذ|اتخذت|اتخذوا|يتخذون|متخذا|متخذه) من|لم يبق (?:\\S+ ){0,5}?(?:سوي|الا)|موطي قدم|عاصمه (?:خلافت\\S*|الخلافه|دولت\\S*|دوله الخلافه)|عاصمته|عاصمتها|عاصمتهم|تحت سيطرت\\S*|الخاضعه لسيطرت\\S*|الخاضعه لسيطره",
      ),
      en(
        "active|operat(?:es|ing)|operated? (?:in|from|across|around|out of)|h(?:o|e)ld sway|holds sway|holding sway|present|presence|insurgency|expand\\w* (?:into|to)|extend\\w* (?:its |their )?(?:\\S+ )?(?:into|to)|deployed|in charge of|in control of|strongholds?|foothold|bastions?|hideouts?|safe havens?|positions|hid(?:e|es|ing)|holed up|entrenched|dug in|dig(?:s|ging)? in|(?:has|have|had) (?:\\S+ ){0,2}?(?:fighters|militants|members|cells|a presence)|cells?|controls?|controlled|held by|(?<=-)held|still holds?|hold(?:s|ing)? (?:the|parts|territory|areas|towns?|villages?)|based (?:in|around)|bases? in|emerged|appeared|de facto capital|self-declared capital|its capital|their capital|the group's capital",
      ),
    ].join("|"),
  ],
];

export interface CueMatchGroups {
  families: CueFamily[];
  re: RegExp;
}

export const CUE_FAMILIES: CueMatchGroups = {
  families: FAMILIES.map(([f]) => f),
  // Plain numbered groups, one per family (the patterns inside capture nothing): building a
  // named-groups object for every match cost more than the match itself.
  re: new RegExp(`${B}(?:${FAMILIES.map(([, src]) => `(${src})`).join("|")})`, "gu"),
};

/** Conditional/hearsay forms, including the translation's "كانت ... ستبدأ" for "would have". */
export const HEDGE = new RegExp(
  [
    `${B}[وف]?كان(?:ت|وا)?(?: \\S+){0,6}? [وف]?س[يتن]\\S{2,}`,
    `${B}من الممكن${E}`,
    `${B}من شانه${E}`,
    `${B}(?:ربما|يعتقد|يحتمل|يشتبه|يزعم|مزعوم|المزعوم|قد يكون|يبدو)${E}`,
    `${B}(?:would have|could have|may have|might|allegedly|alleged|believed to|suspected|apparently|possibly|reportedly)${E}`,
  ].join("|"),
  "u",
);

/** A denial or negation governing the cue: "denied any role", "لم يتبن", "no group has claimed". */
export const NEGATION = new RegExp(`${B}(?:denied|denies|deny|no group|not|never|nobody|no one|لم|لن|نفي|نفت|ينفي|تنفي|نفى|ليس|دون ان)${E}`, "u");

/** "In the same period": the passage's date is the previous passage's. */
export const SAME_TIME = /في الفتره نفسها|في نفس الفتره|في نفس الايام|في الايام نفسها|في الوقت نفسه|في نفس الوقت|at the same time|in the same period|in the same days/u;

/** Words that route the following actor as the target of a move ("إلى"/"to"/"join"). */
export const TO_WORDS = new Set(["الي", "to", "into", "join", "joined", "joining", "joins"]);
export const FROM_WORDS = new Set(["من", "عن", "from", "among", "of"]);
export const BELONG_WORDS = new Set(["المنتمين", "المنتمون", "المنتميه", "التابعين", "التابعه", "المرتبطين", "members", "affiliated", "belonging"]);
/** "مقاتلو جبهة النصرة بايعوا ...": the fighters of a group (the word right before it) come from it. */
export const MEMBER_OF = new Set(["مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "عناصر", "فرع", "فصيل", "قاده", "امير", "قياديون", "قيادي"]);
/** Denials govern the clause after them: "denied any role in the bombing", "نفى أي صلة له بالهجوم". */
export const DENIAL = /(?:^|\s)(?:denied|denies|deny|denying|rejected claims|نفي|نفت|ينفي|تنفي|نافيا|نافيه)(?:\s|$)/u;

/** "It is unclear whether ...", "لم يتضح ما إذا كان ...": what follows in the sentence is not told as fact. */
export const UNCLEAR =
  /(?:^|\s)(?:(?:it is|it was|it remains|it remained|it was not|it is not) (?:un|not )?clear (?:whether|if)|unclear (?:whether|if)|[وف]?لم يتضح (?:بعد )?ما اذا|[وف]?ليس (?:من ال)?واضحا? ما اذا|[وف]?لم يعرف (?:بعد )?ما اذا|غير واضح ما اذا)(?:\s|$)/u;

/** "the pledge", "البيعة" told again: a pledge already reported, not a new one. */
export const PLEDGE_TOLD_AGAIN = /(?:^|\s)(?:the|this|that|such a) $/u;
