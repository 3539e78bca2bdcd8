/**
 * Checks a GGUF file before llama.cpp sees it. llama.cpp aborts the whole process (an
 * uncatchable GGML_ASSERT) on some malformed files, so every check that can be done from the
 * header is done here, in JavaScript, where a bad file becomes a `ModelLoadError`.
 */
import { open, stat } from 'node:fs/promises';
import os from 'node:os';
import { GgufInsights, readGgufFileInfo, type GgufFileInfo, type Llama } from 'node-llama-cpp';
import { ModelLoadError } from '@grounded/shared';

/** What the header says about a model file. */
export interface GgufInspection {
  path: string;
  sizeBytes: number;
  version: number;
  architecture: string;
  name: string | undefined;
  kind: 'model' | 'adapter';
  contextLength: number | undefined;
  embeddingLength: number | undefined;
  blockCount: number | undefined;
  vocabSize: number | undefined;
  chatTemplate: string | undefined;
  /** Bytes the tensors occupy according to the header. */
  tensorBytes: number;
  /** node-llama-cpp's estimate of RAM for the weights plus the requested context. */
  estimatedRamBytes: number | undefined;
}

export interface InspectGgufOptions {
  /** Used for the memory estimate; without it the estimate is skipped. */
  llama?: Llama;
  contextSize?: number;
  sequences?: number;
  /** Memory the model may use. @default os.freemem() */
  availableMemoryBytes?: number;
  /** Catalog id to name in the "missing file" hint. */
  catalogId?: string;
}

/** [elements per block, bytes per block] of ggml tensor types (ggml.c `type_traits`). */
const GGML_TYPE_SIZES: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
  10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
  16: [256, 66], 17: [256, 74], 18: [256, 98], 19: [256, 50], 20: [32, 18], 21: [256, 110], 22: [256, 82],
  23: [256, 136], 24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 29: [256, 56], 30: [1, 2],
};

const fail = (filePath: string, message: string, hint: string, cause?: unknown): never => {
  throw new ModelLoadError(`${message}: ${filePath}`, { hint, cause, details: { path: filePath } });
};

const CORRUPT_HINT = 'Download the model again (npx grounded models pull <id>) or pick another GGUF file.';

async function readMagic(filePath: string): Promise<{ magic: string; version: number }> {
  const handle = await open(filePath, 'r');
  try {
    const buf = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buf, 0, 8, 0);
    return { magic: buf.subarray(0, Math.min(4, bytesRead)).toString('latin1'), version: bytesRead >= 8 ? buf.readUInt32LE(4) : 0 };
  } finally {
    await handle.close();
  }
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return undefined;
}

/** Reads and checks a GGUF header; throws `ModelLoadError` for anything llama.cpp should not load. */
export async function inspectGguf(filePath: string, options: InspectGgufOptions = {}): Promise<GgufInspection> {
  const size = await stat(filePath).then(
    (s) => (s.isFile() ? s.size : fail(filePath, 'Model path is not a file', 'Point to a .gguf file.')),
    (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT'
        ? fail(filePath, 'Model file not found', `Download it with \`npx grounded models pull ${options.catalogId ?? '<id>'}\` or write a test model with \`npx grounded models fixture\`.`)
        : fail(filePath, `Model file cannot be read (${error.code ?? error.message})`, 'Check the path and its permissions.', error),
  );
  const { magic, version } = await readMagic(filePath);
  if (magic !== 'GGUF') fail(filePath, 'Not a GGUF model file (bad magic bytes)', 'Use a .gguf file, e.g. from `npx grounded models list`.');
  if (version < 2 || version > 3) fail(filePath, `Unsupported GGUF version ${version}`, 'Use a GGUF v2 or v3 file made by a recent llama.cpp.');

  let info: GgufFileInfo;
  try {
    info = await readGgufFileInfo(filePath, { readTensorInfo: true, sourceType: 'filesystem', logWarnings: false });
  } catch (error) {
    return fail(filePath, 'Corrupt or truncated GGUF header', CORRUPT_HINT, error);
  }
  const md = info.metadata as unknown as Record<string, Record<string, unknown> | undefined>;
  const general = md.general ?? {};
  const architecture = typeof general.architecture === 'string' ? general.architecture : undefined;
  if (!architecture) return fail(filePath, 'GGUF file has no general.architecture', CORRUPT_HINT);
  const kind = general.type === 'adapter' ? 'adapter' : 'model';
  const arch = (md[architecture] ?? {}) as Record<string, unknown>;
  const attention = (arch.attention ?? {}) as Record<string, unknown>;
  const tokenizer = ((md.tokenizer ?? {}) as Record<string, unknown>).ggml as Record<string, unknown> | undefined;
  const tokens = Array.isArray(tokenizer?.tokens) ? tokenizer.tokens.length : undefined;

  const blockCount = num(arch.block_count);
  const embeddingLength = num(arch.embedding_length);
  const heads = num(attention.head_count);
  const kvHeads = num(attention.head_count_kv) ?? heads;
  if (kind === 'model') {
    const bad = (what: string) => fail(filePath, `GGUF hyper-parameters are not sane (${what})`, CORRUPT_HINT);
    if (!blockCount || blockCount <= 0 || blockCount > 1024) bad(`block_count = ${blockCount}`);
    if (!embeddingLength || embeddingLength <= 0 || embeddingLength > 1 << 17) bad(`embedding_length = ${embeddingLength}`);
    if (!heads || heads <= 0) bad(`attention.head_count = ${heads}`);
    if (!kvHeads || kvHeads <= 0 || heads! % kvHeads !== 0) bad(`head_count ${heads} not divisible by head_count_kv ${kvHeads}`);
    if (embeddingLength! % heads! !== 0 && num(attention.key_length) === undefined) bad(`embedding_length ${embeddingLength} not divisible by head_count ${heads}`);
    if (!num(arch.feed_forward_length) && !Array.isArray(arch.feed_forward_length)) bad('feed_forward_length missing');
    if (!tokens) bad('no tokenizer vocabulary');
    const declaredVocab = num(arch.vocab_size);
    if (declaredVocab !== undefined && declaredVocab !== tokens) bad(`vocab_size ${declaredVocab} != ${tokens} tokens`);
    const embd = info.tensorInfo?.find((t) => t.name === 'token_embd.weight');
    if (!embd) bad('token_embd.weight missing');
    if (embd && num(embd.dimensions[1]) !== tokens) bad(`token_embd.weight has ${num(embd.dimensions[1])} rows for ${tokens} tokens`);
  }

  let tensorEnd = 0;
  let tensorBytes = 0;
  for (const t of info.tensorInfo ?? []) {
    const traits = GGML_TYPE_SIZES[t.ggmlType];
    if (!traits) continue;
    const elements = t.dimensions.reduce<number>((a, d) => a * Number(d), 1);
    const bytes = Math.ceil(elements / traits[0]) * traits[1];
    tensorBytes += bytes;
    tensorEnd = Math.max(tensorEnd, Number(t.fileOffset) + bytes);
  }
  if (tensorEnd > size) {
    fail(filePath, `GGUF file is truncated (${size} bytes, tensors need ${tensorEnd})`, 'The download was probably interrupted: run `npx grounded models pull` again to resume it.');
  }

  let estimatedRamBytes: number | undefined;
  if (options.llama && kind === 'model') {
    const insights = await GgufInsights.from(info, options.llama);
    estimatedRamBytes =
      insights.estimateModelResourceRequirements({ gpuLayers: 0 }).cpuRam +
      insights.estimateContextResourceRequirements({
        contextSize: options.contextSize ?? Math.min(4096, insights.trainContextSize ?? 4096),
        modelGpuLayers: 0,
        sequences: options.sequences ?? 1,
      }).cpuRam;
    const available = options.availableMemoryBytes ?? os.freemem();
    if (estimatedRamBytes > available) {
      const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
      fail(filePath, `Model needs about ${mb(estimatedRamBytes)} of RAM but only ${mb(available)} is free`, 'Use a smaller or more quantised model, a smaller context size, or fewer sequences.');
    }
  }

  return {
    path: filePath,
    sizeBytes: size,
    version,
    architecture,
    name: typeof general.name === 'string' ? general.name : undefined,
    kind,
    contextLength: num(arch.context_length),
    embeddingLength,
    blockCount,
    vocabSize: tokens,
    chatTemplate: typeof (md.tokenizer as Record<string, unknown> | undefined)?.chat_template === 'string' ? ((md.tokenizer as Record<string, unknown>).chat_template as string) : undefined,
    tensorBytes,
    estimatedRamBytes,
  };
}
