import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@grounded/shared';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('gives every variable its documented default', () => {
    const env = parseEnv({});
    expect(env.DATA_DIR).toBe('./data');
    expect(env.CHROMA_URL).toBeUndefined();
    expect(env.EMBEDDER).toBe('hashing');
    expect(env.CHUNK_SIZE).toBe(1000);
    expect(env.MAX_UPLOAD_MB).toBe(25);
    expect(env.LOAD_SAMPLE_KB).toBe(true);
    expect(env.paths.sqlite).toBe(path.resolve('data', 'grounded.sqlite'));
    expect(env.paths.models).toBe(path.resolve('data', 'models'));
  });

  it('coerces numbers and booleans from strings', () => {
    const env = parseEnv({ CHUNK_SIZE: '600', LOAD_SAMPLE_KB: 'false', MODELS_DIR: '/srv/models' });
    expect(env.CHUNK_SIZE).toBe(600);
    expect(env.LOAD_SAMPLE_KB).toBe(false);
    expect(env.paths.models).toBe('/srv/models');
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      parseEnv({ CHUNK_SIZE: 'big', CHROMA_URL: 'not a url', EMBEDDER: 'magic' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain('CHUNK_SIZE');
    expect(message).toContain('CHROMA_URL');
    expect(message).toContain('EMBEDDER');
    expect((error as ConfigError).hint).toMatch(/README/);
  });
});

describe('JSON map variables', () => {
  it('parses LORA_ADAPTERS and MODEL_ROUTES as objects', () => {
    const env = parseEnv({ LORA_ADAPTERS: '{"retail":"./retail.gguf"}', MODEL_ROUTES: '{"triage":"llama-3.2-1b-instruct"}' });
    expect(env.LORA_ADAPTERS).toEqual({ retail: './retail.gguf' });
    expect(env.MODEL_ROUTES).toEqual({ triage: 'llama-3.2-1b-instruct' });
    expect(parseEnv({}).LORA_ADAPTERS).toEqual({});
  });

  it('rejects malformed JSON naming the variable', () => {
    expect(() => parseEnv({ LORA_ADAPTERS: '{retail: x}' })).toThrow(/LORA_ADAPTERS: expected a JSON object/);
    expect(() => parseEnv({ MODEL_ROUTES: '{"triage": 3}' })).toThrow(/MODEL_ROUTES/);
  });
});
