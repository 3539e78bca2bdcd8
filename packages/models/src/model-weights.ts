/**
 * A GGUF model's weights in memory, without a context: what several contexts (the plain model and
 * each LoRA adapter set on it) share. The chat wrapper is resolved here, once per file.
 */
import os from 'node:os';
import { GeneralChatWrapper, resolveChatWrapper, type ChatWrapper, type LlamaModel } from 'node-llama-cpp';
import { ModelLoadError, type Logger } from '@grounded/shared';
import { freeAfterFailure } from './free-after-failure';
import { inspectGguf, type GgufInspection } from './gguf-inspect';
import { getLlamaRuntime } from './llama-runtime';
import { loadModelConfigSchema, type LoadModelConfig, type ResolvedLoadModelConfig } from './load-model-config';
import { ModelTemplateChatWrapper } from './model-template-chat-wrapper';

export class ModelWeights {
  /** Contexts created on these weights so far: the first was in the load-time memory estimate. */
  private contexts = 0;

  private constructor(
    readonly model: LlamaModel,
    readonly chatWrapper: ChatWrapper,
    readonly inspection: GgufInspection,
    readonly config: ResolvedLoadModelConfig,
  ) {}

  /**
   * Checks the file (a readable GGUF model, room in memory for the weights and one context of
   * `config.sequences`) and each adapter in `config.lora`, then loads the weights. Never lets a
   * malformed file reach llama.cpp.
   */
  static async load(input: LoadModelConfig, logger: Logger): Promise<ModelWeights> {
    const config = loadModelConfigSchema.parse(input);
    const llama = await getLlamaRuntime();
    const inspection = await inspectGguf(config.modelPath, {
      llama,
      catalogId: config.catalogId,
      sequences: config.sequences,
      contextSize: config.contextSize,
      availableMemoryBytes: config.availableMemoryBytes,
    });
    if (inspection.kind !== 'model') {
      throw new ModelLoadError(`${config.modelPath} is a LoRA adapter, not a model`, { hint: 'Configure it under LORA_ADAPTERS instead.' });
    }
    await checkAdapters(config.lora, inspection);
    let model: LlamaModel | undefined;
    try {
      model = await llama.loadModel({ modelPath: config.modelPath, gpuLayers: 0 });
      return new ModelWeights(model, resolveWrapper(model, config.chatWrapper, logger), inspection, config);
    } catch (error) {
      throw new ModelLoadError(`llama.cpp could not load ${config.modelPath}`, {
        hint: 'Check that the file is a complete GGUF model.',
        cause: await freeAfterFailure(error, model),
      });
    }
  }

  /** Tokens per sequence of a context made with `config`. */
  contextSizeFor(config: ResolvedLoadModelConfig): number {
    return config.contextSize ?? Math.min(4096, this.inspection.contextLength ?? 4096);
  }

  /**
   * Claims memory for one more context on these weights. The first was counted when the weights
   * were checked; every further one (a LoRA route on the same file) is estimated by node-llama-cpp
   * and refused with a clear error when it does not fit: within `availableMemoryBytes` together
   * with the weights and the contexts already made when that budget is set, else in free memory.
   */
  reserveContext(config: ResolvedLoadModelConfig): void {
    if (this.contexts > 0) {
      const perContext = this.model.fileInsights.estimateContextResourceRequirements({
        contextSize: this.contextSizeFor(config),
        modelGpuLayers: 0,
        sequences: config.sequences,
      }).cpuRam;
      const budget = config.availableMemoryBytes;
      const needed = budget === undefined ? perContext : (this.inspection.estimatedRamBytes ?? 0) + this.contexts * perContext;
      const available = budget ?? os.freemem();
      if (needed > available) {
        const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
        throw new ModelLoadError(
          `Context ${this.contexts + 1} on ${config.modelPath} would need about ${mb(needed)} of RAM but only ${mb(available)} is ${budget === undefined ? 'free' : 'allowed'}`,
          { hint: 'Route fewer LoRA adapter sets to this model, or lower the context size or the number of sequences.' },
        );
      }
    }
    this.contexts++;
  }

  /** Contexts currently made on these weights. */
  get contextCount(): number {
    return this.contexts;
  }

  /** Gives back a reservation whose context could not be created or was disposed. */
  releaseContext(): void {
    this.contexts = Math.max(0, this.contexts - 1);
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}

/** Every adapter must be a LoRA file made for the model's architecture (checked before llama.cpp sees it). */
export async function checkAdapters(lora: ResolvedLoadModelConfig['lora'], inspection: GgufInspection): Promise<void> {
  for (const adapter of lora) {
    const info = await inspectGguf(adapter.filePath);
    if (info.kind !== 'adapter' || info.architecture !== inspection.architecture) {
      throw new ModelLoadError(`${adapter.filePath} is not a LoRA adapter for a ${inspection.architecture} model`, {
        hint: 'Check the LORA_ADAPTERS paths.',
      });
    }
  }
}

function resolveWrapper(model: LlamaModel, mode: 'template' | 'auto', logger: Logger): ChatWrapper {
  const template = model.fileInfo.metadata.tokenizer?.chat_template;
  if (mode === 'template' && typeof template === 'string') {
    const tokens = model.fileInfo.metadata.tokenizer.ggml.tokens ?? [];
    const text = (id: unknown) => (typeof id === 'number' || typeof id === 'bigint' ? tokens[Number(id)] : undefined);
    const bos = text(model.fileInfo.metadata.tokenizer.ggml.bos_token_id) ?? '';
    const eos = text(model.fileInfo.metadata.tokenizer.ggml.eos_token_id) ?? '';
    try {
      const wrapper = new ModelTemplateChatWrapper({ template, bosToken: bos, eosToken: eos, stopTokens: ModelTemplateChatWrapper.endOfTurnTokens(tokens) });
      // Prove once that this template renders and segments a full conversation.
      wrapper.renderSegments([
        { role: 'system', content: 'S' },
        { role: 'user', content: 'U' },
        { role: 'assistant', content: 'A' },
        { role: 'user', content: 'U2' },
      ]);
      return wrapper;
    } catch (error) {
      logger.warn({ err: error }, 'model chat template cannot be rendered exactly; using node-llama-cpp chat wrapper');
    }
  }
  return resolveChatWrapper(model) ?? new GeneralChatWrapper();
}
