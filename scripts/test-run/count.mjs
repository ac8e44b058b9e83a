// Reads the output of `turbo run ... test` and counts tests: vitest's "Tests  N passed | M failed"
// line of every test task, plus the tasks turbo reports as failed that no failed test accounts for
// (a type error, a lint error, a suite that crashed before counting).

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * @typedef {object} TestCounts
 * @property {number} passed   tests that passed, over every test task
 * @property {number} failed   failed tests, plus failed tasks no failed test explains
 * @property {string[]} failedTasks  the tasks turbo reported as failed (`@mux/core#lint`)
 */

/** A counter fed one output line at a time. */
export class TestCounter {
  /** @type {Map<string, { passed: number; failed: number }>} vitest counts per task (`@mux/core#test`) */
  #perTask = new Map();
  /** @type {string[]} */
  #failedTasks = [];

  /** @param {string} rawLine  one line of turbo's output, colours and all */
  add(rawLine) {
    const line = rawLine.replace(ANSI, "").trimEnd();
    // "@mux/core:test:       Tests  2 failed | 129 passed (131)"
    const tests = /^(\S+):([\w:-]+?): +Tests +(\d+ \w+(?: \| \d+ \w+)* \(\d+\))$/.exec(line);
    if (tests) {
      const [, pkg, task, rest] = /** @type {[string, string, string, string]} */ (tests);
      const count = (/** @type {string} */ word) => Number(new RegExp(`(\\d+) ${word}`).exec(rest)?.[1] ?? 0);
      this.#perTask.set(`${pkg}#${task}`, { passed: count("passed"), failed: count("failed") });
      return;
    }
    // turbo's closing report with --continue: "  Failed:    @mux/core#lint, @mux/jwt#test"
    const failed = /^\s*Failed:\s+(.+)$/.exec(line);
    if (failed?.[1]?.includes("#")) {
      for (const task of failed[1].split(",")) if (task.trim()) this.#failedTasks.push(task.trim());
    }
  }

  /**
   * The totals. `exitCode` is turbo's: a non-zero exit that no failure explains counts as one.
   * @param {number} exitCode
   * @returns {TestCounts}
   */
  totals(exitCode) {
    let passed = 0;
    let failed = 0;
    for (const counts of this.#perTask.values()) {
      passed += counts.passed;
      failed += counts.failed;
    }
    for (const task of this.#failedTasks) {
      if ((this.#perTask.get(task)?.failed ?? 0) === 0) failed += 1;
    }
    if (exitCode !== 0 && failed === 0) failed = 1;
    return { passed, failed, failedTasks: [...this.#failedTasks] };
  }
}

/** The closing line: `N passed, N failed`. @param {TestCounts} counts */
export function summaryLine(counts) {
  return `${counts.passed} passed, ${counts.failed} failed`;
}
