import { generateKeyMaterial, type KeyMaterial } from "./rsa.js";

/** How many ready key pairs the pool tries to hold. */
const TARGET_SIZE = 4;

/**
 * RSA-2048 generation costs tens of milliseconds. The pool keeps a few pairs ready and
 * refills itself in the background, one pair at a time, so most creates take a ready pair.
 * Nothing happens until the first `take()`: importing the package starts no work.
 */
export class KeyPool {
  readonly #ready: KeyMaterial[] = [];
  #refilling = false;
  readonly #targetSize: number;
  readonly #generate: () => Promise<KeyMaterial>;

  constructor(targetSize = TARGET_SIZE, generate: () => Promise<KeyMaterial> = generateKeyMaterial) {
    this.#targetSize = targetSize;
    this.#generate = generate;
  }

  /** Number of pairs ready right now. */
  get readySize(): number {
    return this.#ready.length;
  }

  /** A pair that has never been handed out before: a ready one if there is one, else a fresh one. */
  async take(): Promise<KeyMaterial> {
    const ready = this.#ready.shift();
    // Start the caller's own pair before the refill so it is not queued behind it.
    const pair = ready ? Promise.resolve(ready) : this.#generate();
    this.#refill();
    return pair;
  }

  #refill(): void {
    if (this.#refilling || this.#ready.length >= this.#targetSize) return;
    this.#refilling = true;
    const step = (): void => {
      if (this.#ready.length >= this.#targetSize) {
        this.#refilling = false;
        return;
      }
      this.#generate().then(
        (material) => {
          this.#ready.push(material);
          step();
        },
        () => {
          // A failed background generation is not fatal: take() generates on demand.
          this.#refilling = false;
        },
      );
    };
    step();
  }
}

/** The pool every mock in this JavaScript realm shares, so each new mock starts warm. */
export const sharedKeyPool = new KeyPool();
