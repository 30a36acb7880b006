/** Choosing the language the bot speaks to a user in (pure). */
import type { Lang } from "../core/types.js";
import { detectLanguage } from "../text/lang.js";

/** Telegram's `language_code` (IETF tag such as `ar`, `ar-EG`, `en-US`) mapped to a supported language. */
export function languageFromCode(code: string | undefined): Lang | undefined {
  const primary = code?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "ar") return "ar";
  if (primary === "en") return "en";
  return undefined;
}

/**
 * The interface language: the user's explicit choice (`/lang`), else Telegram's
 * `language_code`, else the language of their message, else English.
 */
export function chooseLanguage(input: {
  readonly override?: Lang;
  readonly languageCode?: string;
  readonly text?: string;
}): Lang {
  return (
    input.override ??
    languageFromCode(input.languageCode) ??
    // The one language detector (text/lang.ts); a text without letters says nothing.
    (input.text === undefined || !/\p{L}/u.test(input.text) ? undefined : detectLanguage(input.text)) ??
    "en"
  );
}

/** Parse the argument of `/lang` (`ar`, `en`, `arabic`, `العربية`, …). */
export function parseLanguageArgument(arg: string): Lang | undefined {
  const a = arg.trim().toLowerCase();
  if (["ar", "arabic", "عربي", "العربية", "عربية"].includes(a)) return "ar";
  if (["en", "english", "انجليزي", "الإنجليزية", "الانجليزية", "إنجليزي"].includes(a)) return "en";
  return undefined;
}
