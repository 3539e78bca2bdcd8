export { FakeGuardModel } from './fake-guard-model';
