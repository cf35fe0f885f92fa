// Sums the counts every runner left in $PREAU_TEST_RESULTS and prints the closing line CI reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.PREAU_TEST_RESULTS ?? 'tmp/test-results';
const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (data.runner === 'jest') {
    passed += data.passed;
    failed += data.failed;
    skipped += data.skipped;
  } else if (data.stats) {
    // Playwright's JSON reporter
    passed += data.stats.expected + (data.stats.flaky ?? 0);
    failed += data.stats.unexpected;
    skipped += data.stats.skipped;
  }
}
// A step that failed without a failing test (lint, type-check, build) still counts as one failure.
const extra = failedSteps.length && failed === 0 ? failedSteps.length : 0;
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed + extra} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
