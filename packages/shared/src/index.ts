export * from './errors';
export * from './logger';
export * from './documents';
export * from './seeded-random';
export * from './process-alive';
