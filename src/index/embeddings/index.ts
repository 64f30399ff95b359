/**
 * The embeddings provider named by configuration, behind LangChain's Embeddings interface: the built-in
 * local one by default, or OpenAIEmbeddings against any OpenAI-compatible endpoint.
 */
import type { Embeddings } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import type { Config } from "../../config.js";
import { LOCAL_DIMENSIONS, LocalHashEmbeddings } from "./local.js";

export interface EmbeddingsSpec {
  provider: "local" | "openai";
  model: string;
}

export interface EmbeddingsProvider {
  spec: EmbeddingsSpec;
  embeddings: Embeddings;
  /** Known in advance for the local provider; learnt from the first vector otherwise. */
  dimensions?: number;
}

export function createEmbeddings(config: Config): EmbeddingsProvider {
  const spec = config.embeddings;
  if (spec.provider === "local") return { spec, embeddings: new LocalHashEmbeddings(), dimensions: LOCAL_DIMENSIONS };
  if (!config.openai.apiKey && !config.openai.baseURL) {
    throw new Error("EMBEDDINGS_PROVIDER=openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local server such as Ollama).");
  }
  const embeddings = new OpenAIEmbeddings({
    model: spec.model,
    // Local servers (Ollama, vLLM, LM Studio) accept any key; the client insists on one.
    apiKey: config.openai.apiKey ?? "not-needed",
    encodingFormat: "float",
    maxRetries: config.openai.maxRetries,
    timeout: config.openai.timeoutMs,
    batchSize: 64,
    ...(config.openai.baseURL ? { configuration: { baseURL: config.openai.baseURL } } : {}),
  });
  return { spec, embeddings };
}
