/** Throughput benchmarks rated against a floor: shared by the JWT and webhook benches. */
import { nowMs, rotate, summarize } from "./stats.mjs";

/** Calls `fn(i)` for i = 0..count-1, `inFlight` calls at a time; returns calls per second. */
export async function measureRate(fn, count, inFlight) {
  const start = nowMs();
  if (inFlight === 1) {
    for (let i = 0; i < count; i++) await fn(i);
  } else {
    let next = 0;
    const worker = async () => {
      while (next < count) await fn(next++);
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  }
  return (count * 1000) / (nowMs() - start);
}

/**
 * Measures every contender that is not skipped in `rounds` rotated rounds of `perRound` calls
 * (`fn(i)`), and returns one row per contender rated against the first one (the floor): a skipped
 * contender's row only says why. `ours`, sequential, must reach `minRatio` of the floor.
 */
export async function rowsAgainstFloor({ bench, unit, contenders, rounds, perRound, inFlight, minRatio, note }) {
  const live = contenders.filter((c) => !c.skip);
  const samples = new Map(live.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of rotate(live, round)) samples.get(c.name).push(await measureRate(c.fn, perRound, inFlight));
  }
  const floorRate = summarize(samples.get(contenders[0].name)).median;
  return contenders.map((c) => {
    const row = { bench, contender: c.name, metric: `${unit}/s, ${inFlight === 1 ? "sequential" : "8 in flight"}` };
    if (c.skip) return { ...row, note: c.skip };
    const s = summarize(samples.get(c.name));
    const target = c.name === "ours" && inFlight === 1 ? `>=${minRatio.toFixed(2)}x floor` : undefined;
    return {
      ...row,
      ...s,
      format: (n) => n.toFixed(0),
      ratio: c.reference ? undefined : s.median / floorRate,
      ratioOf: "floor",
      target,
      pass: target ? s.median / floorRate >= minRatio : undefined,
      ...(note ? { note } : {}),
    };
  });
}
