// The arguments the parity test calls each official method (and ours) with, derived from the
// official method's parameter names and declared types: sample ids for path parameters, an
// allowed value for enum path parameters, every declared query field, a realistic body.
import { declaredOptional, declaredParamType, literals, type OfficialMethod, paramsFields, resolveAlias } from "./official-sdk.js";

/** How much a call sends. */
export type Variant = "full" | "minimal" | "reserved";

/**
 * `full`: path ids that need percent-encoding (a space and a slash), every query field the
 * official params type declares, and the body. `minimal`: plain ids and only the parameters the
 * official signature requires (so `list()` with no query, `generateShots(id)` with no body).
 * `reserved`: as `minimal`, with ids holding the characters RFC 3986 lets a path segment carry
 * unencoded (`:@+,;=&$`), which the two clients encode differently (see DIFFERENCES).
 */
export const VARIANTS: readonly Variant[] = ["full", "minimal", "reserved"];

/** The sample id of a path parameter in each variant: distinct per parameter name. */
const SAMPLE_IDS: Readonly<Record<Variant, (param: string) => string>> = {
  full: (param) => `${param} with/slash`,
  minimal: (param) => `${param}-1`,
  reserved: (param) => `${param}:1@a+b,c;d=e&f$g`,
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ASSET = "asset-parity-1";
const TRACK = "track-parity-1";
const NEW_ASSET_SETTINGS = { playback_policies: ["public"], video_quality: "basic" };

/** Request bodies by official method. A method with a body that is missing here sends `{ passthrough }`. */
const BODIES: Readonly<Record<string, Json>> = {
  "video.assets.create": {
    inputs: [{ url: "https://storage.example.com/talk.mp4" }],
    playback_policies: ["public"],
    video_quality: "plus",
    meta: { title: "Parity talk", creator_id: "creator-1" },
    passthrough: "parity",
  },
  "video.assets.update": { passthrough: "parity-2", meta: { title: "Renamed talk" } },
  "video.assets.createPlaybackId": { policy: "signed" },
  "video.assets.createTrack": {
    url: "https://storage.example.com/talk.en.vtt",
    type: "text",
    text_type: "subtitles",
    language_code: "en",
    name: "English",
    closed_captions: false,
  },
  "video.assets.updateTrack": { name: "English (CC)", closed_captions: true },
  "video.assets.generateSubtitles": { generated_subtitles: [{ language_code: "en", name: "English (generated)" }] },
  "video.assets.updateMP4Support": { mp4_support: "capped-1080p" },
  "video.assets.updateMasterAccess": { master_access: "temporary" },
  "video.assets.createStaticRendition": { resolution: "highest", passthrough: "parity" },
  "video.assets.generateShots": {},
  "video.liveStreams.create": {
    playback_policies: ["public"],
    new_asset_settings: NEW_ASSET_SETTINGS,
    latency_mode: "low",
    reconnect_window: 60,
  },
  "video.liveStreams.update": { latency_mode: "standard", reconnect_window: 30, passthrough: "parity" },
  "video.liveStreams.createPlaybackId": { policy: "public" },
  "video.liveStreams.updateEmbeddedSubtitles": {
    embedded_subtitles: [{ language_channel: "cc1", language_code: "en", name: "English CC" }],
  },
  "video.liveStreams.updateGeneratedSubtitles": {
    generated_subtitles: [{ language_code: "en", name: "English (generated)", transcription_vocabulary_ids: ["vocab-1"] }],
  },
  "video.liveStreams.createSimulcastTarget": {
    url: "rtmps://live.example.com/app",
    stream_key: "simulcast-key",
    passthrough: "parity",
  },
  "video.liveStreams.updateNewAssetSettingsStaticRenditions": {
    static_renditions: [{ resolution: "audio-only" }, { resolution: "highest" }],
  },
  "video.playbackRestrictions.create": {
    referrer: { allowed_domains: ["*.example.com"], allow_no_referrer: false },
    user_agent: { allow_no_user_agent: false, allow_high_risk_user_agent: false },
  },
  "video.playbackRestrictions.updateReferrer": { allowed_domains: ["example.com"], allow_no_referrer: true },
  "video.playbackRestrictions.updateUserAgent": { allow_no_user_agent: true, allow_high_risk_user_agent: false },
  "video.transcriptionVocabularies.create": { name: "Product names", phrases: ["Mux", "Mux Data"] },
  "video.transcriptionVocabularies.update": { name: "Product names", phrases: ["Mux", "Mux Video"] },
  "video.uploads.create": { cors_origin: "https://app.example.com", new_asset_settings: NEW_ASSET_SETTINGS, timeout: 3600 },
  "data.annotations.create": { date: 1700000000, note: "Deployed player 2.0", sub_property_id: "web" },
  "data.annotations.update": { date: 1700003600, note: "Rolled back player 2.0" },
  "system.webhooks.create": { address: "https://hooks.example.com/mux" },
  "system.webhooks.update": { address: "https://hooks.example.com/mux-v2", enabled: false },
  "robots.directives.create": {
    name: "Summarise uploads",
    subject: { type: "video.asset" },
    workflows: [{ reference_id: "summary", workflow: "summarize", params: { tone: "neutral" } }],
  },
  "robots.directives.runs.create": { asset_id: ASSET },
  "robots.jobs.askQuestions.create": {
    parameters: { asset_id: ASSET, questions: [{ question: "Is there a dog in the video?" }] },
    passthrough: "parity",
  },
  "robots.jobs.generateChapters.create": { parameters: { asset_id: ASSET, language_code: "en" } },
  "robots.jobs.findKeyMoments.create": { parameters: { asset_id: ASSET } },
  "robots.jobs.moderate.create": { parameters: { asset_id: ASSET, thresholds: { sexual: 0.8, violence: 0.8 } } },
  "robots.jobs.summarize.create": { parameters: { asset_id: ASSET, tone: "neutral" }, passthrough: "parity" },
  "robots.jobs.translateCaptions.create": { parameters: { asset_id: ASSET, track_id: TRACK, to_language_code: "es" } },
  "robots.jobs.editCaptions.create": {
    parameters: { asset_id: ASSET, track_id: TRACK, replacements: [{ find: "mucks", replace: "Mux" }] },
  },
  "robots.jobs.findBestThumbnails.create": { parameters: { asset_id: ASSET } },
  "robots.jobs.findScenes.create": { parameters: { asset_id: ASSET } },
  "robots.jobs.generateEngagementInsights.create": { parameters: { asset_id: ASSET } },
  "robots.jobs.generatePremiumCaptions.create": { parameters: { asset_id: ASSET, language_code: "en" } },
  "robots.jobs.translateAudio.create": { parameters: { asset_id: ASSET, to_language_code: "fr" } },
};

/** Query values by field name, where the type alone would give a poor sample. */
const QUERY_VALUES: Readonly<Record<string, Json>> = {
  limit: 10,
  page: 2,
  cursor: "cursor/after 1",
  timeframe: ["1700000000", "1700086400"],
  filters: ["operating_system:windows", "country:US"],
  metric_filters: ["aggregate_startup_time>=1000"],
  values: ["1080p", "720p"],
  timestamp: 1700000000,
  token: "signed.playback token",
  error_id: 1003,
  value: "Chrome",
  download_url_ttl: 3600,
  default_subtitles_lang: "en",
};

/** A sample for one query field, from its name or else its declared type; undefined to leave it out. */
function queryValue(method: OfficialMethod, field: string, declared: string): Json | undefined {
  const named = QUERY_VALUES[field];
  if (named !== undefined) return named;
  const type = resolveAlias(method, declared);
  const item = /^Array<(.+)>$/.exec(type)?.[1];
  if (item !== undefined) {
    const options = literals(resolveAlias(method, item));
    if (options.length > 0) return options.slice(0, 2);
    return item === "string" ? [`${field}-a`, `${field}-b`] : undefined;
  }
  const options = literals(type);
  if (options.length > 0) return options[0] ?? null;
  if (type === "string") return `${field}-value`;
  if (type === "number") return 5;
  if (type === "boolean") return true;
  return undefined;
}

function queryFor(method: OfficialMethod, param: string): { [key: string]: Json } {
  const query: { [key: string]: Json } = {};
  for (const field of paramsFields(method, param)) {
    const value = queryValue(method, field.name, field.type);
    if (value !== undefined) query[field.name] = value;
  }
  return query;
}

/** A path value: an allowed one for an enum parameter, else a sample id distinct per parameter name. */
function pathValue(method: OfficialMethod, param: string, variant: Variant): string {
  const allowed = literals(declaredParamType(method, param) ?? "");
  if (allowed.length > 0) return String(allowed[0]);
  return SAMPLE_IDS[variant](param);
}

function isOptional(method: OfficialMethod, index: number): boolean {
  const param = method.params[index];
  return param === undefined || param.hasDefault || declaredOptional(method, param.name);
}

const NOT_PATH = new Set(["options", "body", "query", "params"]);

/** True when the method takes an id in its path (a path parameter that is not an enum). */
export function takesIds(method: OfficialMethod): boolean {
  return method.params.some((param) => !NOT_PATH.has(param.name) && literals(declaredParamType(method, param.name) ?? "").length === 0);
}

/** The arguments of one call of `method`, without the trailing request options. */
export function argumentsFor(method: OfficialMethod, variant: Variant): unknown[] {
  const args: unknown[] = [];
  method.params.forEach((param, index) => {
    if (param.name === "options") return;
    if (variant !== "full" && isOptional(method, index)) {
      args.push(undefined);
      return;
    }
    if (param.name === "body") args.push(structuredClone(BODIES[method.id] ?? { passthrough: "parity" }));
    else if (param.name === "query" || param.name === "params") args.push(queryFor(method, param.name));
    else args.push(pathValue(method, param.name, variant));
  });
  while (args.length > 0 && args.at(-1) === undefined) args.pop();
  return args;
}
