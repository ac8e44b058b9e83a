/**
 * Experiment (not part of `pnpm bench`): the cost of yielding 5,000 items
 * (50 pages of 100) through different async-iterator shapes, no I/O.
 * Usage: node src/experiments/async-iteration.mjs
 */
import { median, nowMs } from "../lib/stats.mjs";

const pages = Array.from({ length: 50 }, (_, p) => Array.from({ length: 100 }, (_, i) => ({ id: `k${p * 100 + i}` })));

async function* iterPages() {
  for (const page of pages) {
    await null; // stands in for the request of each page
    yield page;
  }
}

/** The shape @mux/core (and the official SDK) use: an async generator delegating to each page with yield*. */
async function* nestedYieldStar() {
  for await (const page of iterPages()) yield* page;
}

/** A hand-written iterator: items of the current page come from a plain, non-async next(). */
function handWritten() {
  let p = 0;
  let i = 0;
  let current = pages[0];
  const done = { done: true, value: undefined };
  const iterator = {
    [Symbol.asyncIterator]: () => iterator,
    next() {
      if (i < current.length) return Promise.resolve({ done: false, value: current[i++] });
      return (async () => {
        if (++p >= pages.length) return done;
        await null; // the next page's request
        current = pages[p];
        i = 0;
        return { done: false, value: current[i++] };
      })();
    },
  };
  return iterator;
}

async function plainLoopOverPages() {
  let n = 0;
  for await (const page of iterPages()) for (const _item of page) n++;
  return n;
}

const variants = {
  "async generator + yield* (current)": async () => {
    let n = 0;
    for await (const _item of nestedYieldStar()) n++;
    return n;
  },
  "hand-written async iterator": async () => {
    let n = 0;
    for await (const _item of handWritten()) n++;
    return n;
  },
  "iterPages + plain loop (floor)": plainLoopOverPages,
};
const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
for (let w = 0; w < 30; w++) for (const f of Object.values(variants)) await f();
for (let r = 0; r < 100; r++) {
  for (const [k, f] of Object.entries(variants)) {
    const t = nowMs();
    if ((await f()) !== 5000) throw new Error(`${k}: wrong count`);
    samples[k].push(nowMs() - t);
  }
}
for (const [k, v] of Object.entries(samples)) console.log(`${k.padEnd(40)} ${median(v).toFixed(3)} ms per 5,000 items`);
