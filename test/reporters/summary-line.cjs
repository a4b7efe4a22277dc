// Prints the plain closing line CI reads ("N passed, N failed") as the very last line:
// jest's own summary reporter runs after custom reporters, so the line waits for exit.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    process.once('exit', () => process.stderr.write(`\n${line}`));
  }
}
module.exports = SummaryLineReporter;
