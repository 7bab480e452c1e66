/**
 * The CLI from source (`node --import tsx src/cli/bin.ts ARGS`): what
 * bin/dyadwatch.js runs from dist/, for tests that spawn the real command.
 */
import { runFromProcess } from './main.js';

runFromProcess();
