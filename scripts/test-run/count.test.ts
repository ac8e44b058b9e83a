import { describe, expect, it } from "vitest";
import { summaryLine, TestCounter } from "./count.mjs";

const ESC = "\u001b";

function feed(lines: string[], exitCode = 0) {
  const counter = new TestCounter();
  for (const line of lines) counter.add(line);
  return counter.totals(exitCode);
}

describe("TestCounter", () => {
  it("adds up vitest's counts of every test task, colours and all", () => {
    const totals = feed([
      `@mux/core:test: ${ESC}[2m      Tests ${ESC}[22m ${ESC}[1m${ESC}[32m131 passed${ESC}[39m${ESC}[22m${ESC}[90m (131)${ESC}[39m`,
      "@mux/jwt:test:       Tests  2 failed | 160 passed (162)",
      "@mux/testing:test:       Tests  1 failed | 3 skipped | 51 passed (55)",
      "@mux/core:lint: Checked 38 files in 82ms. No fixes applied.",
      "@mux/e2e:test: Tests that mention Tests are not counted twice",
    ]);
    expect(totals).toEqual({ passed: 342, failed: 3, failedTasks: [] });
  });

  it("counts a failed task that no failed test explains, once", () => {
    const totals = feed(
      [
        "@mux/core:test:       Tests  10 passed (10)",
        "@mux/jwt:test:       Tests  1 failed | 9 passed (10)",
        "@mux/errors:test:       Tests  5 passed (5)",
        "  Failed:    @mux/core#typecheck, @mux/jwt#test, @mux/errors#test",
      ],
      1,
    );
    // typecheck: +1; jwt#test: its failed test already counts; errors#test (an unhandled error after green tests): +1.
    expect(totals).toEqual({ passed: 24, failed: 3, failedTasks: ["@mux/core#typecheck", "@mux/jwt#test", "@mux/errors#test"] });
  });

  it("never reports a failed run as green", () => {
    expect(feed(["turbo: invalid turbo.json"], 1)).toMatchObject({ passed: 0, failed: 1 });
  });
});

it("summaryLine says N passed, N failed", () => {
  expect(summaryLine({ passed: 12, failed: 0, failedTasks: [] })).toBe("12 passed, 0 failed");
});
