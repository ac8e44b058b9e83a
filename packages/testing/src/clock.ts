/**
 * How a mock's time passes. `"manual"` (the default of `createMuxMock`): time stands still until a
 * test calls `mock.clock.advance(ms)` or `mock.clock.runAll()`, so lifecycles are deterministic
 * and tests never sleep. `"real"` (the default of the local server): lifecycles advance on their
 * own with real timers; `advance` still fast-forwards.
 */
export type ClockMode = "manual" | "real";

/** The clock of a mock: what lifecycles (an asset getting ready, a broadcast going idle) wait on. */
export interface MockClock {
  /** `"manual"` or `"real"`; see {@link ClockMode}. */
  readonly mode: ClockMode;
  /** The mock's current time in milliseconds since the Unix epoch. */
  now(): number;
  /** How many scheduled steps are waiting. */
  readonly pending: number;
  /**
   * Moves time forward by `ms`, running every step that falls due on the way, in order, and waits
   * until the webhooks they fire are delivered. Rejects with the first error a webhook listener threw.
   */
  advance(ms: number): Promise<void>;
  /** Runs every scheduled step (and the steps those schedule), then waits for webhook deliveries. */
  runAll(): Promise<void>;
}

interface Task {
  due: number;
  sequence: number;
  run: () => void | Promise<void>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** A step that was scheduled; `cancel` takes it out. */
export interface Scheduled {
  cancel(): void;
}

/** Hard stop for `runAll`, so a lifecycle that keeps scheduling itself cannot hang a test. */
const MAX_STEPS = 10_000;

/** The clock behind a mock: schedules lifecycle steps and runs them as time passes. */
export class Scheduler implements MockClock {
  readonly mode: ClockMode;
  #offset = 0;
  readonly #start: number;
  #tasks: Task[] = [];
  #sequence = 0;
  #running: Promise<void> = Promise.resolve();
  readonly #settle: () => Promise<void>;

  /** @param settle - waits for the work steps start in the background (webhook deliveries). */
  constructor(mode: ClockMode, settle: () => Promise<void> = async () => {}) {
    if (mode !== "manual" && mode !== "real") throw new TypeError('clock must be "manual" or "real".');
    this.mode = mode;
    this.#start = Date.now();
    this.#settle = settle;
  }

  now(): number {
    return (this.mode === "real" ? Date.now() : this.#start) + this.#offset;
  }

  get pending(): number {
    return this.#tasks.length;
  }

  /** Runs `run` once `delayMs` of mock time has passed. */
  schedule(delayMs: number, run: () => void | Promise<void>): Scheduled {
    const task: Task = { due: this.now() + Math.max(0, delayMs), sequence: ++this.#sequence, run, timer: undefined };
    this.#tasks.push(task);
    if (this.mode === "real") {
      task.timer = setTimeout(() => void this.#serially(() => this.#runTask(task)).catch(() => {}), Math.max(0, delayMs));
      (task.timer as { unref?: () => void }).unref?.();
    }
    return { cancel: () => this.#remove(task) };
  }

  advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) return Promise.reject(new TypeError("clock.advance: ms must be a non-negative number."));
    return this.#serially(async () => {
      const target = this.now() + ms;
      for (let steps = 0; steps < MAX_STEPS; steps++) {
        const next = this.#next();
        if (!next || next.due > target) break;
        this.#offset += Math.max(0, next.due - this.now());
        await this.#runTask(next);
        await this.#settle();
      }
      this.#offset += Math.max(0, target - this.now());
      await this.#settle();
    });
  }

  runAll(): Promise<void> {
    return this.#serially(async () => {
      for (let steps = 0; steps < MAX_STEPS; steps++) {
        const next = this.#next();
        if (!next) break;
        this.#offset += Math.max(0, next.due - this.now());
        await this.#runTask(next);
        await this.#settle();
      }
      await this.#settle();
    });
  }

  /** Drops every scheduled step and goes back to the start time. */
  reset(): void {
    for (const task of this.#tasks) clearTimeout(task.timer);
    this.#tasks = [];
    this.#offset = 0;
  }

  #next(): Task | undefined {
    let best: Task | undefined;
    for (const task of this.#tasks) {
      if (!best || task.due < best.due || (task.due === best.due && task.sequence < best.sequence)) best = task;
    }
    return best;
  }

  async #runTask(task: Task): Promise<void> {
    if (!this.#tasks.includes(task)) return;
    this.#remove(task);
    await task.run();
  }

  #remove(task: Task): void {
    clearTimeout(task.timer);
    this.#tasks = this.#tasks.filter((t) => t !== task);
  }

  /** One advance (or real-time step) at a time, so steps never interleave. */
  #serially(work: () => Promise<void>): Promise<void> {
    const result = this.#running.then(work);
    this.#running = result.catch(() => {});
    return result;
  }
}
