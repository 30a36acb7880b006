import { describe, expect, it } from "vitest";
import { withoutArticle } from "../../src/text/arabic-clitics.js";

describe("withoutArticle", () => {
  it("removes the article with its prepositions and a conjunction before it, keeping short words", () => {
    expect(withoutArticle("والامن")).toBe("امن");
    expect(withoutArticle("للامن")).toBe("امن");
    expect(withoutArticle("بالقضيه")).toBe("قضيه");
    expect(withoutArticle("كالوزير")).toBe("وزير");
    expect(withoutArticle("وبالطبع")).toBe("طبع");
    expect(withoutArticle("وللشعب")).toBe("شعب");
    expect(withoutArticle("وزير")).toBe("وزير");
    expect(withoutArticle("الم")).toBe("الم");
  });

  it("removes one article only, and a conjunction only with an article after it", () => {
    // «بالألوان» is «ب» + «ال» + «ألوان»: the word's own alef-lam stays.
    expect(withoutArticle("بالالوان")).toBe("الوان");
    // «وكالة» (agency) is not «و» + «كال» + «ة».
    expect(withoutArticle("وكاله")).toBe("وكاله");
    expect(withoutArticle("وزاره")).toBe("وزاره");
  });
});
