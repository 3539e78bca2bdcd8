/**
 * LangChain `Embeddings` over a GGUF embedding model (nomic-embed, bge-m3, multilingual-e5...)
 * through node-llama-cpp. Vectors are L2-normalised, since llama.cpp returns raw pooled states
 * for some models and cosine search expects unit vectors.
 */
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import type { LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import { ModelLoadError } from '@grounded/shared';
import { findCatalogEntry } from './catalog';
import { inspectGguf } from './gguf-inspect';
import { getLlamaRuntime } from './llama-runtime';
import { defaultThreads } from './default-threads';
import { freeAfterFailure } from './free-after-failure';

export interface LlamaCppEmbeddingsConfig extends EmbeddingsParams {
  modelPath: string;
  catalogId?: string;
  /** Tokens per input; longer inputs are truncated by the caller's chunking. @default min(2048, training context) */
  contextSize?: number;
  /** Inputs embedded per batch. @default 16 */
  batchSize?: number;
  /** 0 = `defaultThreads()`: available cores less one. @default 0 */
  threads?: number;
  /** Prefixes some models need (nomic: `search_document: ` / `search_query: `). */
  documentPrefix?: string;
  queryPrefix?: string;
}

export class LlamaCppEmbeddings extends Embeddings {
  private constructor(
    private readonly model: LlamaModel,
    private readonly context: LlamaEmbeddingContext,
    private readonly config: LlamaCppEmbeddingsConfig,
    /** Length of every vector this model returns. */
    readonly dimensions: number,
  ) {
    super(config);
  }

  /** Checks the file, then loads it with an embedding context. Catalog models get their trained prefixes. */
  static async load(input: LlamaCppEmbeddingsConfig): Promise<LlamaCppEmbeddings> {
    const known = input.catalogId ? findCatalogEntry(input.catalogId)?.embedding : undefined;
    const config = { ...input, queryPrefix: input.queryPrefix ?? known?.queryPrefix, documentPrefix: input.documentPrefix ?? known?.documentPrefix };
    const llama = await getLlamaRuntime();
    const info = await inspectGguf(config.modelPath, { llama, catalogId: config.catalogId, contextSize: config.contextSize ?? 2048 });
    if (info.kind !== 'model') {
      throw new ModelLoadError(`${config.modelPath} is a LoRA adapter, not an embedding model`, {
        hint: 'Set EMBEDDING_MODEL to a GGUF embedding model such as nomic-embed-text-v1.5 (npx grounded models list); adapters belong in LORA_ADAPTERS.',
      });
    }
    let model: LlamaModel | undefined;
    let context: LlamaEmbeddingContext | undefined;
    try {
      model = await llama.loadModel({ modelPath: config.modelPath, gpuLayers: 0 });
      context = await model.createEmbeddingContext({
        contextSize: config.contextSize ?? Math.min(2048, info.contextLength ?? 2048),
        threads: config.threads || defaultThreads(),
      });
      const probe = await context.getEmbeddingFor('dimension probe');
      return new LlamaCppEmbeddings(model, context, config, probe.vector.length);
    } catch (error) {
      throw new ModelLoadError(`llama.cpp could not load the embedding model ${config.modelPath}`, {
        hint: 'Use a GGUF embedding model such as nomic-embed-text-v1.5 (npx grounded models list).',
        cause: await freeAfterFailure(error, context, model),
      });
    }
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const prefix = this.config.documentPrefix ?? '';
    const size = this.config.batchSize ?? 16;
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += size) {
      const batch = texts.slice(i, i + size);
      out.push(...(await Promise.all(batch.map((t) => this.embedOne(prefix + t)))));
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedOne((this.config.queryPrefix ?? '') + text);
  }

  private async embedOne(text: string): Promise<number[]> {
    const embedding = await this.caller.call(() => this.context.getEmbeddingFor(text));
    return l2Normalise(embedding.vector);
  }

  /** Frees the native model and context; callers must call it when done (safe to call twice). */
  async dispose(): Promise<void> {
    await this.context.dispose();
    await this.model.dispose();
  }
}

/** Scales a vector to unit length (a zero vector stays zero). */
export function l2Normalise(vector: readonly number[]): number[] {
  let sum = 0;
  for (const v of vector) sum += v * v;
  const norm = Math.sqrt(sum);
  return norm === 0 ? [...vector] : vector.map((v) => v / norm);
}
