/**
 * Every fixed string the Telegram bot shows, in Arabic and English. Values are Telegram HTML
 * (already escaped); functions escape what they are given. Arabic strings start with Arabic
 * text and wrap Latin fragments (commands, @names) in isolates so they read correctly.
 */
import type { Lang } from "../core/types.js";
import { ltr, rtl } from "./bidi.js";
import { escapeHtml } from "./telegram/html.js";

export type CommandName = "start" | "help" | "ask" | "quote" | "summary" | "sources" | "lang";

export const COMMAND_NAMES: readonly CommandName[] = [
  "start",
  "help",
  "ask",
  "quote",
  "summary",
  "sources",
  "lang",
];

export interface Strings {
  readonly languageName: string;
  readonly sourcesButton: string;
  readonly paragraph: (n: number) => string;
  /** Capitalised, for the start of a line ("Paragraph 9"). */
  readonly paragraphTitle: (n: number) => string;
  readonly translationLabel: string;
  /** Labels a quote's glossary line (dictionary senses of its words; ours, not a translation). */
  readonly glossLabel: string;
  /** Label of the copyable citation in the Sources view. */
  readonly citeAs: string;
  /** Said under a paragraph in which the quoted words are marked bold. */
  readonly quotedInBold: string;
  /** What the article covers, in this language (shown with refusals and greetings). */
  readonly articleTopics: string;
  /** Example questions offered as buttons when the answer brings none. */
  readonly exampleQuestions: readonly string[];
  readonly tryAsking: string;
  /** Heads a list of example questions where there are no buttons (terminal). */
  readonly examplesHeader: string;
  readonly quotesHeader: string;
  readonly notCovered: string;
  readonly sourcesTitle: string;
  readonly sourcesListTitle: string;
  readonly noSources: string;
  readonly matchedTerms: string;
  readonly onlyText: string;
  readonly emptyQuestion: string;
  readonly noWords: string;
  readonly tooLong: (length: number, max: number) => string;
  readonly rateLimited: (seconds: number) => string;
  readonly notAllowed: (chatId: number) => string;
  readonly apology: string;
  readonly tooSlow: string;
  readonly unknownCommand: (command: string) => string;
  readonly quoteUsage: string;
  readonly askUsage: (botUsername: string | undefined) => string;
  readonly langPrompt: string;
  readonly langChosen: string;
  readonly callbackExpired: string;
  readonly help: (botUsername: string | undefined) => string;
  readonly commandDescriptions: Readonly<Record<CommandName, string>>;
}

const at = (username: string | undefined) => (username ? `@${escapeHtml(username)}` : "");

const ar: Strings = {
  languageName: "العربية",
  sourcesButton: "📜 المصادر",
  paragraph: (n) => `الفقرة ${n}`,
  paragraphTitle: (n) => `الفقرة ${n}`,
  translationLabel: "ترجمة",
  glossLabel: "مسرد (معاني القاموس، ليس ترجمة)",
  citeAs: "للاستشهاد",
  quotedInBold: "الكلمات المقتبسة في الإجابة بالخط العريض.",
  articleTopics:
    "يتناول المقال محادثات لافروف والصفدي في موسكو يوم الأربعاء 3 فبراير/شباط 2021: الأمن الجماعي في منطقة الخليج، والقضية الفلسطينية وحل الدولتين، والأوضاع في العراق وليبيا واليمن، وسوريا (اللجنة الدستورية وعملية أستانا ومكافحة الإرهاب وعودة اللاجئين وإعادة الإعمار).",
  exampleQuestions: [
    "ماذا قال لافروف عن الأمن في الخليج؟",
    "أين سيعقد الاجتماع المقبل بصيغة أستانا؟",
    "ما موقف موسكو وعمّان من حل الدولتين؟",
  ],
  tryAsking: "اضغط أحد الأسئلة أدناه، أو اكتب سؤالك.",
  examplesHeader: "يمكنك أن تسأل مثلاً:",
  quotesHeader: "المقاطع الحرفية من المقال:",
  notCovered: "المقال لا يتناول هذا الموضوع.",
  sourcesTitle: "📜 <b>المصادر والمقاطع المقتبسة</b>",
  sourcesListTitle: "📚 <b>المصدر الذي تأتي منه الإجابات</b>",
  noSources: "لا توجد مصادر محمّلة حالياً.",
  matchedTerms: "المصطلحات المطابقة",
  onlyText: "أستطيع الإجابة عن الأسئلة المكتوبة فقط. من فضلك اكتب سؤالك نصاً، بالعربية أو الإنجليزية.",
  emptyQuestion:
    "لم أجد سؤالاً في رسالتك. اكتب سؤالك عن محادثات لافروف والصفدي، مثلاً: ماذا قال لافروف عن سوريا؟",
  noWords: "يبدو أن رسالتك لا تحتوي على كلمات. اكتب سؤالك بالكلمات، بالعربية أو الإنجليزية.",
  tooLong: (length, max) =>
    `رسالتك طويلة جداً (${length} حرفاً). من فضلك اختصر سؤالك إلى ${max} حرف على الأكثر.`,
  rateLimited: (seconds) =>
    `وصلتني رسائل كثيرة في وقت قصير. سأجيب مجدداً بعد نحو ${seconds} ثانية؛ الرسائل المرسلة قبل ذلك لن تتلقى رداً.`,
  notAllowed: (chatId) =>
    `عذراً، هذا البوت خاص ولا يعمل في هذه المحادثة. إن كنت تعرف صاحبه فأرسل له رقم المحادثة: ${ltr(String(chatId))}`,
  apology: "عذراً، حدث خطأ أثناء تحضير الإجابة. حاول مرة أخرى بعد قليل.",
  tooSlow: "عذراً، استغرق تحضير الإجابة وقتاً أطول من اللازم. حاول مرة أخرى أو اختصر السؤال.",
  unknownCommand: (command) =>
    `لا أعرف الأمر ${ltr(escapeHtml(command))}. أرسل ${ltr("/help")} لمعرفة ما أستطيع فعله، أو اكتب سؤالك مباشرة.`,
  quoteUsage: `اكتب الموضوع بعد الأمر، مثلاً: ${ltr("/quote")} اللاجئين`,
  askUsage: (username) =>
    `اكتب السؤال بعد الأمر، مثلاً: ${ltr(`/ask${at(username)}`)} ماذا قال الصفدي عن سوريا؟`,
  langPrompt: "اختر لغة الواجهة:",
  langChosen: "تم. سأستخدم العربية في الرسائل والتعليمات.",
  callbackExpired: "انتهت صلاحية هذا الزر. اطرح سؤالك من جديد لأعرض مصادره.",
  help: (username) =>
    [
      "👋 <b>أهلاً بك!</b>",
      "أجيب عن الأسئلة حول مقال إخباري واحد: تقرير وكالة تاس (بالعربية) عن محادثات وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأردني أيمن الصفدي في موسكو يوم 3 فبراير/شباط 2021.",
      "",
      "<b>كيف تسأل</b>",
      "اكتب سؤالك بالعربية أو بالإنجليزية. كل إجابة تستند إلى المقال: إحالات مرقّمة [1] والجمل العربية كما وردت حرفياً، مع أرقام الفقرات. اضغط «📜 المصادر» تحت الإجابة لعرض الاستشهادات كاملة. ويمكنك متابعة سؤالك السابق بسؤال قصير.",
      "",
      "<b>أمثلة</b>",
      "• ماذا قال لافروف عن الأمن في الخليج؟",
      "• ما موقف الأردن من الأزمة السورية؟",
      `• ${ltr("What did Safadi say about refugees?")}`,
      `• ${ltr("/quote")} حل الدولتين`,
      "",
      "<b>الأوامر</b>",
      `${ltr("/quote")} &lt;موضوع&gt; — المقاطع الحرفية عن موضوع`,
      `${ltr("/sources")} — المقال الذي تأتي منه الإجابات`,
      `${ltr("/lang")} — تغيير اللغة (العربية / ${ltr("English")})`,
      `${ltr("/help")} — هذه الرسالة`,
      "",
      `في المجموعات: اذكرني${username ? ` ${ltr(at(username))}` : ""} أو ردّ على رسالتي أو استخدم ${ltr(`/ask${at(username)}`)}.`,
    ].join("\n"),
  commandDescriptions: {
    start: "تعريف بالبوت وأمثلة",
    help: "كيف تسأل",
    ask: "اطرح سؤالاً (مفيد في المجموعات)",
    quote: "المقاطع الحرفية عن موضوع",
    summary: "ملخص المقال: اقتباس لكل محور",
    sources: "المقال الذي تأتي منه الإجابات",
    lang: "تغيير اللغة: العربية / English",
  },
};

const en: Strings = {
  languageName: "English",
  sourcesButton: "📜 Sources",
  paragraph: (n) => `paragraph ${n}`,
  paragraphTitle: (n) => `Paragraph ${n}`,
  translationLabel: "Translation",
  glossLabel: "Glossary (ours: dictionary senses, not a translation)",
  citeAs: "Cite as",
  quotedInBold: "The words quoted in the answer are in bold.",
  articleTopics:
    "The article covers the talks between Lavrov and Safadi in Moscow on Wednesday 3 February 2021: collective security in the Gulf, the Palestinian question and the two-state solution, the situation in Iraq, Libya and Yemen, and Syria (the Constitutional Committee, the Astana format, terrorism, the return of refugees and reconstruction).",
  exampleQuestions: [
    "What did Lavrov say about security in the Gulf?",
    "Where will the next Astana-format meeting be held?",
    "What did the ministers say about the two-state solution?",
  ],
  tryAsking: "Tap a question below, or type your own.",
  examplesHeader: "You could ask, for example:",
  quotesHeader: "Verbatim passages from the article:",
  notCovered: "The article does not cover this.",
  sourcesTitle: "📜 <b>Sources and quoted passages</b>",
  sourcesListTitle: "📚 <b>Where the answers come from</b>",
  noSources: "No sources are loaded right now.",
  matchedTerms: "Matched terms",
  onlyText: "I can only answer text questions. Please type your question, in English or Arabic.",
  emptyQuestion:
    "I could not find a question in your message. Ask me about the Lavrov–Safadi talks, for example: What did Lavrov say about Syria?",
  noWords: "Your message has no words in it. Please type your question, in English or Arabic.",
  tooLong: (length, max) =>
    `Your message is too long (${length} characters). Please shorten your question to at most ${max} characters.`,
  rateLimited: (seconds) =>
    `That is a lot of messages at once. I will answer again in about ${seconds} s; messages sent before then get no reply.`,
  notAllowed: (chatId) =>
    `Sorry, this bot is private and does not work in this chat. If you know its owner, send them this chat id: ${chatId}`,
  apology: "Sorry, something went wrong while preparing the answer. Please try again in a moment.",
  tooSlow: "Sorry, preparing the answer took too long. Please try again or ask a shorter question.",
  unknownCommand: (command) =>
    `I don't know the command ${escapeHtml(command)}. Send /help to see what I can do, or just type your question.`,
  quoteUsage: `Put the topic after the command, for example: /quote ${rtl("اللاجئين")} or /quote Astana`,
  askUsage: (username) =>
    `Put the question after the command, for example: /ask${at(username)} What did Safadi say about Syria?`,
  langPrompt: "Choose the interface language:",
  langChosen: "Done. I will use English for messages and help.",
  callbackExpired: "This button has expired. Ask your question again to see its sources.",
  help: (username) =>
    [
      "👋 <b>Hello!</b>",
      "I answer questions about one news article: TASS's Arabic report on the talks between Russian Foreign Minister Sergey Lavrov and Jordanian Foreign Minister Ayman Safadi in Moscow on 3 February 2021.",
      "",
      "<b>How to ask</b>",
      "Type a question in English or Arabic. Every answer is backed by the article: numbered citations [1] and the Arabic sentences exactly as written, with paragraph numbers. Press “📜 Sources” under an answer to see the full citations. Short follow-up questions are understood in the context of your previous one.",
      "",
      "<b>Examples</b>",
      "• What did Lavrov say about security in the Gulf?",
      "• What is Jordan's position on the Syrian crisis?",
      `• ${rtl("ماذا قال الصفدي عن اللاجئين؟")}`,
      "• /quote two-state solution",
      "",
      "<b>Commands</b>",
      "/quote &lt;topic&gt; — verbatim passages on a topic",
      "/sources — the article the answers come from",
      `/lang — switch language (English / ${rtl("العربية")})`,
      "/help — this message",
      "",
      `In groups: mention me${username ? ` ${at(username)}` : ""}, reply to one of my messages, or use /ask${at(username)}.`,
    ].join("\n"),
  commandDescriptions: {
    start: "What this bot knows, with examples",
    help: "How to ask",
    ask: "Ask a question (useful in groups)",
    quote: "Verbatim passages on a topic",
    summary: "The article's topics, one quote each",
    sources: "The article the answers come from",
    lang: "Switch language: English / العربية",
  },
};

const CATALOG: Readonly<Record<Lang, Strings>> = { ar, en };

export function strings(lang: Lang): Strings {
  return CATALOG[lang];
}
