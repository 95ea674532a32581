import type { ClaimKind } from "../schema/article";

/**
 * Cue words per claim kind, as patterns over normalised text (see normalizeWithMap: hamza
 * forms folded, ة -> ه, ى -> ي, lowercase). Arabic cues allow the clitics و ف ب ل and the
 * article in front; every pattern is bounded by spaces/punctuation on both sides so that a
 * cue never fires inside a longer word.
 */

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const CL = "(?:[وف]?[بل]?(?:ال)?)";

const ar = (words: string) => `${B}${CL}(?:${words})${E}`;
const en = (words: string) => `${B}(?:${words})${E}`;

export const CUES: Record<ClaimKind, RegExp> = {
  pledge: new RegExp(
    [ar("اقسم|اقسموا|يقسم|سيقسم|تقسم|قسم|بايع|بايعت|بايعوا|يبايع|تبايع|مبايعه|ولاء|ولايهم|ولايها|موالين|موالون|موال|موالي"), en("pledg\\w*|allegiance|swore|sworn|loyal\\w*|bay'ah|bayah")].join("|"),
    "gu",
  ),
  defection: new RegExp(
    [ar("انضم|انضموا|ينضم|تنضم|ينضمون|سينضمون|سينضم|ستنضم|انضمام|توبه|انشق|انشقوا|ينشق|انشقاق|الانتقال من|انتقل|انتقلوا"), en("join\\w*|defect\\w*|switch(?:ed|ing)? sides|repent\\w*")].join("|"),
    "gu",
  ),
  recruitment: new RegExp([ar("تجنيد|يجند|تجند|يجندون|جند|مجندين|استقطاب|يستقطب"), en("recruit\\w*|enlist\\w*")].join("|"), "gu"),
  attack: new RegExp(
    [ar("هجوم|هجمات|هاجم|هاجموا|يهاجم|قتل|مقتل|قتلي|قتلوا|اعتداء|تفجير|تفجيرات|كمين|اغتيال|استهدف|استهداف"), en("attack\\w*|kill\\w*|bomb\\w*|ambush\\w*|assault\\w*|raid\\w*|massacre\\w*")].join("|"),
    "gu",
  ),
  "territorial-loss": new RegExp(
    [ar("خساره|خسارتها|خسارته|خساير|خسر|خسرت|فقد|فقدت|فقدان|سقوط|طرد|انسحب|انسحاب|تحرير|استعاده"), en("lost|loss\\w*|los(?:e|ing) (?:ground|territory|control)|fall of|fell|retreat\\w*|ousted|driven out|recaptur\\w*|liberat\\w*")].join("|"),
    "gu",
  ),
  presence: new RegExp(
    [ar("ظهرت|ظهر|ينشط|تنشط|نشاط|انشطه|تتواجد|يتواجد|تسيطر|يسيطر|سيطرت|سيطر|معقل|معاقل|عاصمه|تتمركز|ينتشر|تنتشر"), en("active|operat(?:es|ing)|present|presence|stronghold\\w*|controls?|controlled|based in|capital|emerged|appeared")].join("|"),
    "gu",
  ),
  threat: new RegExp(
    [ar("(?:هجمات|هجوم|اعتداءات|عمليات) جديده|تهديد|تهدد|يهدد|تعبيه|شن هجمات"), en("new attacks|threat\\w*|threaten\\w*|plot\\w*|mobili[sz]\\w*")].join("|"),
    "gu",
  ),
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

/** "In the same period": the passage's date is the previous passage's. */
export const SAME_TIME = /في الفتره نفسها|في نفس الفتره|في نفس الايام|في الايام نفسها|في الوقت نفسه|في نفس الوقت|at the same time|in the same period|in the same days/u;

/** Words that route the following actor as the target of a move ("إلى"/"to"/"join"). */
export const TO_WORDS = new Set(["الي", "to", "into", "join", "joined", "joining", "joins"]);
export const FROM_WORDS = new Set(["من", "from", "among", "of"]);
export const BELONG_WORDS = new Set(["المنتمين", "المنتمون", "المنتميه", "التابعين", "التابعه", "المرتبطين", "members", "affiliated", "belonging"]);
