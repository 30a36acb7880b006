import { normalizeArabic } from "./normalize.js";

/**
 * General Arabic function words (prepositions, conjunctions, pronouns, demonstratives,
 * relatives, interrogatives — also fused with a preposition (فيم، بماذا) —, particles and the
 * commonest auxiliaries and modals (كنت، تم، يمكن، يجب)), as found in standard
 * Arabic IR stopword lists, and the dialects' words for "very" (Levantine «كتير», Gulf «وايد»,
 * Egyptian «اوي», Maghrebi «برشا») and for "alone" («وحدها», «لحالها»), as «فقط» is. Stored
 * normalised, so lookups use normalised tokens.
 */
const RAW = `
في من إلى الى على عن مع ب ل ك و ف أو او ثم بل لكن لكنّ حتى منذ مذ عند لدى لدي نحو حول خلال بين ضد دون غير سوى عبر
قبل بعد فوق تحت أمام وراء اثناء أثناء عدا خلا حيث إذ اذ إذا اذا لو لولا كي لكي لأن لان كأن كان كانت يكون تكون كانوا
أن إن ان أنّ إنّ أنه إنه انه أنها إنها انها أنهم إنهم لم لن لا ما ماذا متى أين اين كيف كم لماذا هل أي ايّ أيّ اي أية اية
من ممن مما عما فيما بما كما لما عندما بينما بينها بينهم بينه
هو هي هم هن هما أنا انا نحن أنت انت أنتم انتم أنتما انتن إياه اياه إياها
هذا هذه ذلك تلك هؤلاء هاولاء أولئك اولئك هنا هناك هنالك ذا ذي ذات
الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي
قد لقد سوف س كل بعض أيضا ايضا فقط جدا إلا الا إما اما أما
كتير كتيير وايد اوي برشا
وحده وحدها لوحده لوحدها لحاله لحالها لحالو بمفرده بمفردها يوجد توجد ضمن
له لها لهم لهما لهن به بها بهم منه منها منهم عنه عنها عنهم فيه فيها فيهم عليه عليها عليهم إليه اليه إليها اليها إليهم
معه معها معهم لديه لديها لديهم عنده عندها وهو وهي وهم وقد ولا وما وفي ومن وعلى وإلى والى وأن وان وإن ولم ولن وكان وكانت
يا أيها ايها ليس ليست لست ليسوا
كنت كنا كنتم يكونوا تكونوا فيم بم بماذا لماذا لمَ ممّ
يجب ينبغي
`;

export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(
  RAW.split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => normalizeArabic(w)),
);
