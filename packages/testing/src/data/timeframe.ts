const UNITS: Record<string, number> = { minutes: 60, hours: 3600, days: 86_400 };

/**
 * The `[start, end]` (Unix seconds) a Data request asks for: `timeframe[]=7:days` (relative to
 * the mock's clock) or two Unix timestamps; the last 24 hours when it says nothing usable.
 */
export function timeframeOf(url: URL, nowMs: number): [number, number] {
  const now = Math.floor(nowMs / 1000);
  const values = [...url.searchParams.getAll("timeframe[]"), ...url.searchParams.getAll("timeframe")];
  const relative = values.length === 1 ? /^(\d+):(minutes|hours|days)$/.exec(values[0] ?? "") : null;
  if (relative) return [now - Number(relative[1]) * (UNITS[relative[2] ?? "days"] ?? 86_400), now];
  if (values.length === 2 && values.every((v) => /^\d+$/.test(v))) return [Number(values[0]), Number(values[1])];
  return [now - 86_400, now];
}

/** The interval a timeseries groups by: the request's `group_by`, else Mux's default for the timeframe's length. */
export function granularityOf(url: URL, [start, end]: readonly [number, number]): string {
  const asked = url.searchParams.get("group_by");
  if (asked) return asked;
  const seconds = end - start;
  if (seconds < 90 * 60) return "minute";
  if (seconds <= 6 * 3600) return "ten_minutes";
  if (seconds <= 15 * 86_400) return "hour";
  return "day";
}
