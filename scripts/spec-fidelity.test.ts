import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareSpecs, operationFacts } from "./lib/spec-facts.mjs";
import { OUR_SPEC, REFERENCE_FACTS } from "./test-support/paths.js";

async function load(path: string) {
  return parse(await readFile(path, "utf8"));
}

const METHODS = ["get", "put", "post", "patch", "delete"];

describe("spec/mux.openapi.yaml", () => {
  it("is OpenAPI 3.1 with a unique operationId on every operation", async () => {
    const spec = await load(OUR_SPEC);
    expect(spec.openapi).toMatch(/^3\.1\./);
    const ids: string[] = [];
    for (const item of Object.values(spec.paths) as Record<string, { operationId?: string }>[]) {
      for (const [key, op] of Object.entries(item)) if (METHODS.includes(key)) ids.push(op.operationId ?? "");
    }
    expect(ids.length).toBeGreaterThanOrEqual(171);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("names every operation the SDK way, except the deprecated ones the SDK dropped", async () => {
    const spec = await load(OUR_SPEC);
    const unnamed: string[] = [];
    for (const [path, item] of Object.entries(spec.paths) as [string, Record<string, Record<string, unknown>>][]) {
      for (const method of METHODS) {
        const op = item[method];
        if (op && !op["x-mux-sdk"]) {
          expect(op.deprecated, `${method} ${path}`).toBe(true);
          unnamed.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(unnamed).toHaveLength(16);
  });

  it("declares Basic and Bearer security schemes", async () => {
    const spec = await load(OUR_SPEC);
    expect(spec.components.securitySchemes.accessToken).toMatchObject({ type: "http", scheme: "basic" });
    expect(spec.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes whoami, which the reference lacks", async () => {
    const facts = operationFacts(await load(OUR_SPEC)).get("GET /system/v1/whoami");
    expect(facts?.success).toMatchObject({ status: 200, body: { properties: ["data"], dataIsArray: false } });
    expect(facts?.success.body?.dataProperties).toEqual(
      expect.arrayContaining(["environment_id", "organization_id", "permissions"]),
    );
  });
});

describe("fidelity to Mux's own description", () => {
  it("agrees on every fact of every operation both describe", async () => {
    const { shared, differences } = compareSpecs(await load(OUR_SPEC), await load(REFERENCE_FACTS));
    expect(shared).toHaveLength(91);
    expect(differences).toEqual([]);
  });

  it.each([
    ["the limit default", (s: any) => { s.components.parameters.limit.schema.default = 30; }],
    ["a parameter's location", (s: any) => { s.components.parameters.page.in = "header"; }],
    ["the create status", (s: any) => { const p = s.paths["/system/v1/signing-keys"].post.responses; p["200"] = p["201"]; delete p["201"]; }],
    ["a response property name", (s: any) => { s.components.schemas.SigningKey.properties.createdAt = s.components.schemas.SigningKey.properties.created_at; delete s.components.schemas.SigningKey.properties.created_at; }],
    ["a path parameter's name", (s: any) => { s.components.parameters.signing_key_id.name = "ID"; }],
    ["a required query parameter", (s: any) => { s.paths["/video/v1/assets"].get.parameters.push({ name: "x", in: "query", required: true, schema: { type: "string" } }); }],
  ])("notices a changed fact: %s", async (_label, mutate) => {
    const ours = await load(OUR_SPEC);
    mutate(ours);
    const { differences } = compareSpecs(ours, await load(REFERENCE_FACTS));
    expect(differences.length).toBeGreaterThan(0);
  });
});
