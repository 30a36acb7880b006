/**
 * The fault scenarios of `npm run bench` (issue 11's "Measure"), run one after another: each
 * figure in the results is counted or timed by the scenario, never a constant.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { formatMs } from "../stats.js";
import {
  type CrashResult,
  type HangingChatsResult,
  type InstancesResult,
  type MixedClaimsBotResult,
  measureCrashes,
  measureHangingChats,
  measureInstances,
  measureMixedClaimsInBot,
  measureOfflineFirst,
  type OfflineFirstResult,
} from "./bot-faults.js";
import {
  type AskModelRun,
  type FlipRun,
  type KillDuringSaveRun,
  measureAskWithModel,
  measureFlippedIndex,
  measureKillDuringSave,
} from "./cli-faults.js";
import { faultSummaryLines, renderFaults } from "./report.js";

export interface FaultResults {
  readonly totalMs: number;
  readonly crash: { readonly polling: CrashResult; readonly webhook: CrashResult };
  readonly instances?: InstancesResult;
  /** Why the Redis scenario did not run (e.g. no redis-server), when it did not. */
  readonly instancesError?: string;
  readonly hanging: HangingChatsResult;
  readonly offlineFirst: readonly OfflineFirstResult[];
  readonly mixedInBot: MixedClaimsBotResult;
  readonly askWithModel: readonly AskModelRun[];
  readonly flipped: readonly FlipRun[];
  readonly killDuringSave: readonly KillDuringSaveRun[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function runFaults(options: {
  readonly scratch: string;
  readonly progress: (line: string) => void;
}): Promise<FaultResults> {
  const { progress, scratch } = options;
  const started = performance.now();
  progress("[faults] kill -9 mid-burst, polling and webhook…");
  const crash = await measureCrashes();
  progress(
    `[faults] kill -9: polling lost ${crash.polling.lost} dup ${crash.polling.duplicated}; ` +
      `webhook lost ${crash.webhook.lost} dup ${crash.webhook.duplicated}`,
  );
  progress("[faults] three instances on Redis, one killed mid-burst…");
  let instances: InstancesResult | undefined;
  let instancesError: string | undefined;
  try {
    instances = await measureInstances();
    progress(
      `[faults] Redis: lost ${instances.lost} dup ${instances.duplicated} out of order ${instances.outOfOrder}`,
    );
  } catch (error) {
    // Reported, not hidden: the figure is missing and the report says why.
    instancesError = message(error);
    progress(`[faults] Redis scenario failed: ${instancesError}`);
  }
  progress("[faults] sendMessage hanging in 4 chats…");
  const hanging = await measureHangingChats();
  progress(`[faults] hanging chats: the others' slowest reply ${formatMs(hanging.slowestMs)}`);
  progress("[faults] a model that errors / hangs / invents, in the bot…");
  const offlineFirst = [await measureOfflineFirst("errors"), await measureOfflineFirst("hangs")];
  const mixedInBot = await measureMixedClaimsInBot();
  progress("[faults] ask with a model that hangs / errors / invents…");
  const askWithModel = await measureAskWithModel(scratch);
  progress("[faults] byte-flipped index files…");
  const flipped = await measureFlippedIndex(scratch);
  progress("[faults] kill -9 during the index save…");
  const killDuringSave = await measureKillDuringSave(scratch);
  return {
    totalMs: performance.now() - started,
    crash,
    ...(instances === undefined ? {} : { instances }),
    ...(instancesError === undefined ? {} : { instancesError }),
    hanging,
    offlineFirst,
    mixedInBot,
    askWithModel,
    flipped,
    killDuringSave,
  };
}

/** `npm run bench -- --faults`: `report.md` and `results.json` with the fault figures only. */
export async function writeFaultsOnlyReport(
  out: string,
  faults: FaultResults,
  meta: {
    readonly command: string;
    readonly startedAt: string;
    readonly commit: string;
    readonly machine: string;
  },
): Promise<{ report: string; summary: string[] }> {
  const summary = faultSummaryLines(faults);
  const report = path.join(out, "report.md");
  await writeFile(path.join(out, "results.json"), `${JSON.stringify({ meta, faults }, null, 2)}\n`);
  await writeFile(
    report,
    [
      "# Benchmark: fault scenarios",
      "",
      `Command: \`${meta.command}\` — started ${meta.startedAt}. Machine: ${meta.machine}.`,
      `Code: commit \`${meta.commit.slice(0, 12)}\`.`,
      "",
      "## Summary",
      "",
      ...summary.map((l) => `- ${l}`),
      "",
      ...renderFaults(faults),
    ].join("\n"),
  );
  return { report, summary };
}
