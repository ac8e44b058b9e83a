import type { components } from "@mux/core";

type OverallValues = components["schemas"]["OverallValues"];
type BreakdownValue = components["schemas"]["BreakdownValue"];
type Insight = components["schemas"]["Insight"];

/**
 * The numbers a test wants a Data metric to report. Unset fields keep the fake's defaults.
 * `value` is the overall value, and also every breakdown row's, timeseries point's and insight's
 * value unless `breakdown`, `timeseries` or `insights` say otherwise.
 */
export interface MetricValues extends Partial<OverallValues> {
  /** The rows of `list-breakdown-values` for this metric (fields left out keep the default row's). */
  breakdown?: Partial<BreakdownValue>[];
  /** The points of `get-metric-timeseries-data`. */
  timeseries?: { date: string; value: number; views: number }[];
  /** The rows of `list-insights` (fields left out keep the default row's). */
  insights?: Partial<Insight>[];
}

/** The metric values tests have set on one mock, by metric id (`video_startup_time`...). */
export class MetricValuesStore {
  readonly #values = new Map<string, MetricValues>();

  set(metricId: string, values: MetricValues): void {
    if (typeof metricId !== "string" || metricId === "") throw new TypeError("data.set: metricId must be a metric id such as \"video_startup_time\".");
    if (values === null || typeof values !== "object") throw new TypeError("data.set: values must be an object such as { value: 812 }.");
    this.#values.set(metricId, { ...this.#values.get(metricId), ...structuredClone(values) });
  }

  get(metricId: string): MetricValues | undefined {
    const values = this.#values.get(metricId);
    return values && structuredClone(values);
  }

  clear(): void {
    this.#values.clear();
  }
}
