import { createInterface } from "node:readline";
import { summaryQuestion } from "../answer/request.js";
import type { Answer, QuestionAnswerer, Turn } from "../core/types.js";
import { renderAnswerForTerminal, renderSourcesForTerminal, TERMINAL_HELP } from "../render/terminal.js";

/**
 * The terminal chat: the same pipeline as the bot, one question per line. Works
 * interactively and with piped input (each line a question; ends at end of input).
 */
const HISTORY_TURNS = 4;

export async function runTerminalChat(
  answerer: QuestionAnswerer,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean },
): Promise<void> {
  const write = (text: string) => io.output.write(`${text}\n`);
  write(
    "Ask about the Lavrov–Safadi talks (Moscow, 3 February 2021), in Arabic or English. /help for help, /quit to leave.",
  );
  write(
    "No TELEGRAM_BOT_TOKEN is set, so this is the terminal chat; set it (see README) to run the Telegram bot.",
  );
  const rl = createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
  });
  const history: Turn[] = [];
  const prompt = () => {
    if (io.interactive) rl.prompt();
  };
  rl.setPrompt("> ");
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line.length === 0) {
      prompt();
      continue;
    }
    if (line === "/quit" || line === "/exit") break;
    if (line === "/help" || line === "/start") {
      write(TERMINAL_HELP);
    } else if (line === "/sources") {
      write(renderSourcesForTerminal(answerer.listSources()));
    } else if (line.startsWith("/") && !line.startsWith("/quote") && !line.startsWith("/summary")) {
      write(`Unknown command ${line.split(/\s/)[0]}. ${TERMINAL_HELP.split("\n")[0]}`);
    } else {
      const wantQuotes = line.startsWith("/quote");
      const question = wantQuotes
        ? line.replace(/^\/quote\s*/, "")
        : line.startsWith("/summary")
          ? summaryQuestion(line.replace(/^\/summary\s*/, ""), "en")
          : line;
      let answer: Answer;
      try {
        answer = await answerer.ask(question, { history, wantQuotes });
      } catch (error) {
        write(`Sorry, something went wrong answering that (${(error as Error).message}). Please try again.`);
        prompt();
        continue;
      }
      write(renderAnswerForTerminal(answer));
      history.push({ question, answer });
      if (history.length > HISTORY_TURNS) history.shift();
    }
    prompt();
  }
  rl.close();
}
