/** The entry of the test deployment's bundle: the add-on's entry and the developer's self-test. */
export * from './index';
export { menuSelfTest } from './self-test';
