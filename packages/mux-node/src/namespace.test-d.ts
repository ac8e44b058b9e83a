import type { Mux } from "@mux/mux-node";
import { expectTypeOf, test } from "vitest";

test("the official SDK's type namespace: Mux.<Area>.<Type>", () => {
  expectTypeOf<Mux.System.SigningKey>().toHaveProperty("id");
  expectTypeOf<Mux.Video.Asset>().toHaveProperty("playback_ids");
  expectTypeOf<Mux.Video.AssetCreateParams>().toHaveProperty("playback_policy");
  expectTypeOf<Mux.Video.AssetCreateParams>().toHaveProperty("inputs");
  expectTypeOf<Mux.Video.AssetCreateParams>().toHaveProperty("playback_policies");
  expectTypeOf<Mux.Video.LiveStream>().toHaveProperty("stream_key");
  expectTypeOf<Mux.System.Whoami>().toHaveProperty("permissions");
});

test("the official SDK's other type names: responses, params, nested models, pages, shared and webhook types", () => {
  expectTypeOf<Mux.Data.MetricTimeseriesDataResponse>().toHaveProperty("data");
  expectTypeOf<Mux.Data.OverallValuesResponse>().toHaveProperty("data");
  expectTypeOf<Mux.Data.IncidentBreakdown>().toHaveProperty("name");
  expectTypeOf<Mux.Data.EngagementHotspots>().toHaveProperty("hotspots");
  expectTypeOf<Mux.Robots.RunCreateParams>().toEqualTypeOf<Mux.Robots.DirectiveRunCreateParams>();
  expectTypeOf<Mux.Robots.AskQuestionCreateParams>().toHaveProperty("parameters");
  expectTypeOf<Mux.Robots.AskQuestionsJobOutputs>().toHaveProperty("answers");
  type AssetsPage = Awaited<ReturnType<Mux["video"]["assets"]["list"]>>;
  expectTypeOf<Mux.Video.AssetsCursorPage>().toEqualTypeOf<AssetsPage>();
  expectTypeOf<Mux.Video.AssetsCursorPage["data"][number]>().toEqualTypeOf<Mux.Video.Asset>();
  expectTypeOf<Mux.Data.AnnotationsBasePage["data"][number]>().toEqualTypeOf<Mux.Data.Annotation>();
  expectTypeOf<Mux.PlaybackId>().toHaveProperty("policy");
  expectTypeOf<Mux.Video.PlaybackTrackResponse>().toEqualTypeOf<string>();
  type Unwrapped = Awaited<ReturnType<Mux["webhooks"]["unwrap"]>>;
  expectTypeOf<Mux.Webhooks.UnwrapWebhookEvent>().toEqualTypeOf<Unwrapped>();
  expectTypeOf<Mux.Webhooks.VideoAssetReadyWebhookEvent["data"]>().toEqualTypeOf<Mux.Webhooks.WebhookAsset>();
});

test("resource methods are typed from the spec", () => {
  type Create = Mux["video"]["assets"]["create"];
  expectTypeOf<Parameters<Create>[0]>().toEqualTypeOf<Mux.Video.AssetCreateParams>();
  expectTypeOf<Awaited<ReturnType<Create>>>().toEqualTypeOf<Mux.Video.Asset>();
  type List = Mux["video"]["liveStreams"]["list"];
  expectTypeOf<Awaited<ReturnType<List>>["data"][number]>().toEqualTypeOf<Mux.Video.LiveStream>();
});

test("calls written for the official SDK (as in Mux's docs) compile", () => {
  // Never called: the point is that these type-check against the generated types.
  const docs = async (mux: Mux) => {
    await mux.video.assets.create({
      inputs: [{ url: "https://muxed.s3.amazonaws.com/leds.mp4" }],
      playback_policies: ["public"],
      video_quality: "basic",
      static_renditions: [{ resolution: "highest" }],
      meta: { title: "LEDs" },
    });
    await mux.video.assets.create({ inputs: [{ url: "https://example.com/v.mp4" }], playback_policies: ["drm"], advanced_playback_policies: [{ policy: "drm", drm_configuration_id: "d" }] });
    await mux.video.liveStreams.create({
      playback_policies: ["public"],
      new_asset_settings: { playback_policies: ["public"] },
    });
    await mux.video.uploads.create({
      cors_origin: "*",
      new_asset_settings: { playback_policies: ["public"] },
    });
    await mux.video.uploads.create({ cors_origin: "*" });
    await mux.video.assets.update("asset-id", { meta: { title: "New title" }, thumbnail_time: 3 });
    await mux.video.assets.updateMP4Support("asset-id", { mp4_support: "capped-1080p" });
    await mux.video.assets.createTrack("asset-id", { url: "https://example.com/en.vtt", type: "text", language_code: "en" });
    await mux.video.playbackRestrictions.create({
      referrer: { allowed_domains: ["*.example.com"] },
      user_agent: { allow_no_user_agent: false, allow_high_risk_user_agent: false },
    });
    await mux.video.assets.list({ cursor: "next", limit: 10 });
  };
  expectTypeOf(docs).toBeFunction();
});
