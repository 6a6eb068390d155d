import { Embeddings, type EmbeddingsParams } from "@langchain/core/embeddings";
import { hashedVector } from "../policies/hashed-vector.js";

export interface HashedEmbeddingsOptions extends EmbeddingsParams {
  /** Vector size. */
  dimensions?: number;
}

/**
 * The built-in offline encoder: hashed word unigrams and bigrams plus character trigrams,
 * L2-normalised. Needs no download and no service; deterministic across processes.
 */
export class HashedEmbeddings extends Embeddings {
  readonly dimensions: number;

  constructor(options: HashedEmbeddingsOptions = {}) {
    super(options);
    this.dimensions = options.dimensions ?? 512;
  }

  embedQuerySync(text: string): number[] {
    return Array.from(hashedVector(text, this.dimensions));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedQuerySync(text);
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((text) => this.embedQuerySync(text));
  }
}
