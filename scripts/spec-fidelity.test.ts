import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compareSpecs, operationFacts } from "./lib/spec-facts.mjs";
import { OUR_SPEC, referenceSpecPath } from "./test-support/paths.js";

const reference = await referenceSpecPath();

async function load(path: string) {
  return parse(await readFile(path, "utf8"));
}

describe("spec/mux.openapi.yaml", () => {
  it("is OpenAPI 3.1 with a unique operationId on every operation", async () => {
    const spec = await load(OUR_SPEC);
    expect(spec.openapi).toMatch(/^3\.1\./);
    const ids: string[] = [];
    for (const item of Object.values(spec.paths) as Record<string, { operationId?: string }>[]) {
      for (const [key, op] of Object.entries(item)) if (key !== "parameters") ids.push(op.operationId ?? "");
    }
    expect(ids).toHaveLength(5);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares Basic and Bearer security schemes", async () => {
    const spec = await load(OUR_SPEC);
    expect(spec.components.securitySchemes.accessToken).toMatchObject({ type: "http", scheme: "basic" });
    expect(spec.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("describes whoami, which the reference lacks", async () => {
    const facts = operationFacts(await load(OUR_SPEC)).get("GET /system/v1/whoami");
    expect(facts?.success).toEqual({
      status: 200,
      body: {
        properties: ["data"],
        dataIsArray: false,
        dataProperties: [
          "access_token_name",
          "environment_id",
          "environment_name",
          "environment_type",
          "organization_id",
          "organization_name",
          "permissions",
        ],
      },
    });
  });
});

describe.skipIf(reference === null)("fidelity to Mux's own description", () => {
  it("agrees on every fact of every operation both describe", async () => {
    const { shared, differences } = compareSpecs(await load(OUR_SPEC), await load(reference!));
    expect(shared).toEqual([
      "DELETE /system/v1/signing-keys/{SIGNING_KEY_ID}",
      "GET /system/v1/signing-keys",
      "GET /system/v1/signing-keys/{SIGNING_KEY_ID}",
      "POST /system/v1/signing-keys",
    ]);
    expect(differences).toEqual([]);
  });

  it.each([
    ["the limit default", (s: any) => { s.components.parameters.limit.schema.default = 30; }],
    ["the page parameter's location", (s: any) => { s.components.parameters.page.in = "header"; }],
    ["the create status", (s: any) => { const p = s.paths["/system/v1/signing-keys"].post.responses; p["200"] = p["201"]; delete p["201"]; }],
    ["a response property name", (s: any) => { s.components.schemas.SigningKey.properties.createdAt = s.components.schemas.SigningKey.properties.created_at; delete s.components.schemas.SigningKey.properties.created_at; }],
    ["the path parameter's name", (s: any) => { s.components.parameters.signing_key_id.name = "ID"; }],
  ])("notices a changed fact: %s", async (_label, mutate) => {
    const ours = await load(OUR_SPEC);
    mutate(ours);
    const { differences } = compareSpecs(ours, await load(reference!));
    expect(differences.length).toBeGreaterThan(0);
  });
});
