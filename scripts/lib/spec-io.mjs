// Reading and writing descriptions: YAML or JSON in, deterministic YAML out.
import { parse, stringify } from "yaml";

/** Parses a YAML or JSON description; `name` is used in the error message. */
export function parseDescription(text, name) {
  try {
    return parse(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new Error(`${name} is not valid YAML or JSON: ${error.message}`);
  }
}

/** The YAML text of a description, with a header saying how it was made. */
export function stringifySpec(document, origin) {
  const header = [
    `# Written by ${origin}.`,
    "# Do not edit by hand: change spec/overlays/, spec/sdk-names.yaml or spec/sdk-types.yaml and run `pnpm spec:import`.",
    "",
  ].join("\n");
  return header + stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}
