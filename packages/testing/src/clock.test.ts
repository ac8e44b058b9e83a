import { describe, expect, it } from "vitest";
import { Scheduler } from "./clock.js";

describe("the mock clock", () => {
  it("manual: runs steps in due order as time is advanced, and steps they schedule", async () => {
    const clock = new Scheduler("manual");
    const start = clock.now();
    const ran: string[] = [];
    clock.schedule(200, () => void ran.push("b"));
    clock.schedule(100, () => {
      ran.push("a");
      clock.schedule(50, () => void ran.push("a+50"));
    });
    clock.schedule(200, () => void ran.push("b2"));
    await clock.advance(99);
    expect(ran).toEqual([]);
    expect(clock.now() - start).toBe(99);
    await clock.advance(101);
    expect(ran).toEqual(["a", "a+50", "b", "b2"]);
    expect(clock.now() - start).toBe(200);
    expect(clock.pending).toBe(0);
  });

  it("runAll runs everything; cancel and reset drop steps; bad input is a TypeError", async () => {
    const clock = new Scheduler("manual");
    const ran: number[] = [];
    clock.schedule(10_000, () => void ran.push(1));
    clock.schedule(5, () => void ran.push(2)).cancel();
    await clock.runAll();
    expect(ran).toEqual([1]);
    clock.schedule(1, () => void ran.push(3));
    clock.reset();
    await clock.runAll();
    expect(ran).toEqual([1]);
    await expect(clock.advance(-1)).rejects.toThrow(TypeError);
    expect(() => new Scheduler("fast" as "manual")).toThrow(TypeError);
  });

  it("waits for background work (webhook deliveries) after each step", async () => {
    const order: string[] = [];
    let pending: Promise<void> = Promise.resolve();
    const clock = new Scheduler("manual", () => pending);
    clock.schedule(1, () => {
      pending = new Promise((resolve) => setTimeout(() => resolve(void order.push("delivered")), 5));
    });
    await clock.advance(1);
    order.push("advanced");
    expect(order).toEqual(["delivered", "advanced"]);
  });

  it("real: steps run on their own after their delay, and advance fast-forwards", async () => {
    const clock = new Scheduler("real");
    const ran: string[] = [];
    clock.schedule(5, () => void ran.push("soon"));
    clock.schedule(60_000, () => void ran.push("later"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toEqual(["soon"]);
    await clock.advance(60_000);
    expect(ran).toEqual(["soon", "later"]);
    clock.reset();
  });
});
