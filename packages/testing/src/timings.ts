/** How long each lifecycle step takes in mock time, in milliseconds. */
export interface LifecycleTimings {
  /** An asset from a URL or an upload: `preparing` -> `ready`. Default 2000. */
  assetReadyMs: number;
  /** A track added to an asset: `preparing` -> `ready`. Default 1000. */
  trackReadyMs: number;
  /** MP4 / static renditions once the asset is ready (or once requested): `preparing` -> `ready`. Default 1000. */
  staticRenditionsReadyMs: number;
  /** Temporary master access: `preparing` -> `ready`. Default 1000. */
  masterReadyMs: number;
  /** A live stream's encoder connects (`connected`) -> the stream is `active` and recording. Default 1000. */
  liveActiveMs: number;
}

/** How long each lifecycle step takes when the mock is not told otherwise, in milliseconds. */
export const DEFAULT_TIMINGS: Readonly<LifecycleTimings> = Object.freeze({
  assetReadyMs: 2_000,
  trackReadyMs: 1_000,
  staticRenditionsReadyMs: 1_000,
  masterReadyMs: 1_000,
  liveActiveMs: 1_000,
});

/** Merges a test's timings over the defaults; a TypeError for a negative or non-finite value. */
export function resolveTimings(timings: Partial<LifecycleTimings> = {}): LifecycleTimings {
  const merged = { ...DEFAULT_TIMINGS, ...timings };
  for (const [name, value] of Object.entries(merged)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`timings.${name} must be a non-negative number of milliseconds.`);
    }
  }
  return merged;
}
