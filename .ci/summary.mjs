// Sums the counts every runner left in $PREAU_TEST_RESULTS and prints the closing line CI reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.PREAU_TEST_RESULTS ?? 'tmp/test-results';
const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if (data.runner === 'jest') {
    passed += data.passed;
    failed += data.failed;
    skipped += data.skipped;
    failures.push(...(data.failures ?? []));
  } else if (data.stats) {
    // Playwright's JSON reporter
    passed += data.stats.expected + (data.stats.flaky ?? 0);
    failed += data.stats.unexpected;
    skipped += data.stats.skipped;
    failures.push(...playwrightFailures(data.suites ?? []));
  }
}
// A step that failed without a failing test (lint, type-check, build) still counts as one failure.
const extra = failedSteps.length && failed === 0 ? failedSteps.length : 0;
for (const { title, message } of failures) {
  console.log(`\n✕ ${title}\n${message.replace(/^/gm, '    ')}`);
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed + extra} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);

/** The tests of a Playwright JSON report that ended other than expected, with their first error lines. */
function playwrightFailures(suites, parents = []) {
  const found = [];
  for (const suite of suites) {
    const titles = suite.title ? [...parents, suite.title] : parents;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const errors = (test.results ?? []).flatMap((r) => r.errors ?? []).map((e) => e.message ?? '');
        // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
        const message = errors.join('\n').replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n').slice(0, 12).join('\n');
        found.push({ title: [...titles, spec.title].join(' › '), message });
      }
    }
    found.push(...playwrightFailures(suite.suites ?? [], titles));
  }
  return found;
}
