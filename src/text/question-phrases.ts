/**
 * Phrases a question is rewritten from before it is planned: idioms ("compare notes", «قعد مع»
 * is in dialect.ts), telegram and chat styles ("Date of…", "…, right?"), the words that only
 * say what kind of answer is wanted ("of the week", "official title", «المنصب الحكومي»), and
 * a preamble or request that names no topic. General phrasing, never a question set's sentences.
 */
/**
 * A question asking for an office («المنصب», «مناصب», «وظيفته», «الصفة», Maghrebi «الخدمة»), from
 * that noun to its end.
 */
const AR_OFFICE_FRAME =
  /(?:^|\s)[وف]?(?:ال)?(?:منصب|مناصب|منصبان|منصبين|وظيف[ةه]|لقب|مسمى|صف[ةه]|خدم[ةه]|خدمت|حقيب[ةه]|حقيبت|حقائب|موقع)\S*[^؟?]*/gu;
/** Words that only place an office in a government: «الحكومي», «في حكومة بلاده», «الآخر». */
const AR_OFFICE_ADJECTIVES =
  /(?:^|\s)(?:(?:في|ب)\s*|ف(?=ال))?(?:ال)?(?:حكوم[ةه]|حكومي(?:[ةه]|ان|ين|ات|تان|تين|ا|اً)?|حكومتها|حكومته|رسمي(?:[ةه]|ان|ين|ات)?|آخر|اخر|أخرى|اخرى|آخران|آخرين|ثاني|الثاني)(?:\s+(?:بلاده|بلده|بلادها|بلدها))?(?=\s|$|[؟?،.!])/gu;

/**
 * Phrases that only say what kind of answer is wanted: "day of the week" asks for a weekday,
 * «من أيام الأسبوع» likewise.
 */
export function withoutTypePhrases(question: string): string {
  return (
    question
      .replace(/\bof the week\b/gi, " ")
      // A vocative («يا ابني», «يا شباب», "bro") addresses the asker's listener, at either end.
      .replace(/(^|\s)يا\s+\S+?(?=\s*[؟?!.]*\s*$)/u, "$1")
      .replace(/^\s*يا\s+\S+\s*[،,]\s*/u, "")
      // «من المتحدث الذي…» (who is the speaker who…) asks who said it.
      .replace(/(^|\s)من\s+(?:هو\s+)?(?:المتحدث|المتكلم)\s+(?=(?:الذي|اللي)(?:\s|$))/u, "$1من ")
      .replace(/[,\s]+(?:bro|mate|dude|buddy|man)\s*(?=[?!.]*\s*$)/i, "")
      // "full name" is a name: the adjective asks for nothing more.
      .replace(/\b(?:full|first|last|family|complete)\s+(names?)\b/gi, "$1")
      // "What role does Jordan play in…": "play" only completes "what role"; the topic is Jordan.
      .replace(/\b((?:what|which) (?:role|part)\b[^?]*?)\bplay(?:s|ed|ing)?\b/gi, "$1")
      // "When is it supposed to take place?": the idiom is "happen", the modal only frames it.
      .replace(
        /\b(?:is|are|was|were)\s+((?:it|they|he|she|this|that|the\s+next\s+(?:one|meeting|round)|the\s+meeting)\s+)?(?:supposed|expected|due|scheduled|planned)\s+to\b/gi,
        "will $1",
      )
      .replace(/\b(?:take|takes|took|taken|taking)\s+place\b/gi, "happen")
      // "compare notes", "swap views" are to exchange views; «تبادل الآراء» is «تبادل وجهات النظر».
      .replace(/\bcompar(?:e|ed|ing)\s+notes\b/gi, "exchange views")
      .replace(/\b(?:swap(?:ped|ping|s)?|trad(?:e|ed|ing))\s+(?:views|opinions|notes)\b/gi, "exchange views")
      .replace(/\bexchang(?:e|ed|ing)\s+opinions\b/gi, "exchange views")
      .replace(/(تبادل\S*)((?:\s+[^\s؟?،,.!]+){0,2}?)\s+(?:ال)?(?:آراء|اراء|أراء)/gu, "$1$2 وجهات النظر")
      // "step by step", «خطوة بخطوة»: how the answer should go, not what it is about.
      .replace(/\bstep[-\s]by[-\s]step\b/gi, " ")
      .replace(/(^|\s)خطوة\s+بخطوة(?=\s|$|[؟?،,.!])/gu, "$1")
      // A statement with a tag ("…, right?", «… ولا إيه؟», «… صح؟») asks whether it is so.
      .replace(
        /^\s*(?:so|and|but|ok|okay)?[,\s]*(?!(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|will|would|has|have|had|can|could|should)\b)([a-z][^?]*?)[,\s]+(?:right|correct|true|yes|yeah|yep|no|isn'?t it|aren'?t they|didn'?t they|wasn'?t it|is that right|is that so)\s*\?\s*$/i,
        "Is it true that $1?",
      )
      .replace(
        /^\s*(?!(?:هل|وهل|ما|ماذا|من|مين|متى|أين|اين|كيف|لماذا|كم|أي|اي|شو|ايش|وش|وين|ليش)(?:\s|$))(?:هو\s+|هي\s+)?(\S[^؟?]*?)[،,\s]+(?:ولا\s+(?:إيه|ايه|لأ|لا|شو|ايش|ماذا)|أو\s+لا|صح|صحيح|مظبوط)\s*[؟?]\s*$/u,
        "هل $1؟",
      )
      // «صحيح إنو …؟», «هل صحيح أن …؟» (is it true that …): a yes/no question.
      .replace(/^\s*(?:هل\s+)?(?:صحيح|صح|حقا|حقاً)\s+(?:إنو|انو|إن|ان|أن|إنه|انه|أنه)\s+/u, "هل ")
      // "sit down with" is to meet; a "get-together" is a meeting.
      .replace(/\b(?:sit|sits|sitting|sat)\s+down\s+with\b/gi, "meet with")
      .replace(/\bget[- ]togethers?\b/gi, "meeting")
      // "(day of week too)": a date's part asked beside the date, in brackets, adds nothing to find.
      .replace(
        /\s*\(\s*(?:and\s+|plus\s+|with\s+)?(?:the\s+)?(?:day\s+of\s+(?:the\s+)?week|weekday|day|date|year)(?:\s+too|\s+also|\s+as\s+well)?\s*\)/gi,
        "",
      )
      .replace(/\b(?:week)?day\s+(?:and|&)\s+date\b/gi, "day")
      // "which weekday", "what day of week": the date's day, asked as "what day".
      .replace(/\b(?:which|what)\s+(?:weekday|day\s+of\s+(?:the\s+)?week)\b/gi, "what day")
      .replace(/\b(?:weekday|day\s+of\s+(?:the\s+)?week)\b/gi, "day")
      // "the Jordanian guy", "the Russian dude": chat words for the official of that nation.
      .replace(
        /\bthe\s+([a-z]+(?:ian|ean|ese|ish|i))\s+(?:guy|man|fellow|dude|chap|bloke|visitor|guest)\b/gi,
        "the $1",
      )
      // "the (visiting) Jordanian" as a noun is the Jordanian official the text speaks of.
      .replace(
        /\bthe\s+(?:visiting\s+|guest\s+)?([a-z]+(?:ian|ean|ese|ish|i))(?=\s+(?:hold|holds|held|say|says|said|do|does|did|is|was|has|have|had|think|thinks|thought|want|wants|wanted|meet|meets|met|mention|mentioned|speak|spoke|talk|talked|propose|proposed)\b|\s*[?.,!]|\s*$)/gi,
        "the $1 official",
      )
      // «الفكرة اللي بتسوّقها روسيا», «تسوّق له»: an idea marketed is promoted («تروّج له»).
      .replace(/(^|\s)([وف]?)(?:ب|عم\s+)?([يت])سو[ّ]?ق(ون|و|وا)?(?=\s|$|[؟?،,.]|له|لها|ها|ه)/gu, "$1$2$3روج$4")
      // "the closing statement", "his final words": what he concluded with.
      .replace(
        /\b(?:closing|concluding|final|last)\s+(?:statement|remarks?|words|comments?)\b/gi,
        "conclusion",
      )
      // "took part in" is participated in.
      .replace(/\b(?:take|takes|took|taking|taken)\s+part\s+in\b/gi, "participated in")
      // "his Jordanian colleague" is his counterpart; «زميله» likewise.
      .replace(/\b(his|her|their)\s+(\w+\s+)?colleagues?\b/gi, "$1 $2counterpart")
      .replace(/(^|\s)([وب]?)زميله(?=\s|$|[؟?،,.])/gu, "$1$2نظيره")
      // "what other post", "which two posts", "which three countries": "other" and how many only
      // set the asked apart.
      .replace(/\b(what|which)\s+(?:(?:other|another|two|three|four|five|both|\d+)\s+)+/gi, "$1 ")
      // "make his remarks" is to speak; "— a speech, an interview, or something else?" only
      // offers guesses.
      .replace(
        /\b(?:make|makes|made|making|deliver|delivered|give|gave)\s+(?:his|her|their|the|these|those|such)?\s*(?:remarks|comments|statements)\b/gi,
        "speak",
      )
      .replace(/\s*[—–-]\s*(?:a|an|the)\s+[^?]*?\bor\s+(?:something|anything|somewhere)\s+else\b/gi, "")
      // "— a named photographer or an institution?": guesses offered at the end, as above.
      .replace(/\s*[—–-]\s*(?:a|an)\s+[^?—–]*?\bor\s+(?:a|an)\s+[^?—–]*(?=\?|$)/gi, "")
      // "What's the headline — i.e., how does the lead sum it up?": the question restated.
      .replace(
        /(\S\s+\S+\s+\S+)\s*[—–-]?\s*\b(?:i\.\s?e\.|in other words|that is to say)\s*,?\s+[^?]*\??\s*$/i,
        "$1?",
      )
      // "which countries came up", "put on the table": discussed, proposed; what "was on the
      // table" at talks was under discussion, as what was on their agenda.
      .replace(/\b(?:came|come|comes|coming)\s+up\b(?!\s+with)/gi, "were discussed")
      .replace(/\b(?:put|puts|putting|placed|laid)\s+on\s+the\s+table\b/gi, "proposed")
      .replace(/\b(?:was|were|is|are)\s+on\s+the\s+table\b/gi, "was discussed")
      // "in early Feb 2021": the part of the month only narrows the date asked.
      .replace(
        /\b(?:early|mid|late)[- ](?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
        "",
      )
      // "spell out" is to specify; an idea "pushed" is promoted; terrorism "stamped out" is
      // eliminated.
      .replace(/\b(?:spell|spells|spelled|spelt|spelling)\s+out\b/gi, "specify")
      .replace(/\b(pushing|touting)\b/gi, "promoting")
      .replace(
        /\b(?:stamp|stamps|stamped|stamping|wipe|wiped|wiping|root|rooted|rooting)\s+out\b/gi,
        "eliminate",
      )
      // "come up with solutions to X" is to solve X; "outside powers" are the outside parties,
      // whatever the generic noun («قوى/أطراف من خارج المنطقة» likewise): the adjective names them.
      .replace(
        /\b(?:come|comes|came|coming)\s+up\s+(?:with|w\/)\s+(?:the\s+)?(?:solutions?|answers?|fix(?:es)?)\s+(?:to|for)\b/gi,
        "solve",
      )
      // …and "come up with" anything else is to provide it.
      .replace(/\b(?:come|comes|came|coming)\s+up\s+with\b/gi, "provide")
      .replace(
        /\b(outside|external|foreign|non-regional|extra-regional)\s+(?:powers|actors|parties|forces|stakeholders)\b/gi,
        "$1",
      )
      .replace(/(^|\s)([لب]?)(?:قوى|أطراف|اطراف|جهات)\s+(?=(?:من\s+)?(?:خارج|خارجي|أجنبي|اجنبي))/gu, "$1$2")
      // "regional crises" are crises in the region; «القضايا الإقليمية» likewise.
      .replace(/\bregional\s+([a-z]+)/gi, "$1 in the region")
      .replace(/(\S+)\s+(?:ال)?إقليمي(?:ة|ه)?(?=\s|$|[؟?،.!])/gu, "$1 في المنطقة")
      // "the next one": the pro-form stands for the meeting the chat is about.
      .replace(/\bthe\s+next\s+one\b/gi, "the next meeting")
      // "What's the date of the talks?": when they were.
      .replace(
        /\bwhat(?:'s|\s+is|\s+was)\s+the\s+(?:exact\s+|precise\s+|full\s+|actual\s+)?(?:date|day)\s+of\b(?!\s+(?:the|this)\s+(?:article|story|report|piece|news|text|publication))/gi,
        "when were",
      )
      // "I'm writing a brief for my boss: who met whom…": the asker's preamble is no topic.
      .replace(
        /^\s*(?:i'?m|i\s+am|i\s+need|i\s+want|i'?d\s+like|for\s+my|i\s+(?:only\s+|just\s+)?(?:have|got)|i'?ve\s+(?:only\s+|just\s+)?got)\b[^:?]{0,80}:\s*/i,
        "",
      )
      // «بعد انتهاء الاجتماع», "once the talks were over": after the meeting.
      .replace(/(بعد|عقب)\s+(?:انتهاء|نهاية|ختام|انتهى|انتهت)(?=\s)/gu, "$1")
      .replace(
        /\b(?:once|after)\s+(the\s+\w+)\s+(?:were|was|had)\s+(?:over|done|finished|ended)\b/gi,
        "after $1",
      )
      // Speaking to reporters after talks is a press conference in newsroom English.
      .replace(
        /\b(?:speak|spoke|spoken|speaking|talk|talked|talking|address|addressed)\s+(?:to\s+|with\s+)?(?:the\s+)?(?:reporters|journalists|press|media)\b/gi,
        "speak at the press conference",
      )
      // "Middle Eastern" is of the Middle East.
      .replace(/\bMiddle[- ]Eastern\b/gi, "Middle East")
      // "work with" is to cooperate: the idiom, not labour.
      .replace(/\bwork(?:s|ed|ing)?\s+(?:together\s+)?with\b/gi, "cooperate with")
      // Telegram style: "Date of the talks?", "Venue of the meeting?" ask when and where.
      .replace(/^\s*(?:the\s+)?(?:date|day)\s+of\b/i, "When were")
      .replace(/^\s*(?:the\s+)?(?:place|venue|location)\s+of\b/i, "Where were")
      // "official title", "exact position", "government post": the adjective asks for nothing
      // more (every office in a news report is official and in a government).
      .replace(
        /\b(?:official|formal|current|exact|precise|government(?:al)?|cabinet(?:-level)?|ministerial|state)\s+(titles?|positions?|posts?|roles?|names?|jobs?|offices?)\b/gi,
        "$1",
      )
      // A state, an office or a body by its press epithet ("top diplomat", "the Hashemite
      // Kingdom", "the Kremlin", "flashpoints") is read before: see press-epithets.ts.
      // «في الآخر» (in the end) only places what was said.
      .replace(/(^|\s)(?:في\s+ال|بال)(?:آخر|اخر)(?=\s|$|[؟?،,.!])/gu, "$1")
      // "go-betweens" are mediators; "the rest of the world" is the international community.
      .replace(/\bgo-?betweens?\b/gi, "mediators")
      .replace(/\b(?:the\s+)?rest\s+of\s+the\s+world\b/gi, "the international community")
      // «يداً بيد» (hand in hand): together; «إلى حد كبير» (to a large extent) only grades.
      .replace(/(^|\s)يدا?ً?\s+بيد(?=\s|$|[؟?،,.!])/gu, "$1بالتنسيق")
      .replace(/(^|\s)(?:إلى|الى|لـ?)\s*حد\s+(?:كبير|بعيد|ما)(?=\s|$|[؟?،,.!])/gu, "$1")
      // "when it comes to X" is about X, not a question of when.
      .replace(/\bwhen\s+it\s+comes\s+to\b/gi, "regarding")
      // "Is it accurate to say that …?": a yes/no question on what follows.
      .replace(
        /^\s*(?:so\s*,?\s*)?is\s+it\s+(?:accurate|true|correct|fair|right)\s+to\s+(?:say|claim|state)\s+(?:that\s+)?/i,
        "Is it so that ",
      )
      // «المنصب الحكومي الآخر», «في حكومة بلاده»: in a question asking for an office, the
      // government and the country it is held in only frame it.
      .replace(AR_OFFICE_FRAME, (m) => m.replace(AR_OFFICE_ADJECTIVES, " "))
      // «تاريخ المباحثات؟», «مكان اللقاء؟»: the same telegram style in Arabic.
      // (Not «تاريخ الخبر»: the article's own date is a metadata question.)
      .replace(
        /^\s*(?:ما\s+)?(?:هو\s+)?(?:تاريخ|موعد)\s+(?!(?:هذا\s+)?(?:ال)?(?:خبر|مقال|مقاله|نشر|تقرير|نص)(?:\s|$|[؟?]))(?=\S)/u,
        "متى ",
      )
      .replace(/^\s*(?:ما\s+)?(?:هو\s+)?مكان\s+(?=\S)/u, "أين ")
      // "as given in the report": how the article puts it.
      .replace(
        /\bas\s+(?:(?:it|he|she|they)\s+)?(?:is\s+|are\s+)?(?:appears?|given|stated|named|reported|written|described|set out|mentioned|spel(?:led|t))\b/gi,
        " ",
      )
      // "according to the report", "in the piece": the article itself, framing the question.
      .replace(
        /\b(?:according to|in|from)\s+(?:the|this)\s+(?:report|article|story|piece|text|news(?:\s+item)?)\b/gi,
        " ",
      )
      .replace(/(?:من\s+)?أيام\s+الأسبوع|(?:من\s+)?ايام\s+الاسبوع/g, " ")
      .replace(/(يوم)\s+(?:في|من)\s+(?:ال)?(?:أسبوع|اسبوع)/gu, "$1")
      // «جاوبني على الأسئلة الثلاثة»: the request to answer, not a topic.
      .replace(
        /(?:^|\s)(?:جاوبني|جاوبيني|أجبني|اجبني|جاوب|أجب)(?:\s+(?:على|عل|ع)\b)?(?:\s+\S+)?\s+(?:ال)?(?:أسئلة|اسئلة|سؤال)\S*/gu,
        " ",
      )
      .replace(/^\s*is\s+it\s+(?:true|correct|right|the\s+case)\s+that\b/i, "is it that")
      // "Please answer all three parts.": the request, not a topic.
      .replace(
        /\b(?:please\s+)?answer\s+(?:all|both|each|every)\s+(?:\w+\s+)?(?:parts?|questions?)\b\.?/gi,
        " ",
      )
      // «لافروف التقى مع من؟», «الاجتماع الجاي متى؟»: an interrogative left in place, as the
      // dialects ask, is read at the front, where the question's kind is read from (a leading
      // «هو», Egyptian "so", goes).
      .replace(AR_WH_IN_PLACE, "$2$3 $1$4")
      .replace(/\s+/g, " ")
      .trim()
  );
}

const AR_WH_IN_PLACE =
  /^\s*(?:(?:هو|هي)\s+)?(?!(?:[وف]?(?:هل|ما|ماذا|من|متى|أين|اين|كيف|لماذا|كم|أي|اي|مع|في))(?:\s|$))(\S[^؟?]*?\S)\s+((?:مع|ل|عن|إلى|الى|في|ب)\s+)?(من|أين|اين|متى|لماذا|كيف|ماذا)\s*([؟?]?)\s*$/u;
