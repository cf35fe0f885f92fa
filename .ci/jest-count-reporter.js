// Writes each jest project's counts to $PREAU_TEST_RESULTS so .ci/summary.mjs can sum every runner.
const fs = require('node:fs');
const path = require('node:path');

class CountReporter {
  constructor(globalConfig) {
    this.name = (globalConfig.rootDir || 'jest').replace(/[^a-z0-9]+/gi, '_');
  }
  onRunComplete(_contexts, results) {
    const dir = process.env.PREAU_TEST_RESULTS;
    if (!dir) return;
    fs.mkdirSync(dir, { recursive: true });
    const counts = {
      runner: 'jest',
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(dir, `jest-${this.name}.json`), JSON.stringify(counts));
  }
}
module.exports = CountReporter;
