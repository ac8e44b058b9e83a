import { expect, it } from "vitest";
import { loadOnce } from "./load-once.js";

it("loads once and shares the promise between callers", async () => {
  let loads = 0;
  const load = loadOnce(async () => ({ n: ++loads }));
  const [a, b] = await Promise.all([load(), load()]);
  expect(a).toBe(b);
  expect(await load()).toBe(a);
  expect(loads).toBe(1);
});

it("forgets a failed load, so the next call tries again", async () => {
  let loads = 0;
  const load = loadOnce(async () => {
    loads += 1;
    if (loads === 1) throw new Error("chunk not fetched");
    return "module";
  });
  await expect(load()).rejects.toThrow("chunk not fetched");
  await expect(load()).resolves.toBe("module");
  await expect(load()).resolves.toBe("module");
  expect(loads).toBe(2);
});
