import { describe, expect, it } from "vitest";
import { withPressEpithets } from "../../src/text/press-epithets.js";

describe("press epithets", () => {
  it("reads a country's top diplomat as its foreign minister, in either language", () => {
    expect(withPressEpithets("من هو رئيس الدبلوماسية الأردنية؟")).toBe("من هو وزير الخارجية الأردني؟");
    expect(withPressEpithets("ماذا قال كبير الدبلوماسيين الروس؟")).toBe("ماذا قال وزير الخارجية الروسي؟");
    expect(withPressEpithets("متى التقى كبيرا الدبلوماسيتين؟")).toBe("متى التقى وزيرا الخارجية؟");
    expect(withPressEpithets("كلام ثعلب الدبلوماسية الروسية")).toBe("كلام وزير الخارجية الروسي");
    expect(withPressEpithets("What did Moscow's top diplomat say?")).toBe(
      "What did Moscow's foreign minister say?",
    );
    // Diplomacy itself, or a diplomat who is no chief, stays as written.
    expect(withPressEpithets("الدبلوماسية الروسية نشطة")).toBe("الدبلوماسية الروسية نشطة");
    expect(withPressEpithets("a junior diplomat")).toBe("a junior diplomat");
  });

  it("reads the stock names of states and bodies as their names", () => {
    expect(withPressEpithets("هل المملكة الهاشمية عضو؟")).toBe("هل الأردن عضو؟");
    expect(withPressEpithets("التطبيع مع الدولة العبرية")).toBe("التطبيع مع إسرائيل");
    expect(withPressEpithets("the Hashemite Kingdom and the Jewish state")).toBe("Jordan and Israel");
    expect(withPressEpithets("ما الحل في بلاد الشام؟")).toBe("ما الحل في سوريا؟");
    expect(withPressEpithets("الأزمة الشامية")).toBe("الأزمة السورية");
    expect(withPressEpithets("the war in the Levant")).toBe("the war in Syria");
    expect(withPressEpithets("قرارات المنظمة الأممية")).toBe("قرارات الأمم المتحدة");
    expect(withPressEpithets("the pan-Arab organization's role")).toBe("the Arab League's role");
    expect(withPressEpithets("which regional hot spots and flashpoints?")).toBe(
      "which regional crises and crises?",
    );
    expect(withPressEpithets("What does the Kremlin want?")).toBe("What does Russia want?");
    expect(withPressEpithets("دور الأسرة الدولية في بلاد الرافدين")).toBe("دور المجتمع الدولي في العراق");
    // A word that only begins like one («شامل») is not it.
    expect(withPressEpithets("حوار شامل")).toBe("حوار شامل");
  });

  it("reads the organisation that groups the Arab states as the Arab League", () => {
    expect(withPressEpithets("كيف يمكن للمنظمة التي تضم الدول العربية أن تساعد؟")).toBe(
      "كيف يمكن لجامعة الدول العربية أن تساعد؟",
    );
  });
});
