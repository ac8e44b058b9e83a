import { describe, expect, it } from "vitest";
import { serializeQuery } from "./query.js";

describe("serializeQuery", () => {
  it("writes arrays with brackets, nested objects by key, and leaves out undefined and null", () => {
    expect(serializeQuery({ timeframe: ["7:days"], filters: ["country:US", "os:iOS"], limit: 5, a: undefined, b: null })).toBe(
      "timeframe%5B%5D=7%3Adays&filters%5B%5D=country%3AUS&filters%5B%5D=os%3AiOS&limit=5",
    );
    expect(serializeQuery({ meta: { external_id: "x y" }, flag: false })).toBe("meta%5Bexternal_id%5D=x%20y&flag=false");
    expect(serializeQuery({})).toBe("");
  });
});
