export * from './fixture/write-fixture-gguf';
export { MISTRAL_V03_CHAT_TEMPLATE, LLAMA31_CHAT_TEMPLATE } from './fixture/chat-templates';
export * from './gguf-inspect';
export * from './llama-runtime';
export * from './model-template-chat-wrapper';
export * from './request-queue';
export * from './loaded-model';
export * from './llama-cpp-chat-model';
export * from './to-template-messages';
