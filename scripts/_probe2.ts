import { buildPipeline } from "../src/app/composition.js";
import { loadConfig } from "../src/app/config.js";
import { silentLogger } from "../src/core/logger.js";
import { loadCorpus, parseTextDocument } from "../src/corpus/loader.js";
const unseen = parseTextDocument(["---","id: unseen","title: اختبار","source: test","lang: ar","---",
 "افتتحت وزارة الصحة مستشفى جديداً في مدينة الإسكندرية يضم 300 سرير.",
 "وقال الوزير إن المستشفى سيخدم أكثر من مليون مواطن في المنطقة.",""].join("\n"),"unseen.md");
const docs = [...(await loadCorpus("corpus")), unseen];
const p = await buildPipeline({ config: loadConfig({}), logger: silentLogger, documents: docs, indexDirectory: null, translationsFrom: "corpus" });
for (const q of process.argv.slice(2)) {
  const r = await p.qa.retrieve(q);
  console.log(r.reason, r.covered, r.passageShare, r.plan.words.map(w=>w.surface));
  for (const x of r.results.slice(0,4)) console.log(x.chunk.docId, x.score.toFixed(3), JSON.stringify(x.signals), x.chunk.text.slice(0,60));
}
