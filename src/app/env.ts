import { config as loadDotenv } from "dotenv";
import { type AppConfig, loadConfig } from "./config.js";

/**
 * The only reader of `process.env`: loads `.env` (if present; real environment variables win)
 * and validates everything through `loadConfig`.
 */
export function configFromEnvironment(): AppConfig {
  loadDotenv({ quiet: true });
  return loadConfig(process.env);
}
