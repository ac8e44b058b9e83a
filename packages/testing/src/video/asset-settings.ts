import type { components } from "@mux/core";
import {
  type Fields,
  InvalidParameters,
  optionalBoolean,
  optionalEnum,
  optionalObject,
  optionalObjects,
  optionalString,
} from "../invalid-parameters.js";
import { type PlaybackPolicy, parsePolicies } from "./playback-ids.js";

type Asset = components["schemas"]["Asset"];

/** One input of a new asset: the video itself, or an extra text or audio track. */
export interface AssetInput {
  readonly url: string | undefined;
  readonly type: "video" | "audio" | "text" | undefined;
  readonly text_type: "subtitles" | undefined;
  readonly language_code: string | undefined;
  readonly name: string | undefined;
  readonly closed_captions: boolean | undefined;
  readonly passthrough: string | undefined;
}

/** A static rendition a request asks for (`{ resolution: "highest" }`). */
export interface RenditionRequest {
  readonly resolution: StaticResolution;
  readonly passthrough: string | undefined;
}

export const STATIC_RESOLUTIONS = ["highest", "audio-only", "2160p", "1440p", "1080p", "720p", "540p", "480p", "360p", "270p"] as const;
export type StaticResolution = (typeof STATIC_RESOLUTIONS)[number];

/** MP4 support values Mux accepts. */
export const MP4_SUPPORT = ["none", "standard", "capped-1080p", "audio-only", "audio-only,capped-1080p"] as const;
export type Mp4Support = (typeof MP4_SUPPORT)[number];

/** What a new asset is made with: a create-asset body, or an upload's or live stream's `new_asset_settings`. */
export interface AssetSettings {
  readonly inputs: readonly AssetInput[];
  readonly policies: readonly PlaybackPolicy[];
  readonly mp4_support: Mp4Support;
  readonly master_access: "none" | "temporary";
  readonly static_renditions: readonly RenditionRequest[];
  readonly passthrough: string | undefined;
  readonly test: boolean | undefined;
  readonly normalize_audio: boolean;
  readonly video_quality: Asset["video_quality"] | undefined;
  readonly encoding_tier: Asset["encoding_tier"] | undefined;
  readonly max_resolution_tier: Asset["max_resolution_tier"];
  readonly meta: Asset["meta"] | undefined;
}

function parseInput(fields: Fields): AssetInput {
  return {
    url: optionalString(fields, "url"),
    type: optionalEnum(fields, "type", ["video", "audio", "text"]),
    text_type: optionalEnum(fields, "text_type", ["subtitles"]),
    language_code: optionalString(fields, "language_code"),
    name: optionalString(fields, "name"),
    closed_captions: optionalBoolean(fields, "closed_captions"),
    passthrough: optionalString(fields, "passthrough"),
  };
}

/** The inputs: `inputs` (the current name) or `input` (older), a list of objects or a bare URL. */
function parseInputs(fields: Fields): AssetInput[] {
  const raw = fields.inputs ?? fields.input;
  if (raw === undefined || raw === null) return [];
  if (typeof raw === "string") return [parseInput({ url: raw })];
  const list = optionalObjects({ inputs: raw }, "inputs") ?? [];
  return list.map(parseInput);
}

/**
 * Reads new-asset settings the way Mux does, accepting both the current field names the official
 * SDK sends (`inputs`, `playback_policies`) and the older ones (`input`, `playback_policy`).
 * `requireVideoInput`: create-asset needs an input with a URL; uploads and live streams bring their own.
 */
export function parseAssetSettings(fields: Fields, requireVideoInput: boolean): AssetSettings {
  const inputs = parseInputs(fields);
  if (requireVideoInput && !inputs.some((input) => input.url && (input.type === undefined || input.type === "video"))) {
    throw new InvalidParameters("inputs must include a video URL: inputs: [{ url }].");
  }
  for (const input of inputs) {
    if (input.url !== undefined && !/^https?:\/\/\S+$/i.test(input.url) && !input.url.startsWith("mux://")) {
      throw new InvalidParameters(`input url ${JSON.stringify(input.url)} must be an http(s) or mux:// URL.`);
    }
  }
  const renditions = optionalObjects(fields, "static_renditions") ?? [];
  return {
    inputs,
    policies: parsePolicies(fields),
    mp4_support: optionalEnum(fields, "mp4_support", MP4_SUPPORT) ?? "none",
    master_access: optionalEnum(fields, "master_access", ["none", "temporary"]) ?? "none",
    static_renditions: renditions.map((rendition) => ({
      resolution: optionalEnum(rendition, "resolution", STATIC_RESOLUTIONS) ?? missingResolution(),
      passthrough: optionalString(rendition, "passthrough"),
    })),
    passthrough: optionalString(fields, "passthrough"),
    test: optionalBoolean(fields, "test"),
    normalize_audio: optionalBoolean(fields, "normalize_audio") ?? false,
    video_quality: optionalEnum(fields, "video_quality", ["basic", "plus", "premium"]),
    encoding_tier: optionalEnum(fields, "encoding_tier", ["smart", "baseline"]),
    max_resolution_tier: optionalEnum(fields, "max_resolution_tier", ["1080p", "1440p", "2160p"]) ?? "1080p",
    meta: parseMeta(optionalObject(fields, "meta")),
  };
}

function missingResolution(): never {
  throw new InvalidParameters("static_renditions[].resolution is required.");
}

function parseMeta(meta: Fields | undefined): Asset["meta"] {
  if (!meta) return undefined;
  return {
    title: optionalString(meta, "title"),
    creator_id: optionalString(meta, "creator_id"),
    external_id: optionalString(meta, "external_id"),
  };
}

/** The settings echoed back in an upload's or live stream's `new_asset_settings`: what was asked for. */
export function echoSettings(fields: Fields | undefined): Record<string, unknown> | undefined {
  return fields ? structuredClone(fields as Record<string, unknown>) : undefined;
}
