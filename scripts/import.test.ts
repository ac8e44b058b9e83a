import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { applyNaming, muxFacts } from "./lib/import.mjs";
import { applyOverlay, parseTarget } from "./lib/overlay.mjs";
import { IMPORTER, OUR_SPEC, REFERENCE_FACTS, referenceSpecPath } from "./test-support/paths.js";

const run = promisify(execFile);
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function importer(args: string[]) {
  const dir = await mkdtemp(join(tmpdir(), "mux-import-"));
  temps.push(dir);
  const out = join(dir, "out.yaml");
  await run(process.execPath, [IMPORTER, ...args, "--out", out]);
  return readFile(out, "utf8");
}

const overlay = (actions: unknown[]) => ({ overlay: "1.0.0", info: { title: "t", version: "1" }, actions });

describe("overlays", () => {
  it("parses the JSONPath subset and refuses the rest by name", () => {
    expect(parseTarget("$.paths['/a/{B}'].get")).toEqual(["paths", { key: "/a/{B}" }, "get"]);
    expect(parseTarget("$.paths.*.get")).toEqual(["paths", "*", "get"]);
    expect(() => parseTarget("$..description")).toThrow(/does not support/);
    expect(() => parseTarget("paths")).toThrow(/must start with "\$"/);
  });

  it("merges objects, appends arrays, removes, and reports targets that match nothing", () => {
    const doc = { paths: { "/a": { get: { tags: ["A"], responses: {} } }, "/b": { post: { responses: {} } } } };
    const unmatched = applyOverlay(
      doc,
      overlay([
        { target: "$.paths['/a'].get", update: { tags: ["B"], deprecated: true } },
        { target: "$.paths.*.*.responses", update: { "401": { description: "no" } } },
        { target: "$.paths['/b']", remove: true },
        { target: "$.paths['/missing']", update: { x: 1 } },
      ]),
    );
    expect(doc).toEqual({ paths: { "/a": { get: { tags: ["A", "B"], deprecated: true, responses: { "401": { description: "no" } } } } } });
    expect(unmatched).toEqual(["$.paths['/missing']"]);
  });

  it("refuses a document that is not an overlay", () => {
    expect(() => applyOverlay({}, { actions: [] }, "x.yaml")).toThrow(/x\.yaml is not an OpenAPI Overlay/);
  });
});

describe("the facts of a description", () => {
  it("drops prose and vendor extensions but keeps properties whose names look like keywords", () => {
    const facts = muxFacts({
      openapi: "3.0.3",
      info: { title: "T", version: "v1", description: "words" },
      "x-logo": {},
      tags: [{ name: "A", description: "words" }],
      paths: { "/a": { get: { summary: "s", description: "d", operationId: "a", responses: { "200": { description: "OK" } } } } },
      components: {
        schemas: {
          Thing: {
            type: "object",
            description: "words",
            example: { title: "x" },
            properties: { description: { type: "string", description: "words" }, title: { type: "string", nullable: true } },
          },
        },
      },
    });
    expect(facts).toEqual({
      openapi: "3.1.0",
      info: { title: "Mux API", version: "v1" },
      paths: { "/a": { get: { operationId: "a", responses: { "200": {} } } } },
      components: {
        schemas: { Thing: { type: "object", properties: { description: { type: "string" }, title: { type: ["string", "null"] } } } },
      },
      tags: [{ name: "A" }],
    });
  });

  it("refuses what is not an OpenAPI 3.0/3.1 description", () => {
    expect(() => muxFacts({ swagger: "2.0", paths: {} })).toThrow(/Only OpenAPI 3\.0 and 3\.1/);
    expect(() => muxFacts({ openapi: "3.0.0" })).toThrow(/no `paths`/);
  });

  it("matches operations to SDK names by method and path shape, and lists names left over", () => {
    const doc = { paths: { "/v/{ID}": { get: { operationId: "g" } } } };
    const left = applyNaming(doc, {
      groups: { "video.things": { package: "things", class: "Things", noun: "Thing", plural: "Things" } },
      operations: {
        "GET /v/{THING_ID}": { group: "video.things", method: "retrieve", function: "retrieveThing", summary: "Gets a thing." },
        "DELETE /v/{THING_ID}": { group: "video.things", method: "delete", function: "deleteThing" },
      },
    });
    expect(doc.paths["/v/{ID}"].get).toEqual({
      operationId: "g",
      summary: "Gets a thing.",
      "x-mux-sdk": { group: "video.things", method: "retrieve", function: "retrieveThing" },
    });
    expect(left).toEqual(["DELETE /v/{THING_ID}"]);
  });
});

const reference = await referenceSpecPath();

describe("pnpm spec:import", { timeout: 90_000 }, () => {
  it("reproduces spec/mux.openapi.yaml byte for byte from the facts of Mux's description", async () => {
    expect(await importer([REFERENCE_FACTS])).toBe(await readFile(OUR_SPEC, "utf8"));
  });

  it.skipIf(reference === null)("keeps the facts fixture equal to the facts of Mux's description itself", async () => {
    expect(parse(await importer([reference!, "--facts-only"]))).toEqual(parse(await readFile(REFERENCE_FACTS, "utf8")));
  });
});
