import type { SerializedError } from 'vitest';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line CI reads: "tests: N passed, N failed, N skipped". A test file that failed
 * without a failing test in it (an import error, a failing `beforeAll`, a missing system tool) counts as one
 * failure, and so does every unhandled error, so the line is never green over a red run.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const failedFiles: string[] = [];
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      if (mod.state() === 'failed' && failedHere === 0) {
        failedHere = 1;
        failedFiles.push(mod.moduleId);
      }
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    for (const file of failedFiles) process.stdout.write(`\nfailed file (no test ran to a result): ${file}`);
    if (unhandledErrors.length > 0) process.stdout.write(`\nunhandled errors: ${unhandledErrors.length}`);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
