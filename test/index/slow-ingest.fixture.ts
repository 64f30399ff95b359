/** A child process for the kill test: ingests with embeddings slow enough to be killed midway. */
import { Embeddings } from "@langchain/core/embeddings";
import { buildIndex } from "../../src/index/build.js";
import { LOCAL_EMBEDDINGS_MODEL } from "../../src/config.js";
import { LocalHashEmbeddings, LOCAL_DIMENSIONS } from "../../src/index/embeddings/local.js";

class SlowEmbeddings extends Embeddings {
  private readonly inner = new LocalHashEmbeddings();
  constructor() {
    super({});
  }
  async embedDocuments(documents: string[]) {
    process.stdout.write("embedding\n");
    await new Promise((r) => setTimeout(r, 400));
    return this.inner.embedDocuments(documents);
  }
  async embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}

const [corpusDir, indexDir] = process.argv.slice(2) as [string, string];
await buildIndex({ corpusDir, indexDir, provider: { spec: { provider: "local", model: LOCAL_EMBEDDINGS_MODEL }, embeddings: new SlowEmbeddings(), dimensions: LOCAL_DIMENSIONS } });
