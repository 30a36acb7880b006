/**
 * Entry point of the Telegram bot: open the store, connect, register the command menu, replay
 * what a previous run left unfinished, then take updates by long polling or webhook until
 * SIGINT/SIGTERM or `signal` aborts; then stop taking updates, let the chats being worked on
 * finish (within the grace period) and resolve. What is left unfinished stays in the ledger for
 * the next start. Secrets never appear in logs or errors.
 */
import { TelegramError } from "telegraf";
import type { BotCommand, UserFromGetMe } from "telegraf/types";
import { ConfigError, ProviderError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { describeSafely, type Redactor, redactError, redactingLogger } from "../core/redact.js";
import { sleep } from "../core/sleep.js";
import type { Lang } from "../core/types.js";
import { COMMAND_NAMES, strings } from "../render/i18n.js";
import { type BotDeps, type BotOptions, botRedactor, createBot } from "./create-bot.js";
import { ALLOWED_UPDATES, poll } from "./polling.js";
import { ChatPump } from "./pump.js";
import type { BotApi, Sender } from "./sender.js";
import { type BotStore, openStore } from "./store.js";
import { closeServer, createWebhookServer, type HealthCheck, listen } from "./webhook.js";

export interface RunBotDeps extends BotDeps {
  readonly signal?: AbortSignal;
  /** The store to use (tests); default: Redis with `config.redisUrl`, else the embedded ledger. */
  readonly store?: BotStore;
  /** Extra `/healthz` checks, e.g. `index` (webhook mode). */
  readonly health?: Readonly<Record<string, HealthCheck>>;
}

export interface RunBotOptions extends BotOptions {
  /** How long a shutdown waits for chats being worked on before aborting them (default 30 s). */
  readonly shutdownGraceMs?: number;
  /** Install SIGINT/SIGTERM handlers (default true). */
  readonly handleSignals?: boolean;
  /** How often chats nobody works on are looked for (default 2 s). */
  readonly sweepMs?: number;
  /** Lease on a chat (default 15 s): how long a dead instance's chats wait for another. */
  readonly leaseMs?: number;
  /** Long-poll timeout (default 30 s). */
  readonly pollTimeoutSeconds?: number;
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

/**
 * `setMyCommands` in English (default) and Arabic (`language_code: ar`); failures are logged,
 * not fatal, and `signal` (shutdown) stops the retries. Never rejects.
 */
export async function registerMenu(
  sender: Sender,
  logger: Logger,
  redact: Redactor,
  signal?: AbortSignal,
): Promise<void> {
  for (const lang of ["en", "ar"] as const) {
    if (signal?.aborted) return;
    try {
      await sender.call(
        "setMyCommands",
        { commands: botCommands(lang), ...(lang === "ar" ? { language_code: "ar" } : {}) },
        { idempotent: true, signal },
      );
    } catch (error) {
      if (signal?.aborted) return;
      logger.warn("Could not register the command menu (continuing)", {
        lang,
        error: describeSafely(error, redact),
      });
    }
  }
}

/** `getMe`, with the two failures people hit turned into clear messages. */
async function connect(
  sender: Sender,
  apiRoot: string | undefined,
  redact: Redactor,
): Promise<UserFromGetMe> {
  try {
    return await sender.call<UserFromGetMe>("getMe", {}, { idempotent: true });
  } catch (error) {
    redactError(error, redact);
    if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
      throw new ConfigError(
        `Telegram rejected TELEGRAM_BOT_TOKEN (${error.code}: ${redact(error.description)}). ` +
          "Copy the token again from @BotFather (/mybots → API Token) or revoke it and use the new one.",
        { cause: error },
      );
    }
    throw new ProviderError(
      "telegram",
      `cannot reach the Bot API at ${redact(apiRoot ?? "https://api.telegram.org")} (${describeSafely(error, redact)}); check the network or TELEGRAM_API_ROOT`,
      { cause: error },
    );
  }
}

/** Wait for chats being worked on; after `graceMs` abort them and wait a little more. */
async function finishInFlight(pump: ChatPump, logger: Logger, graceMs: number): Promise<void> {
  if (pump.active === 0) return;
  logger.info("Finishing the chats being answered before exiting", { chats: pump.active });
  const timer = new AbortController();
  const finished = await Promise.race([
    pump.drain().then(() => true),
    sleep(graceMs, timer.signal).then(
      () => false,
      () => true,
    ),
  ]);
  timer.abort();
  if (finished) return;
  logger.warn("Shutdown grace period over; the rest is replayed at the next start", { chats: pump.active });
  pump.abortAll();
  const last = new AbortController();
  await Promise.race([pump.drain(), sleep(5_000, last.signal).catch(() => undefined)]);
  last.abort();
}

export async function runBot(deps: RunBotDeps, options: RunBotOptions = {}): Promise<void> {
  const config = deps.config;
  const redact = botRedactor(config);
  const logger = redactingLogger(deps.logger, redact);
  const stop = new AbortController();
  let stopRequests = 0;
  let pump: ChatPump | undefined;
  const requestStop = (reason: string) => {
    stopRequests++;
    if (stopRequests === 1) {
      logger.info("Stopping the bot: no new updates; finishing the chats being answered", { reason });
      stop.abort(reason);
    } else if (stopRequests === 2) {
      logger.warn("Second stop request: abandoning answers in flight (replayed at the next start)", {
        reason,
      });
      pump?.abortAll();
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

  let store: BotStore | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  let menu: Promise<void> | undefined;
  const menuStop = new AbortController();
  try {
    if (stop.signal.aborted) return;
    try {
      store = deps.store ?? (await openStore(config, logger, redact));
    } catch (error) {
      throw new ProviderError(
        "store",
        `cannot open the bot's store (${describeSafely(error, redact)}); check REDIS_URL or BOT_LEDGER_PATH`,
        {
          cause: redactError(error, redact),
        },
      );
    }
    const bot = createBot(deps, store, options);
    const me = await connect(bot.sender, config.apiRoot, redact);
    bot.telegraf.botInfo = me;
    // The menu is registered alongside, not before taking updates: it is cosmetic, and a Bot
    // API server that refuses it (retried with back-off) must not hold the start.
    menu = registerMenu(bot.sender, logger, redact, AbortSignal.any([stop.signal, menuStop.signal]));
    if (stop.signal.aborted) return;

    const active = store;
    const work = new ChatPump({
      ledger: active.ledger,
      locks: active.locks,
      handle: bot.handle,
      logger,
      redact,
      leaseMs: options.leaseMs,
    });
    pump = work;
    // Replay what a previous run (or a dead instance) left unfinished, then keep looking.
    await work.sweep();
    sweeper = setInterval(() => {
      work
        .sweep()
        .catch((error: unknown) =>
          logger.warn("Could not look for unfinished updates", { error: describeSafely(error, redact) }),
        );
    }, options.sweepMs ?? 2_000);

    if (config.webhook === undefined) {
      // Polling and a webhook exclude each other; a failure here shows up as 409 when polling.
      await bot.sender
        .call("deleteWebhook", { drop_pending_updates: false }, { idempotent: true })
        .catch((error: unknown) =>
          logger.warn("Could not remove a webhook (continuing)", { error: describeSafely(error, redact) }),
        );
      logger.info("Bot started (long polling)", {
        username: me.username,
        store: active.kind,
        apiRoot: config.apiRoot ?? "default",
      });
      await poll({
        api: bot.telegraf.telegram as unknown as BotApi,
        ledger: active.ledger,
        onRecorded: (chat) => work.kick(chat),
        signal: stop.signal,
        logger,
        redact,
        sleep: options.sleep,
        timeoutSeconds: options.pollTimeoutSeconds,
      });
    } else {
      const hook = config.webhook;
      let reachable = 0;
      const server = createWebhookServer({
        path: hook.path,
        secret: hook.secret,
        ledger: active.ledger,
        onRecorded: (chat) => work.kick(chat),
        logger,
        redact,
        health: {
          ...deps.health,
          botApi: async () => {
            // A recent success is enough; Telegram is not asked on every probe.
            if (Date.now() - reachable < 10_000) return;
            await bot.sender.call("getMe", {}, { idempotent: true });
            reachable = Date.now();
          },
          store: () => active.ping(),
        },
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
        if (hook.register !== false) {
          try {
            await bot.sender.call(
              "setWebhook",
              {
                url,
                secret_token: hook.secret,
                allowed_updates: [...ALLOWED_UPDATES],
                drop_pending_updates: false,
              },
              { idempotent: true },
            );
          } catch (error) {
            throw new ProviderError("telegram", `setWebhook failed: ${describeSafely(error, redact)}`, {
              cause: redactError(error, redact),
            });
          }
        }
        logger.info("Bot started (webhook)", {
          username: me.username,
          store: active.kind,
          listening: `${hook.host}:${hook.port}${hook.path}`,
          publicHost: new URL(url).host,
        });
        await stopped;
      } finally {
        await closeServer(server);
      }
    }
    work.stop();
    await finishInFlight(work, logger, options.shutdownGraceMs ?? 30_000);
    logger.info("Bot stopped");
  } catch (error) {
    throw redactError(error, redact);
  } finally {
    if (sweeper !== undefined) clearInterval(sweeper);
    pump?.stop();
    menuStop.abort();
    await menu;
    if (deps.store === undefined) await store?.close().catch(() => {});
    if (handleSignals) {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
    }
    deps.signal?.removeEventListener("abort", onAbort);
  }
}
