// The second half of the contract's operations, fuzzed (test/helpers/fuzz-suite.ts; the rest: test/fuzz.test.ts).
import { fuzzOperations } from './helpers/fuzz-suite.js';

fuzzOperations(1, 2, 'test/fuzz-2.test.ts');
