import { defaultAnswers } from "../generated/operations.js";
import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import type { MuxSuccessBody } from "../override.js";
import { muxResponse } from "../respond.js";
import type { MetricValues } from "./metric-values.js";
import { granularityOf, timeframeOf } from "./timeframe.js";

type Sampled = "get-overall-values" | "list-breakdown-values" | "list-insights";

/** A deep copy of an operation's sampled default body (schema-valid, checked by a test), typed as its answer. */
function sampled<Id extends Sampled>(operationId: Id): MuxSuccessBody<Id> {
  return structuredClone(defaultAnswers[operationId].body) as MuxSuccessBody<Id>;
}

/**
 * The metric operations: their sampled answers (deterministic and schema-valid), with the
 * timeframe the request asked for, and the numbers a test set with `mock.data.set(metricId, ...)`.
 */
export function metricOperations(state: MockState): OperationTable {
  const values = (params: Readonly<Record<string, string>>): MetricValues => state.metrics.get(params.METRIC_ID ?? "") ?? ({} as MetricValues);
  return {
    "get-overall-values": ({ url, params }) => {
      const { breakdown: _b, timeseries: _t, insights: _i, ...overall } = values(params);
      const body = sampled("get-overall-values");
      return muxResponse("get-overall-values", 200, { ...body, data: { ...body.data, ...overall }, timeframe: timeframeOf(url, state.clock.now()) });
    },
    "list-breakdown-values": ({ url, params }) => {
      const set = values(params);
      const body = sampled("list-breakdown-values");
      const [template] = body.data;
      const rows = set.breakdown
        ? set.breakdown.map((row) => ({ ...template!, ...row }))
        : body.data.map((row) => (set.value === undefined ? row : { ...row, value: set.value }));
      return muxResponse("list-breakdown-values", 200, { data: rows, timeframe: timeframeOf(url, state.clock.now()), total_row_count: rows.length });
    },
    "get-metric-timeseries-data": ({ url, params }) => {
      const set = values(params);
      const timeframe = timeframeOf(url, state.clock.now());
      const [start] = timeframe;
      const points = (set.timeseries ?? [{ date: new Date(start * 1000).toISOString(), value: set.value ?? 1, views: set.total_views ?? 1 }]).map(
        (p) => [p.date, p.value, p.views],
      );
      return muxResponse("get-metric-timeseries-data", 200, {
        data: points,
        meta: { granularity: granularityOf(url, timeframe) },
        timeframe,
        total_row_count: points.length,
      });
    },
    "list-insights": ({ url, params }) => {
      const set = values(params);
      const body = sampled("list-insights");
      const [template] = body.data;
      const rows = set.insights
        ? set.insights.map((row) => ({ ...template!, ...row }))
        : body.data.map((row) => (set.value === undefined ? row : { ...row, metric: set.value }));
      return muxResponse("list-insights", 200, { ...body, data: rows, timeframe: timeframeOf(url, state.clock.now()), total_row_count: rows.length });
    },
  };
}
