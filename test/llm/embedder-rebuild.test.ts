import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SyntheticEmbeddings } from "@langchain/core/utils/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createEmbedder } from "../../src/app/composition.js";
import { silentLogger } from "../../src/core/logger.js";
import { openAiEmbedderIdentity } from "../../src/embeddings/openai-compatible-embeddings.js";
import type { IdentifiedEmbeddings } from "../../src/embeddings/types.js";
import { openSearchIndex } from "../../src/index/search-index.js";
import { testConfig, testDocuments } from "./fixtures.js";

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

function fake(id: string, version = "1"): IdentifiedEmbeddings {
  return { embeddings: new SyntheticEmbeddings({ vectorSize: 16 }), identity: { id, version } };
}

describe("changing the embedder rebuilds the index", () => {
  it("builds, reloads with the same embedder, and rebuilds when the embedder id or version changes", async () => {
    const directory = path.join(await mkdtemp(path.join(tmpdir(), "embedder-rebuild-")), "index");
    dirs.push(path.dirname(directory));
    const open = (embedder: IdentifiedEmbeddings) =>
      openSearchIndex({ documents: testDocuments(), embedder, directory, logger: silentLogger });

    const first = await open(fake("fake-a"));
    expect(first.status).toBe("built");
    expect(first.saved).toBe(true);

    const again = await open(fake("fake-a"));
    expect(again.status).toBe("loaded");
    expect(again.index.manifest.embedder.id).toBe("fake-a");

    const other = await open(fake("fake-b"));
    expect(other.status).toBe("built");
    expect(other.reason).toMatch(/embedder changed \(fake-a@1 → fake-b@1\)/);
    expect(other.index.manifest.embedder.id).toBe("fake-b");

    const bumped = await open(fake("fake-b", "2"));
    expect(bumped.status).toBe("built");
    expect(bumped.reason).toContain("embedder");
  });
});

describe("remote embedder identity", () => {
  it("names the model and the server (host and port, never the path or key)", () => {
    expect(openAiEmbedderIdentity("bge-m3", "http://127.0.0.1:8080/v1")).toEqual({
      id: "openai:bge-m3@127.0.0.1:8080",
      version: "1",
    });
    const config = testConfig({
      EMBEDDINGS_PROVIDER: "openai",
      EMBEDDINGS_BASE_URL: "https://api.openai.com/v1",
      EMBEDDINGS_MODEL: "text-embedding-3-small",
      EMBEDDINGS_API_KEY: "sk-secret-value",
    });
    const embedder = createEmbedder(config);
    expect(embedder.identity.id).toBe("openai:text-embedding-3-small@api.openai.com");
    expect(JSON.stringify(embedder.identity)).not.toContain("secret");
    // Another server with the same model is another embedder.
    expect(openAiEmbedderIdentity("text-embedding-3-small", "http://localhost:11434/v1").id).not.toBe(
      embedder.identity.id,
    );
  });
});
