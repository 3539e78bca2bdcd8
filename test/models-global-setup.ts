// Writes the tiny GGUF fixture models once per test run (see @grounded/models/testing).
export { default } from '@grounded/models/testing';
