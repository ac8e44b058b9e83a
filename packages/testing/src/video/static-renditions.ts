import type { components } from "@mux/core";
import { randomId } from "../ids.js";
import type { Mp4Support, RenditionRequest, StaticResolution } from "./asset-settings.js";

type Asset = components["schemas"]["Asset"];
type AssetFile = NonNullable<NonNullable<Asset["static_renditions"]>["files"]>[number];
type StaticRendition = components["schemas"]["StaticRendition"];
type WebhookAssetStaticRendition = components["schemas"]["WebhookAssetStaticRendition"];

/** One MP4 or M4A file the fake keeps for an asset. */
export interface RenditionRecord {
  readonly id: string;
  readonly name: NonNullable<StaticRendition["name"]>;
  readonly resolution: StaticResolution | undefined;
  readonly ext: "mp4" | "m4a";
  readonly type: "standard" | "advanced";
  readonly passthrough: string | undefined;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly bitrate: number;
  readonly filesize: number;
  status: "preparing" | "ready" | "skipped" | "errored";
}

const HEIGHTS: Record<string, number> = { highest: 1080, "2160p": 2160, "1440p": 1440, "1080p": 1080, "720p": 720, "540p": 540, "480p": 480, "360p": 360, "270p": 270 };

function rendition(name: RenditionRecord["name"], resolution: StaticResolution | undefined, passthrough?: string): RenditionRecord {
  const audio = name.endsWith(".m4a");
  const height = audio ? undefined : (HEIGHTS[resolution ?? ""] ?? { "low.mp4": 360, "medium.mp4": 540, "high.mp4": 1080, "capped-1080p.mp4": 1080 }[name as string] ?? 1080);
  const width = height === undefined ? undefined : Math.round((height * 16) / 9);
  const bitrate = audio ? 128_000 : Math.round((height ?? 0) * 2_000);
  return {
    id: randomId(32),
    name,
    resolution,
    ext: audio ? "m4a" : "mp4",
    type: resolution && resolution !== "highest" && resolution !== "audio-only" ? "advanced" : "standard",
    passthrough,
    width,
    height,
    bitrate,
    // A 23.857 s sample video at that bitrate.
    filesize: Math.round((bitrate / 8) * 23.857),
    status: "preparing",
  };
}

/** The files a `{ resolution }` request makes. */
export function renditionFor(request: RenditionRequest): RenditionRecord {
  const name = (request.resolution === "audio-only" ? "audio.m4a" : `${request.resolution}.mp4`) as RenditionRecord["name"];
  return rendition(name, request.resolution, request.passthrough);
}

/** The files the legacy `mp4_support` setting makes. */
export function renditionsForMp4Support(mp4: Mp4Support): RenditionRecord[] {
  const files: RenditionRecord[] = [];
  if (mp4 === "standard") files.push(rendition("low.mp4", undefined), rendition("medium.mp4", undefined), rendition("high.mp4", undefined));
  if (mp4.includes("capped-1080p")) files.push(rendition("capped-1080p.mp4", undefined));
  if (mp4.includes("audio-only")) files.push(rendition("audio.m4a", undefined));
  return files;
}

/** The asset's `static_renditions` field; undefined when it has none. */
export function assetStaticRenditions(renditions: readonly RenditionRecord[]): Asset["static_renditions"] {
  if (renditions.length === 0) return undefined;
  const files = renditions.map((r) => {
    const file = {
      id: r.id,
      ext: r.ext,
      bitrate: r.bitrate,
      filesize: String(r.filesize),
      ...(r.width === undefined ? {} : { width: r.width, height: r.height }),
      name: r.name,
      ...(r.resolution === undefined ? {} : { resolution: r.resolution }),
      status: r.status,
      type: r.type,
      ...(r.passthrough === undefined ? {} : { passthrough: r.passthrough }),
    };
    return file as AssetFile;
  });
  const status = renditions.every((r) => r.status === "ready") ? "ready" : renditions.some((r) => r.status === "errored") ? "errored" : "preparing";
  return { status, files };
}

/** The answer of create-asset-static-rendition. */
export function staticRenditionBody(r: RenditionRecord): StaticRendition {
  const body: StaticRendition = { id: r.id, name: r.name, ext: r.ext, status: r.status, type: r.type, bitrate: r.bitrate, filesize: String(r.filesize) };
  if (r.resolution !== undefined) body.resolution = r.resolution;
  if (r.width !== undefined) Object.assign(body, { width: r.width, height: r.height });
  if (r.passthrough !== undefined) body.passthrough = r.passthrough;
  return body;
}

/** The data of a `video.asset.static_rendition.*` event. */
export function staticRenditionEventData(assetId: string, r: RenditionRecord): WebhookAssetStaticRendition {
  return { ...staticRenditionBody(r), asset_id: assetId };
}
