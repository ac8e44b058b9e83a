/**
 * Thrown by a fake's logic for input Mux would refuse; the pipeline answers it as Mux does:
 * `400 {"error":{"type":"invalid_parameters","messages":[...]}}`.
 */
export class InvalidParameters extends Error {
  readonly messages: readonly string[];

  constructor(...messages: string[]) {
    super(messages.join(" "));
    this.name = "InvalidParameters";
    this.messages = messages;
  }
}

/** A JSON value read from a request body or query, narrowed by the helpers below. */
export type Fields = Readonly<Record<string, unknown>>;

/** The request body as an object: `{}` when there is none; 400 when it is not a JSON object. */
export function objectBody(body: unknown, required = false): Fields {
  if (body === undefined && !required) return {};
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new InvalidParameters("The request body must be a JSON object.");
  }
  return body as Fields;
}

/** An optional string field; 400 when present and not a string. */
export function optionalString(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new InvalidParameters(`${name} must be a string.`);
  return value;
}

/** A required, non-empty string field. */
export function requiredString(fields: Fields, name: string): string {
  const value = optionalString(fields, name);
  if (value === undefined || value === "") throw new InvalidParameters(`${name} is required.`);
  return value;
}

/** An optional boolean field. */
export function optionalBoolean(fields: Fields, name: string): boolean | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") throw new InvalidParameters(`${name} must be true or false.`);
  return value;
}

/** An optional number field within bounds. */
export function optionalNumber(fields: Fields, name: string, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY): number | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new InvalidParameters(`${name} must be a number between ${min} and ${max}.`);
  }
  return value;
}

/** An optional field that must be one of `values`. */
export function optionalEnum<const V extends string>(fields: Fields, name: string, values: readonly V[]): V | undefined {
  const value = optionalString(fields, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw new InvalidParameters(`${name} must be one of ${values.join(", ")}.`);
  return value as V;
}

/** An optional object field. */
export function optionalObject(fields: Fields, name: string): Fields | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw new InvalidParameters(`${name} must be an object.`);
  return value as Fields;
}

/** An optional list of objects. */
export function optionalObjects(fields: Fields, name: string): Fields[] | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => item === null || typeof item !== "object" || Array.isArray(item))) {
    throw new InvalidParameters(`${name} must be a list of objects.`);
  }
  return value as Fields[];
}
