// The first half of the contract's operations, fuzzed (test/helpers/fuzz-suite.ts; the rest: test/fuzz-2.test.ts).
import { fuzzOperations } from './helpers/fuzz-suite.js';

fuzzOperations(0, 2, 'test/fuzz.test.ts');
