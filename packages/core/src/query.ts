/**
 * Writes a query string the way Mux expects it, and the way the official SDK writes it: arrays
 * as repeated `name[]=value`, nested objects as `name[key]=value`, everything else as
 * `name=value`; `undefined` and `null` are left out. Names and values are percent-encoded.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) add(`${name}[]`, item);
    } else if (typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) add(`${name}[${key}]`, inner);
    } else {
      parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [name, value] of Object.entries(query)) add(name, value);
  return parts.join("&");
}
