import { defaultResponse } from "@mux/testing";
import { describe, expect, it } from "vitest";
import { defaultAnswers } from "./generated/operations.js";
import { operationIds } from "./operation.js";
import { specValidator } from "./test-support/spec-validator.js";

const spec = specValidator();

describe("every operation's default answer", () => {
  it("covers every operation of the spec", () => {
    expect([...spec.operations.keys()].sort()).toEqual([...operationIds].sort());
    expect(operationIds.length).toBeGreaterThanOrEqual(171);
  });

  it("rejects a body that breaks the schema (the validator is live)", () => {
    expect(spec.errors("get-asset", 200, { data: { status: "melted" } })).not.toEqual([]);
    expect(spec.errors("list-signing-keys", 200, { data: {} })).not.toEqual([]);
    expect(spec.errors("get-whoami", 401, { error: { type: "unauthorized", messages: ["no"] } })).toEqual([]);
  });

  it.each(operationIds)("%s validates against its response schema", async (operationId) => {
    const answer = defaultAnswers[operationId];
    const response = defaultResponse(operationId);
    expect(response.status).toBe(answer.status);
    if (answer.mediaType !== "application/json") return;
    const body: unknown = await response.json();
    expect(spec.errors(operationId, answer.status, body)).toEqual([]);
  });
});
