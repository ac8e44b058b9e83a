import { describe, expect, it } from "vitest";
import { call } from "../test-support/http.js";
import { useMock } from "../test-support/use-mock.js";

const DATA = "https://api.mux.com/data/v1/metrics";
const { mock } = useMock();

describe("Data metrics", () => {
  it("answer the same schema-valid numbers every time, for the timeframe asked", async () => {
    const first = await call(`${DATA}/video_startup_time/overall?timeframe[]=7:days`);
    const second = await call(`${DATA}/video_startup_time/overall?timeframe[]=7:days`);
    expect(first.status).toBe(200);
    expect((first.body as { data: unknown }).data).toEqual((second.body as { data: unknown }).data);
    const [start, end] = (first.body as { timeframe: number[] }).timeframe;
    expect((end ?? 0) - (start ?? 0)).toBe(7 * 86_400);
    expect((await call(`${DATA}/video_startup_time/overall?timeframe[]=1700000000&timeframe[]=1700003600`)).body).toMatchObject({ timeframe: [1700000000, 1700003600] });
  });

  it("report what a test set with mock.data.set, in every view of that metric only", async () => {
    mock.data.set("video_startup_time", { value: 812, total_views: 1200 });
    mock.data.set("video_startup_time", { breakdown: [{ field: "US", value: 900, views: 800 }] });
    expect((await call(`${DATA}/video_startup_time/overall`)).body).toMatchObject({ data: { value: 812, total_views: 1200 } });
    expect((await call(`${DATA}/video_startup_time/breakdown?group_by=country`)).body).toMatchObject({ data: [{ field: "US", value: 900, views: 800 }], total_row_count: 1 });
    expect((await call(`${DATA}/video_startup_time/timeseries`)).body).toMatchObject({ data: [[expect.any(String), 812, 1200]], meta: { granularity: "hour" } });
    expect((await call(`${DATA}/video_startup_time/insights`)).body).toMatchObject({ data: [{ metric: 812 }] });
    expect(((await call(`${DATA}/rebuffer_percentage/overall`)).body as { data: { value: number } }).data.value).not.toBe(812);
    expect(mock.data.get("video_startup_time")).toMatchObject({ value: 812, breakdown: [{ field: "US" }] });
    expect(() => mock.data.set("", { value: 1 })).toThrow(TypeError);
  });

  it("group a timeseries by the interval asked for, else by Mux's default for the timeframe", async () => {
    const granularity = async (query: string) =>
      ((await call(`${DATA}/views/timeseries?${query}`)).body as { meta: { granularity: string } }).meta.granularity;
    expect(await granularity("timeframe[]=60:minutes")).toBe("minute");
    expect(await granularity("timeframe[]=6:hours")).toBe("ten_minutes");
    expect(await granularity("timeframe[]=15:days")).toBe("hour");
    expect(await granularity("timeframe[]=30:days")).toBe("day");
    expect(await granularity("timeframe[]=30:days&group_by=hour")).toBe("hour");
  });
});
