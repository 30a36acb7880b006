import type { Coverage, CoverageFeatures, CoverageThresholds } from "./coverage-types.js";

/**
 * The coverage verdict from a question's features (`coverage.ts` computes them): the rules
 * that refuse on positive evidence first (a name, a speaker, a stance topic, an event the
 * corpus lacks; what a question presupposes), then the shares of the question the corpus and
 * the best passage hold, then closest passages (low confidence) or covered.
 */
export function decideCoverage(features: CoverageFeatures, thresholds: CoverageThresholds): Coverage {
  const verdict = (covered: boolean, reason: string, confidence: "high" | "low" = "high"): Coverage => ({
    ...features,
    covered,
    confidence,
    reason,
  });
  if (features.words === 0) return verdict(false, "no content words");
  if (features.missingSpecific.length > 0)
    return verdict(false, `specific words absent from the corpus: ${features.missingSpecific.join(", ")}`);
  if (features.retrieved === 0) return verdict(false, "nothing retrieved");
  if (features.unreported !== undefined)
    return verdict(false, `the corpus never names who the question asks about: ${features.unreported}`);
  if (features.uncheckable !== undefined && features.namedTogether !== true)
    return verdict(false, `a yes/no question on something the corpus never names: ${features.uncheckable}`);
  if (features.voiceless !== undefined)
    return verdict(
      false,
      `the corpus reports no view of ${features.voiceless}: none of its speakers is from there`,
    );
  if (features.unaddressed !== undefined)
    return verdict(
      false,
      `the corpus never names what the question asks a stance on: ${features.unaddressed}`,
    );
  if (features.earlierRole === true)
    return verdict(false, "an earlier post is asked and the closest passages call no office former");
  if (features.originAsked === true)
    return verdict(false, "where someone is from is asked and the closest passages give no origin");
  if (features.contentAsked === true)
    return verdict(false, "what a document says is asked and the closest passages only name it");
  if (features.signingAsked === true)
    return verdict(false, "a signing is asked and the closest passages speak of none");
  if (features.reasonAsked === true)
    return verdict(false, "a reason is asked and the closest passages give none");
  if (features.comingElsewhere !== undefined)
    return verdict(false, `the passages on what is coming do not name ${features.comingElsewhere}`);
  if (features.outcomeOfComing === true)
    return verdict(false, "the question asks what came of an event the best passage speaks of as coming");
  if (features.noCountryNamed === true)
    return verdict(
      false,
      "countries or the members of a group are asked for and the closest passages name none besides the question's",
    );
  if (features.offScene !== undefined)
    return verdict(
      false,
      `the corpus holds only the meeting's setting, not what is asked: ${features.offScene}`,
    );
  if (features.otherTime !== undefined)
    return verdict(false, `the question places the event where the corpus has none: ${features.otherTime}`);
  if (features.undatedEvent !== undefined)
    return verdict(false, `the corpus never names the event whose date is asked: ${features.undatedEvent}`);
  if (features.unheldOffice !== undefined)
    return verdict(false, `no one the article introduces holds the office asked: ${features.unheldOffice}`);
  // What the shares would refuse, a yes/no check on named things the best passage holds
  // together answers with the closest passages.
  const refuse = (reason: string): Coverage =>
    features.namedTogether === true
      ? verdict(true, `closest passages: a yes/no check on named things held together (${reason})`, "low")
      : verdict(false, reason);
  const refuseOnShares = (reason: string): Coverage => {
    const refused = refuse(reason);
    return refused.covered ? refused : { ...refused, onShares: true };
  };
  if (features.absentShare > thresholds.maxAbsentShare)
    return refuseOnShares(`absent words carry ${features.absentShare.toFixed(2)} of the question`);
  if (features.passageShare < thresholds.minPassageShare)
    return refuseOnShares(`the best passage holds ${features.passageShare.toFixed(2)} of the question`);
  // Two things asked, one of them named, that no passage holds together ("the capital of
  // Libya" over an article naming the Russian capital and Libya apart, or «من يحكم ليبيا»
  // over one without «يحكم»): the article does not relate them.
  if (
    features.informative === 2 &&
    features.informativeSpecific > 0 &&
    (features.bestShare < thresholds.pairPassageShare || (features.informativeAbsent ?? 0) > 0)
  )
    return refuseOnShares(`no passage holds both words asked (best ${features.bestShare.toFixed(2)})`);
  if (
    features.absentShare >= thresholds.topicAbsentShare &&
    features.passageShare < thresholds.highPassageShare
  )
    return refuseOnShares(
      `absent words carry ${features.absentShare.toFixed(2)} and the best passage only ${features.passageShare.toFixed(2)}`,
    );
  if (features.apart !== undefined && features.passageShare < thresholds.highPassageShare)
    return refuse(`the closest passages name ${features.apart} apart from the rest of the question`);
  if (features.missingAnswerType !== undefined)
    return refuse(`none of the closest passages holds a ${features.missingAnswerType}`);
  if (features.passageShare < thresholds.highPassageShare)
    return verdict(true, `closest passages: the best holds ${features.passageShare.toFixed(2)}`, "low");
  return verdict(true, "covered");
}
