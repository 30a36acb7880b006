/**
 * Entry point of the Telegram bot: validate, connect, register commands, then serve updates by
 * long polling or webhook until SIGINT/SIGTERM or `signal` aborts; then stop taking updates,
 * finish the answers in flight and resolve. The token never appears in logs or errors.
 */

import type { Telegraf, Telegram } from "telegraf";
import type { BotCommand, UserFromGetMe } from "telegraf/types";
import { TELEGRAM_TOKEN_PATTERN, type TelegramConfig } from "../app/config.js";
import { ConfigError, ProviderError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Lang } from "../core/types.js";
import { COMMAND_NAMES, strings } from "../render/i18n.js";
import { type BotDeps, type BotHandle, type BotOptions, createBot } from "./create-bot.js";
import { describeSafely, type Redactor, redactError } from "./redact.js";
import { errorShape, sleep } from "./sender.js";
import { closeServer, createWebhookServer, listen } from "./webhook.js";

export interface RunBotDeps extends BotDeps {
  readonly signal?: AbortSignal;
}

export interface RunBotOptions extends BotOptions {
  /** How long a shutdown waits for answers in flight before aborting them (default 60 s). */
  readonly shutdownGraceMs?: number;
  /** Install SIGINT/SIGTERM handlers (default true). */
  readonly handleSignals?: boolean;
}

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

/** Check the Telegram part of the configuration; one `ConfigError` lists every problem. Never echoes secrets. */
export function validateTelegramConfig(config: TelegramConfig): void {
  const problems: string[] = [];
  if (!TELEGRAM_TOKEN_PATTERN.test(config.token)) {
    problems.push(
      "TELEGRAM_BOT_TOKEN does not look like a Bot API token (expected <digits>:<35 characters>, as given by @BotFather)",
    );
  }
  const isHttpUrl = (value: string) => {
    try {
      return ["http:", "https:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };
  if (config.apiRoot !== undefined && !isHttpUrl(config.apiRoot)) {
    problems.push("TELEGRAM_API_ROOT must be an http(s) URL such as https://api.telegram.org");
  }
  const hook = config.webhook;
  if (hook !== undefined) {
    if (!isHttpUrl(hook.url)) problems.push("WEBHOOK_URL must be an http(s) URL (Telegram requires https)");
    if (!hook.path.startsWith("/")) problems.push("WEBHOOK_PATH must start with /");
    if (!Number.isInteger(hook.port) || hook.port < 1 || hook.port > 65_535) {
      problems.push("WEBHOOK_PORT must be a port number (1-65535)");
    }
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(hook.secret)) {
      problems.push("WEBHOOK_SECRET is required with WEBHOOK_URL (1-256 characters of A-Z a-z 0-9 _ -)");
    }
  }
  if (!Number.isInteger(config.rateLimit.max) || config.rateLimit.max < 1) {
    problems.push("RATE_LIMIT_MAX must be a positive integer");
  }
  if (!Number.isInteger(config.rateLimit.windowMs) || config.rateLimit.windowMs < 1) {
    problems.push("RATE_LIMIT_WINDOW_MS must be a positive integer");
  }
  if (config.allowedChatIds.some((id) => !Number.isSafeInteger(id))) {
    problems.push("ALLOWED_CHAT_IDS must be numeric Telegram user or chat ids");
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid Telegram configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** The public webhook URL: WEBHOOK_URL, with WEBHOOK_PATH appended when the URL has no path of its own. */
export function webhookUrl(url: string, path: string): string {
  const parsed = new URL(url);
  if (parsed.pathname === "/" || parsed.pathname === "") parsed.pathname = path;
  return parsed.toString();
}

export function botCommands(lang: Lang): BotCommand[] {
  const s = strings(lang);
  return COMMAND_NAMES.map((command) => ({ command, description: s.commandDescriptions[command] }));
}

/** `setMyCommands` in English (default) and Arabic (`language_code: ar`); failures are logged, not fatal. */
export async function registerCommands(telegram: Telegram, logger: Logger, redact: Redactor): Promise<void> {
  const attempts: Array<[Lang, () => Promise<true>]> = [
    ["en", () => telegram.setMyCommands(botCommands("en"))],
    ["ar", () => telegram.setMyCommands(botCommands("ar"), { language_code: "ar" })],
  ];
  for (const [lang, attempt] of attempts) {
    try {
      await attempt();
    } catch (error) {
      logger.warn("Could not register the command menu (continuing)", {
        lang,
        error: describeSafely(error, redact),
      });
    }
  }
}

/** `getMe`, with the two failures people hit turned into clear messages. */
async function connect(telegraf: Telegraf, config: TelegramConfig, redact: Redactor): Promise<UserFromGetMe> {
  try {
    return await telegraf.telegram.getMe();
  } catch (error) {
    const shape = errorShape(error);
    redactError(error, redact);
    if (shape.code === 401 || shape.code === 404) {
      throw new ConfigError(
        `Telegram rejected TELEGRAM_BOT_TOKEN (${shape.code}${shape.description ? `: ${redact(shape.description)}` : ""}). ` +
          "Copy the token again from @BotFather (/mybots → API Token) or revoke it and use the new one.",
        { cause: error },
      );
    }
    const where = config.apiRoot ?? "https://api.telegram.org";
    throw new ProviderError(
      "telegram",
      `cannot reach the Bot API at ${redact(where)} (${describeSafely(error, redact)}); check the network or TELEGRAM_API_ROOT`,
      { cause: error },
    );
  }
}

/** Translate a fatal polling error into something a person can act on. */
function pollingFailure(error: unknown, redact: Redactor): Error {
  const shape = errorShape(error);
  redactError(error, redact);
  if (shape.code === 409) {
    return new ConfigError(
      "Telegram reports a conflict (409): another instance of this bot is polling, or a webhook is set. " +
        "Stop the other instance, or unset WEBHOOK_URL consistently.",
      { cause: error },
    );
  }
  if (shape.code === 401)
    return new ConfigError("Telegram rejected TELEGRAM_BOT_TOKEN (401) while polling", { cause: error });
  return new ProviderError("telegram", `polling stopped: ${describeSafely(error, redact)}`, { cause: error });
}

/** Wait for answers in flight; after `graceMs` abort them and wait a little more. */
async function finishInFlight(handle: BotHandle, graceMs: number): Promise<void> {
  if (handle.pending === 0) return;
  handle.logger.info("Finishing answers in flight before exiting", { pending: handle.pending });
  const timer = new AbortController();
  const finished = await Promise.race([
    handle.drain().then(() => true),
    sleep(graceMs, timer.signal).then(
      () => false,
      () => true,
    ),
  ]);
  timer.abort();
  if (finished) return;
  handle.logger.warn("Shutdown grace period over; abandoning answers still running", {
    pending: handle.pending,
  });
  handle.abortInFlight();
  const last = new AbortController();
  await Promise.race([handle.drain(), sleep(5_000, last.signal).catch(() => undefined)]);
  last.abort();
}

/** Stop telegraf's polling loop, also when stop is requested before the loop has started. */
async function stopPolling(telegraf: Telegraf, settled: () => boolean, reason: string): Promise<void> {
  for (let attempt = 0; attempt < 1_200 && !settled(); attempt++) {
    try {
      telegraf.stop(reason);
      return;
    } catch {
      await sleep(50); // launch() is still connecting; try again once polling exists
    }
  }
}

export async function runBot(deps: RunBotDeps, options: RunBotOptions = {}): Promise<void> {
  validateTelegramConfig(deps.config);
  const handle = createBot(deps, options);
  const { telegraf, logger, redact } = handle;
  const config = deps.config;

  const stop = new AbortController();
  let stopRequests = 0;
  const requestStop = (reason: string) => {
    stopRequests++;
    if (stopRequests === 1) {
      logger.info("Stopping the bot: no new updates; finishing answers in flight", { reason });
      stop.abort(reason);
    } else if (stopRequests === 2) {
      logger.warn("Second stop request: abandoning answers in flight", { reason });
      handle.abortInFlight();
    }
  };
  const onSigint = () => requestStop("SIGINT");
  const onSigterm = () => requestStop("SIGTERM");
  const onAbort = () => requestStop("abort signal");
  const handleSignals = options.handleSignals ?? true;
  if (handleSignals) {
    process.on("SIGINT", onSigint);
    process.on("SIGTERM", onSigterm);
  }
  deps.signal?.addEventListener("abort", onAbort, { once: true });
  if (deps.signal?.aborted) onAbort();
  const stopped = new Promise<void>((resolve) => {
    if (stop.signal.aborted) resolve();
    stop.signal.addEventListener("abort", () => resolve(), { once: true });
  });

  try {
    if (stop.signal.aborted) return;
    const me = await connect(telegraf, config, redact);
    telegraf.botInfo = me;
    await registerCommands(telegraf.telegram, logger, redact);
    if (stop.signal.aborted) return;

    if (config.webhook === undefined) {
      let settled = false;
      const launched = telegraf
        .launch({ allowedUpdates: [...ALLOWED_UPDATES], dropPendingUpdates: false })
        .then(
          () => ({ kind: "ended" as const }),
          (error: unknown) => ({ kind: "failed" as const, error }),
        )
        .finally(() => {
          settled = true;
        });
      logger.info("Bot started (long polling)", {
        username: me.username,
        apiRoot: config.apiRoot ?? "default",
      });
      const first = await Promise.race([launched, stopped.then(() => ({ kind: "stop" as const }))]);
      if (first.kind === "stop") await stopPolling(telegraf, () => settled, String(stop.signal.reason));
      const outcome = first.kind === "stop" ? await launched : first;
      await finishInFlight(handle, options.shutdownGraceMs ?? 60_000);
      if (outcome.kind === "failed" && !stop.signal.aborted) throw pollingFailure(outcome.error, redact);
      logger.info("Bot stopped");
      return;
    }

    const hook = config.webhook;
    const server = createWebhookServer({
      path: hook.path,
      secret: hook.secret,
      logger,
      callback: telegraf.webhookCallback(hook.path, { secretToken: hook.secret }),
    });
    try {
      await listen(server, hook.port, hook.host);
    } catch (error) {
      throw new ConfigError(
        `Cannot listen for webhooks on ${hook.host}:${hook.port} (${describeSafely(error, redact)}); check WEBHOOK_HOST/WEBHOOK_PORT`,
        { cause: redactError(error, redact) },
      );
    }
    try {
      const url = webhookUrl(hook.url, hook.path);
      try {
        await telegraf.telegram.setWebhook(url, {
          secret_token: hook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
          drop_pending_updates: false,
        });
      } catch (error) {
        throw new ProviderError("telegram", `setWebhook failed: ${describeSafely(error, redact)}`, {
          cause: redactError(error, redact),
        });
      }
      logger.info("Bot started (webhook)", {
        username: me.username,
        listening: `${hook.host}:${hook.port}${hook.path}`,
        publicHost: new URL(url).host,
      });
      await stopped;
    } finally {
      await closeServer(server);
    }
    await finishInFlight(handle, options.shutdownGraceMs ?? 60_000);
    logger.info("Bot stopped");
  } catch (error) {
    throw redactError(error, redact);
  } finally {
    if (handleSignals) {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
    }
    deps.signal?.removeEventListener("abort", onAbort);
  }
}
