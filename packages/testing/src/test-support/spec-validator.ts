// Validates bodies against the spec's own JSON Schemas (OpenAPI 3.1 is JSON Schema 2020-12), so
// tests can prove that what the fake answers is what the description promises.
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";

const SPEC_PATH = new URL("../../../../spec/mux.openapi.yaml", import.meta.url);

type Json = Record<string, unknown>;

/** JSON Pointer escaping of one segment. */
const pointerSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Numeric formats the spec uses as annotations; their values are checked by `type` already. */
const ANNOTATION_FORMATS = ["int32", "int64", "float", "double", "boolean", "byte", "binary"];

export interface SpecValidator {
  /** The parsed description. */
  readonly document: Json;
  /** Every operation: id, method, path and its documented statuses. */
  readonly operations: ReadonlyMap<string, { method: string; path: string }>;
  /**
   * Errors of `body` against the JSON schema operation `operationId` documents for `status`
   * (empty when valid); undefined when that response has no JSON body.
   */
  errors(operationId: string, status: number, body: unknown): string[] | undefined;
  /** Errors of `value` against `#/components/schemas/<name>`. */
  schemaErrors(name: string, value: unknown): string[];
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}${e.params && "allowedValues" in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ""}`);
}

let cached: SpecValidator | undefined;

/** The validator for spec/mux.openapi.yaml (parsed and compiled once per test file). */
export function specValidator(): SpecValidator {
  if (cached) return cached;
  const document = parse(readFileSync(SPEC_PATH, "utf8")) as Json;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  for (const format of ANNOTATION_FORMATS) ajv.addFormat(format, true);
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addSchema(document, "mux.json");

  const operations = new Map<string, { method: string; path: string; pointer: string }>();
  const paths = document.paths as Record<string, Record<string, Json>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const operation = item[method];
      if (operation) operations.set(operation.operationId as string, { method: method.toUpperCase(), path, pointer: `/paths/${pointerSegment(path)}/${method}` });
    }
  }
  const compiled = new Map<string, ValidateFunction | null>();

  const responsePointer = (operationId: string, status: number): string | undefined => {
    const op = operations.get(operationId);
    if (!op) throw new Error(`No operation ${operationId} in the spec.`);
    const responses = (paths[op.path]![op.method.toLowerCase()] as Json).responses as Record<string, Json>;
    const key = String(status) in responses ? String(status) : status >= 500 && "5XX" in responses ? "5XX" : undefined;
    if (key === undefined) throw new Error(`${operationId} documents no ${status} response.`);
    let response = responses[key]!;
    let pointer = `${op.pointer}/responses/${pointerSegment(key)}`;
    if (typeof response.$ref === "string") {
      pointer = response.$ref.slice(1);
      const name = pointer.split("/").pop()!;
      response = ((document.components as Json).responses as Record<string, Json>)[name]!;
    }
    const content = response.content as Record<string, unknown> | undefined;
    if (!content?.["application/json"]) return undefined;
    return `${pointer}/content/application~1json/schema`;
  };

  const validatorAt = (pointer: string): ValidateFunction => {
    let fn = compiled.get(pointer);
    if (!fn) {
      fn = ajv.getSchema(`mux.json#${pointer}`) ?? null;
      if (!fn) throw new Error(`Cannot compile the schema at ${pointer}.`);
      compiled.set(pointer, fn);
    }
    return fn;
  };

  cached = {
    document,
    operations,
    errors(operationId, status, body) {
      const pointer = responsePointer(operationId, status);
      if (pointer === undefined) return undefined;
      const validate = validatorAt(pointer);
      return validate(body) ? [] : describe(validate.errors);
    },
    schemaErrors(name, value) {
      const validate = validatorAt(`/components/schemas/${pointerSegment(name)}`);
      return validate(value) ? [] : describe(validate.errors);
    },
  };
  return cached;
}
