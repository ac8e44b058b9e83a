import { expect, it } from "vitest";
import { plural } from "./plural.js";

it("pluralises by count", () => {
  expect(plural(1, "key")).toBe("1 key");
  expect(plural(0, "key")).toBe("0 keys");
  expect(plural(2, "page")).toBe("2 pages");
  expect(plural(1, "entry", "entries")).toBe("1 entry");
  expect(plural(3, "entry", "entries")).toBe("3 entries");
});
