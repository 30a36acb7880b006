import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A small OpenAI-compatible server for integration tests, on 127.0.0.1 and a free port:
 * `POST /v1/chat/completions` (streaming SSE and plain JSON) and `POST /v1/embeddings`.
 * The reply to a chat request is decided by `onChat` from the request (its model name picks
 * a scenario in the tests); embeddings are deterministic character-bigram hashes.
 */

export interface ChatRequest {
  readonly model: string;
  readonly stream: boolean;
  readonly messages: ReadonlyArray<{ role: string; content: string }>;
  readonly body: Record<string, unknown>;
  readonly headers: IncomingMessage["headers"];
  /** `answer` when the prompt carries passages, `condense` with history, else `translate`. */
  readonly task: "answer" | "condense" | "translate";
  /** The last user message. */
  readonly prompt: string;
}

export type ChatReply =
  | { readonly kind: "text"; readonly text: string; readonly chunkSize?: number }
  | { readonly kind: "status"; readonly status: number; readonly headers?: Record<string, string> }
  /** Never answer (the request hangs until the client gives up). */
  | { readonly kind: "hang" }
  /** Send the headers and the first `text`, then stall. */
  | { readonly kind: "stall"; readonly text: string };

export interface FakeOpenAiServer {
  readonly baseUrl: string;
  readonly requests: ChatRequest[];
  readonly embeddingRequests: Array<{ model: string; inputs: string[]; encodingFormat: unknown }>;
  /** Make `/v1/embeddings` fail with a 500 (e.g. after the index is built). */
  embeddingsDown: boolean;
  close(): Promise<void>;
}

export const EMBEDDING_DIMENSIONS = 32;

export function bigramVector(text: string): number[] {
  const v = new Array<number>(EMBEDDING_DIMENSIONS).fill(0);
  const chars = [...text.replace(/\s+/g, " ")];
  for (let i = 0; i + 1 < chars.length; i++) {
    let h = 2166136261;
    for (const ch of `${chars[i]}${chars[i + 1]}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
    const slot = (h >>> 0) % EMBEDDING_DIMENSIONS;
    v[slot] = (v[slot] ?? 0) + 1;
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
}

function chunkPayload(model: string, delta: Record<string, unknown>, finish: string | null): string {
  return `data: ${JSON.stringify({
    id: "chatcmpl-test",
    object: "chat.completion.chunk",
    created: 1,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

function sendStream(res: ServerResponse, model: string, text: string, chunkSize: number, end: boolean): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  res.write(chunkPayload(model, { role: "assistant", content: "" }, null));
  const chars = [...text];
  for (let i = 0; i < chars.length; i += chunkSize) {
    res.write(chunkPayload(model, { content: chars.slice(i, i + chunkSize).join("") }, null));
  }
  if (!end) return;
  res.write(chunkPayload(model, {}, "stop"));
  res.write("data: [DONE]\n\n");
  res.end();
}

export async function startFakeOpenAiServer(
  onChat: (req: ChatRequest) => ChatReply,
): Promise<FakeOpenAiServer> {
  const requests: ChatRequest[] = [];
  const embeddingRequests: FakeOpenAiServer["embeddingRequests"] = [];
  const state = { embeddingsDown: false };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readJson(req);
      if (req.method === "POST" && req.url === "/v1/embeddings") {
        const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
        embeddingRequests.push({ model: String(body.model), inputs, encodingFormat: body.encoding_format });
        if (state.embeddingsDown) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { message: "embeddings backend down", type: "server_error" } }));
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            object: "list",
            model: body.model,
            data: inputs.map((text, index) => ({
              object: "embedding",
              index,
              embedding: bigramVector(text),
            })),
            usage: { prompt_tokens: 0, total_tokens: 0 },
          }),
        );
        return;
      }
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const messages = (body.messages as Array<{ role: string; content: string }>) ?? [];
      const prompt = String(messages.filter((m) => m.role === "user").at(-1)?.content ?? "");
      const chat: ChatRequest = {
        model: String(body.model),
        stream: body.stream === true,
        messages,
        body,
        headers: req.headers,
        task: prompt.includes("<passages>")
          ? "answer"
          : prompt.includes("<history>")
            ? "condense"
            : "translate",
        prompt,
      };
      requests.push(chat);
      const reply = onChat(chat);
      switch (reply.kind) {
        case "hang":
          return;
        case "status":
          res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
          res.end(JSON.stringify({ error: { message: `scripted ${reply.status}`, type: "test_error" } }));
          return;
        case "stall":
          sendStream(res, chat.model, reply.text, 4, false);
          return;
        case "text":
          if (chat.stream) {
            sendStream(res, chat.model, reply.text, reply.chunkSize ?? 7, true);
          } else {
            res.writeHead(200, { "content-type": "application/json" });
            res.end(
              JSON.stringify({
                id: "chatcmpl-test",
                object: "chat.completion",
                created: 1,
                model: chat.model,
                choices: [
                  { index: 0, message: { role: "assistant", content: reply.text }, finish_reason: "stop" },
                ],
              }),
            );
          }
          return;
      }
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    embeddingRequests,
    get embeddingsDown() {
      return state.embeddingsDown;
    },
    set embeddingsDown(value: boolean) {
      state.embeddingsDown = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
