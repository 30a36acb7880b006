import type { CorpusDocument } from "../../src/core/types.js";
import { parseTextDocument } from "../../src/corpus/loader.js";
import { splitParagraphs } from "../../src/corpus/paragraphs.js";

/**
 * A document with `text` as its body, built directly (no front matter to parse): for tests of
 * what comes after loading (chunking, hashing). `extra` overrides any field.
 */
export function bodyDocument(text: string, id = "doc", extra: Partial<CorpusDocument> = {}): CorpusDocument {
  return {
    id,
    title: "t",
    source: "s",
    lang: "ar",
    text,
    paragraphs: splitParagraphs(text),
    file: `${id}.md`,
    ...extra,
  };
}

/**
 * A document parsed by the real loader from `lines` of body under minimal front matter (a
 * trailing newline is added): for tests that need the loader's offsets and source reference.
 */
export function parsedDocument(
  lines: readonly string[],
  meta: { readonly id?: string; readonly title?: string; readonly source?: string } = {},
): CorpusDocument {
  const id = meta.id ?? "doc";
  const front = [
    "---",
    `id: ${id}`,
    `title: ${meta.title ?? "t"}`,
    `source: ${meta.source ?? "s"}`,
    "lang: ar",
    "---",
  ];
  return parseTextDocument([...front, ...lines, ""].join("\n"), `${id}.md`);
}

/**
 * A made-up news article (not the project's) in TASS's shape: a lead introducing two ministers by
 * apposition, reported speech, a section heading, photo and source credit lines. Tests of general
 * mechanisms use it so nothing can pass by knowing the real article.
 */
export function madeUpArticle(): CorpusDocument {
  return parsedDocument(
    [
      "بحث وزير الخارجية المصري سامح حسن شكري مع نظيره الفرنسي، وزير الخارجية الفرنسي جان إيف لودريان، ملف سد النهضة خلال لقاء في العاصمة الفرنسية باريس اليوم الخميس 4 مارس/آذار 2021.",
      'وقال الوزير المصري إن "القاهرة تتمسك بالحل التفاوضي لأزمة السد".',
      'وأضاف: "نأمل أن تلعب فرنسا دوراً في دعم المفاوضات".',
      "ملف ليبيا",
      'من جانبه، أكد لودريان أن "باريس تدعم الحوار الليبي الشامل وإجراء الانتخابات في موعدها".',
      "الصورة: وكالة الأنباء الفرنسية",
      "المصدر: وكالة تجريبية",
    ],
    { source: "Test Agency / وكالة تجريبية" },
  );
}
