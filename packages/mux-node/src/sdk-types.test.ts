// Every type the official SDK (@mux/mux-node 15.3.0) exports from a resource module exists under
// the same name in the umbrella's type namespace, as the official SDK files it:
//   resources/<area>/**  -> Mux.<Area>.<Name>   (Mux.Video.Asset, Mux.Robots.RunCreateParams)
//   resources/shared.ts  -> Mux.<Name>          (Mux.PlaybackId)
// The names are read from the official SDK's sources each run, so a type a new SDK version adds
// fails here until spec/sdk-types.yaml (scripts/tools/sdk-types.mjs) gives it a counterpart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Names that truly have no counterpart in our packages, as "<Area>.<Name>" (or "<Name>" for the
 * shared module), each with the reason. Keep it empty unless a type is the SDK client's own
 * machinery rather than the API's.
 */
const EXCEPTIONS: Record<string, string> = {};

const require = createRequire(import.meta.url);
const OFFICIAL = join(dirname(require.resolve("official-mux-node")), "src/resources");
const HERE = dirname(fileURLToPath(import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".ts") ? [path] : [];
    });
}

/** "<Area>.<Name>" for every `export interface` / `export type` of a resource module. */
function officialNames(): string[] {
  const names = new Set<string>();
  for (const file of walk(OFFICIAL)) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const parts = relative(OFFICIAL, file).replace(/\.ts$/, "").split(/[\\/]/);
    const area = parts.length === 1 && parts[0] === "shared" ? "" : `${parts[0]!.charAt(0).toUpperCase()}${parts[0]!.slice(1)}.`;
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement)) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      names.add(`${area}${statement.name.text}`);
    }
  }
  return [...names].sort();
}

/** The names among `names` that `Mux.<name>` does not resolve to a type, by compiling a probe. */
function missingFromNamespace(names: string[]): string[] {
  const probe = join(HERE, "__sdk-types-probe.ts");
  const text = ['import type { Mux } from "./index.js";', ...names.map((name, i) => `export type T${i} = Mux.${name};`), ""].join("\n");
  const configPath = join(HERE, "../tsconfig.json");
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, dirname(configPath));
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    file === probe ? ts.createSourceFile(file, text, language) : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === probe || fileExists(file);
  const program = ts.createProgram({ rootNames: [probe], options: { ...config.options, noEmit: true }, host });
  const source = program.getSourceFile(probe)!;
  const diagnostics = ts.getPreEmitDiagnostics(program, source);
  const missing = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.file !== source || diagnostic.start === undefined) {
      throw new Error(`The probe does not compile: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    }
    const line = source.getLineAndCharacterOfPosition(diagnostic.start).line;
    if (line === 0) throw new Error(`The probe cannot import Mux: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`);
    missing.add(names[line - 1]!);
  }
  return [...missing].sort();
}

describe("the official SDK's type names", () => {
  const names = officialNames();

  it("are read from the official SDK", () => {
    // 407 in @mux/mux-node 15.3.0: a much smaller number means the sources moved.
    expect(names.length).toBeGreaterThanOrEqual(400);
    expect(names).toContain("Video.Asset");
    expect(names).toContain("Data.MetricTimeseriesDataResponse");
    expect(names).toContain("Webhooks.VideoAssetReadyWebhookEvent");
    expect(names).toContain("PlaybackId");
  });

  it("all exist in Mux.<Area> (or at the top, for the shared module), but for the listed exceptions", () => {
    expect(missingFromNamespace(names)).toEqual(Object.keys(EXCEPTIONS).sort());
  });

  it("lists as exceptions only names the official SDK has", () => {
    for (const name of Object.keys(EXCEPTIONS)) expect(names).toContain(name);
  });
});
