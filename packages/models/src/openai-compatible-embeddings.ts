/** LangChain `Embeddings` over an OpenAI-compatible `/v1/embeddings` endpoint; vectors L2-normalised. */
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { z } from 'zod';
import { l2Normalise } from './llama-cpp-embeddings';
import { postJson, type OpenAICompatibleConnection } from './openai-compatible-client';

export interface OpenAICompatibleEmbeddingsFields extends EmbeddingsParams, OpenAICompatibleConnection {
  model: string;
  /** Inputs per request. @default 64 */
  batchSize?: number;
}

const responseSchema = z.object({ data: z.array(z.object({ index: z.number(), embedding: z.array(z.number()) })) });

export class OpenAICompatibleEmbeddings extends Embeddings {
  constructor(private readonly fields: OpenAICompatibleEmbeddingsFields) {
    super(fields);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const size = this.fields.batchSize ?? 64;
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += size) out.push(...(await this.request(texts.slice(i, i + size))));
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.request([text]);
    return vector ?? [];
  }

  private async request(input: string[]): Promise<number[][]> {
    return this.caller.call(async () => {
      const { response } = await postJson(this.fields, 'embeddings', { model: this.fields.model, input });
      const body = responseSchema.parse(await response.json());
      return [...body.data].sort((a, b) => a.index - b.index).map((d) => l2Normalise(d.embedding));
    });
  }
}
