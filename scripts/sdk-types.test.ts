// spec/sdk-types.yaml (the official SDK's type names and what each is in our spec) and what the
// generator makes of it: aliases in the resource packages and the umbrella's Mux.<Area> namespace.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packageTypes } from "./lib/emit-packages.mjs";
import { areaTypes } from "./lib/emit-umbrella.mjs";
import { generateAll } from "./lib/generate-all.mjs";
import { importSpec } from "./lib/import.mjs";
import { buildModel } from "./lib/model.mjs";
import { OUR_SPEC, ROOT } from "./test-support/paths.js";
import { buildSdkTypes, OUT, SDK_RESOURCES } from "./tools/sdk-types.mjs";

const sdkPresent = existsSync(SDK_RESOURCES);
if (!sdkPresent && process.env.CI) throw new Error(`The official SDK's sources are missing at ${SDK_RESOURCES}; CI needs them.`);

const ourSpec = async () => parse(await readFile(OUR_SPEC, "utf8"), { maxAliasCount: -1 });
type Model = ReturnType<typeof buildModel>;
const pkgOf = (model: Model, name: string) => model.packages.find((p: { name: string }) => p.name === name);

describe("spec/sdk-types.yaml", () => {
  it.skipIf(!sdkPresent)("is what scripts/tools/sdk-types.mjs writes today, with a counterpart for every SDK type", { timeout: 60_000 }, async () => {
    const { text, matched } = buildSdkTypes(OUR_SPEC);
    expect(matched.unmatched).toEqual([]);
    expect(text).toBe(await readFile(OUT, "utf8"));
  });

  it("is carried into the spec as x-mux-types", async () => {
    const types = parse(await readFile(join(ROOT, "spec/sdk-types.yaml"), "utf8"));
    expect((await ourSpec())["x-mux-types"]).toEqual(types);
    const { document } = importSpec({ openapi: "3.0.3", info: { version: "1" }, paths: {} }, { names: undefined, types });
    expect(document["x-mux-types"]).toEqual(types);
  });
});

describe("the generator and the SDK's type names", () => {
  it("declares them in the group's package, naming our own alias when it has one, and pages as Page<Item>", async () => {
    const { files } = await generateAll(OUR_SPEC);
    const directives = files.get("packages/robots-directives/src/generated/types.ts")!;
    expect(directives).toContain("export type RunCreateParams = DirectiveRunCreateParams;");
    expect(directives).toContain('export type DirectivesBasePage = Page<components["schemas"]["Directive"]>;');
    expect(directives).toContain('import type { components, operations, Page } from "@mux/core";');
    expect(files.get("packages/robots-directives/src/generated/index.ts")).toMatch(/export type \{[^}]*\bRunCreateParams\b/);
    expect(files.get("packages/data-metrics/src/generated/types.ts")).toContain(
      "export type MetricTimeseriesDataResponse = GetMetricTimeseriesDataResponse;",
    );
    expect(files.get("packages/assets/src/generated/types.ts")).toContain("export type PlaybackId = PlaybackID;");
    expect(files.get("packages/webhooks/src/generated/events.ts")).toContain('export type WebhookAsset = components["schemas"]["WebhookAsset"];');
    const umbrella = files.get("packages/mux-node/src/generated/mux.ts")!;
    expect(umbrella).toContain("  export type PlaybackId = AssetsPackage.PlaybackId;");
    expect(umbrella).toContain("    export type RunCreateParams = RobotsDirectivesPackage.RunCreateParams;");
    expect(umbrella).toContain("    export type UnwrapWebhookEvent = WebhooksPackage.WebhookEvent;");
  });

  it("gives an area's name to the SDK's group nearest the area when two packages declare it", async () => {
    const model = buildModel(await ourSpec());
    const data = areaTypes(model, "data");
    // data.metrics' MetricGetTimeseriesParams is the official Mux.Data one; data.monitoring.metrics has its own.
    expect(data.get("MetricGetTimeseriesParams")).toEqual({
      pkg: "data-metrics",
      note: " @mux/data-monitoring has another `MetricGetTimeseriesParams`.",
    });
    expect(packageTypes(model, pkgOf(model, "data-monitoring")).get("MetricGetTimeseriesParams").type).toContain("get-monitoring-timeseries");
  });

  it("refuses entries that name nothing, or one name for two types in a package", async () => {
    const spec = await ourSpec();
    spec["x-mux-types"].groups["video.assets"].Gizmo = { params: "get-gizmo" };
    expect(() => buildModel(spec)).toThrow(/Gizmo names the operation get-gizmo/);
    delete spec["x-mux-types"].groups["video.assets"].Gizmo;
    spec["x-mux-types"].groups["video.assets"].Gizmo = { schema: "Gizmo" };
    expect(() => buildModel(spec)).toThrow(/Gizmo names the schema Gizmo/);
    spec["x-mux-types"].groups["video.assets"].Gizmo = { export: "Gizmo" };
    expect(() => buildModel(spec)).toThrow(/`export` targets are for the webhook events only/);
    spec["x-mux-types"].groups["video.assets"].Gizmo = { page: "get-asset" };
    expect(() => buildModel(spec)).toThrow(/get-asset is not a list operation/);
    delete spec["x-mux-types"].groups["video.assets"].Gizmo;
    spec["x-mux-types"].groups["video.assets"].Asset = { schema: "LiveStream" };
    const model = buildModel(spec);
    expect(() => packageTypes(model, pkgOf(model, "assets"))).toThrow(/@mux\/assets would declare the type Asset twice/);
  });

  it("reads `at` paths into nested types", async () => {
    const spec = await ourSpec();
    spec["x-mux-types"].groups["video.assets"].AssetTrackItem = { schema: "Asset", at: "tracks[]" };
    spec["x-mux-types"].groups["video.assets"].AssetInputUrl = { params: "create-asset", at: "inputs[].url" };
    const model = buildModel(spec);
    const types = packageTypes(model, pkgOf(model, "assets"));
    expect(types.get("AssetTrackItem").type).toBe('NonNullable<components["schemas"]["Asset"]["tracks"]>[number]');
    expect(types.get("AssetInputUrl").type).toBe(
      'NonNullable<NonNullable<NonNullable<operations["create-asset"]["requestBody"]>["content"]["application/json"]["inputs"]>[number]["url"]>',
    );
  });
});
