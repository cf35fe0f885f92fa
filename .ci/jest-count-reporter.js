// Writes each jest project's counts (and what failed, briefly) to $PREAU_TEST_RESULTS so .ci/summary.mjs can sum
// every runner and name the failures at the end of the output, where CI logs are read.
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
      failures: failuresOf(results),
    };
    fs.writeFileSync(path.join(dir, `jest-${this.name}.json`), JSON.stringify(counts));
  }
}
// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;
const REPO = path.resolve(__dirname, '..');
/** The first lines of a failure, without ANSI colours nor the stack frames of node_modules. */
const brief = (text) =>
  (text || '')
    .replace(ANSI, '')
    .trim()
    .split('\n')
    .filter((line) => !/^\s+at .*(node_modules|node:internal|\(<anonymous>\))/.test(line))
    .slice(0, 12)
    .join('\n');

function failuresOf(results) {
  const failures = [];
  for (const suite of results.testResults) {
    const file = path.relative(REPO, suite.testFilePath);
    if (suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0)) {
      failures.push({ title: `${file} (the suite did not run)`, message: brief(suite.testExecError?.message ?? suite.failureMessage) });
    }
    for (const test of suite.testResults.filter((t) => t.status === 'failed')) {
      failures.push({ title: `${file} › ${test.fullName}`, message: brief(test.failureMessages.join('\n')) });
    }
  }
  return failures;
}

module.exports = CountReporter;
