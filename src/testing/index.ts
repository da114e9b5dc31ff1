/**
 * `ics2/testing`: test data for property tests, generated from the element metadata of every message.
 * fast-check arbitraries (`arbitrary`, `mutated`; the optional peer dependency `fast-check`), deterministic
 * samples (`sampleMessage`) and single-fault mutations (`mutations`).
 *
 * @packageDocumentation
 */
export { arbitrary, mutated, type ArbitraryOptions, type Mutated } from './arbitrary';
export { mutations, type Mutation, type MutationKind } from './mutations';
export { sampleMessage, repairRules, type SampleOptions, type SampleResult, type Repaired } from './generate';
