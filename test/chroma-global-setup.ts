// One Chroma server for the whole test run; workers read its URL via testChromaUrl().
export { chromaGlobalSetup as default } from '@grounded/retrieval/testing';
