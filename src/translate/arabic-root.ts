import { normalizeArabic } from "../text/normalize.js";

/**
 * Whether two Arabic translations plausibly share a root, by consonant skeletons (no root
 * dictionary): used to tell a morphological relative (الوزير / الوزراء, الدفاع / المدافع) from
 * an unrelated word that an English look-alike brings (العدد for number, خدر for numb).
 */

/** Consonant skeleton of one Arabic word: normalised, article, common suffixes and weak letters removed. */
function skeleton(word: string): string {
  let w = normalizeArabic(word);
  if (w.startsWith("ال") && w.length > 3) w = w.slice(2);
  for (const suffix of ["ات", "ون", "ين", "ان", "ه"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.replace(/[اويء]/g, "");
}

function lcsLength(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * True when two Arabic translations plausibly share a root: some pair of their words has
 * consonant skeletons (≥ 2 letters) whose longest common subsequence covers min(3, shorter).
 * `الوزير`/`الوزراء`, `العاصمة`/`العواصم`, `المدينة`/`المدن` are related; `جديد`/`الأخبار` are not.
 */
export function sharesArabicRoot(a: string, b: string): boolean {
  for (const wa of a.split(" ")) {
    const sa = skeleton(wa);
    if (sa.length < 2) continue;
    for (const wb of b.split(" ")) {
      const sb = skeleton(wb);
      if (sb.length < 2) continue;
      if (lcsLength(sa, sb) >= Math.min(3, sa.length, sb.length)) return true;
    }
  }
  return false;
}
