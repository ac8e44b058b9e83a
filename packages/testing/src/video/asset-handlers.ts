import { objectBody, optionalEnum, optionalObject, optionalString, requiredString } from "../invalid-parameters.js";
import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import { pageRequest } from "../pagination.js";
import { notFound } from "../pipeline.js";
import { muxResponse } from "../respond.js";
import { MP4_SUPPORT, parseAssetSettings, STATIC_RESOLUTIONS } from "./asset-settings.js";
import { parsePolicy } from "./playback-ids.js";
import { staticRenditionBody } from "./static-renditions.js";

/** The asset operations, answered from the mock's assets. */
export function assetOperations(state: MockState): OperationTable {
  const { assets } = state;
  const id = (params: Readonly<Record<string, string>>) => params.ASSET_ID ?? "";
  return {
    "list-assets": ({ url }) => {
      const { page, limit } = pageRequest(url);
      const filter = { upload_id: url.searchParams.get("upload_id") ?? undefined, live_stream_id: url.searchParams.get("live_stream_id") ?? undefined };
      const data = assets.list(filter).slice((page - 1) * limit, page * limit);
      return muxResponse("list-assets", 200, { data });
    },
    "create-asset": ({ body }) => {
      const asset = assets.create(parseAssetSettings(objectBody(body, true), true), { ingest: "on_demand_url" });
      return muxResponse("create-asset", 201, { data: asset });
    },
    "get-asset": ({ params }) => {
      const asset = assets.view(id(params));
      return asset ? muxResponse("get-asset", 200, { data: asset }) : notFound();
    },
    "update-asset": ({ params, body }) => {
      const fields = objectBody(body);
      const meta = optionalObject(fields, "meta");
      const asset = assets.update(id(params), {
        passthrough: optionalString(fields, "passthrough"),
        ...(meta ? { meta: { title: optionalString(meta, "title"), creator_id: optionalString(meta, "creator_id"), external_id: optionalString(meta, "external_id") } } : {}),
      });
      return asset ? muxResponse("update-asset", 200, { data: asset }) : notFound();
    },
    "delete-asset": ({ params }) => (assets.delete(id(params)) ? muxResponse("delete-asset", 204, null) : notFound()),
    "update-asset-master-access": ({ params, body }) => {
      const access = optionalEnum(objectBody(body, true), "master_access", ["temporary", "none"]) ?? "none";
      const asset = assets.setMasterAccess(id(params), access);
      return asset ? muxResponse("update-asset-master-access", 200, { data: asset }) : notFound();
    },
    "update-asset-mp4-support": ({ params, body }) => {
      const mp4 = optionalEnum(objectBody(body, true), "mp4_support", MP4_SUPPORT) ?? "none";
      const asset = assets.setMp4Support(id(params), mp4);
      return asset ? muxResponse("update-asset-mp4-support", 200, { data: asset }) : notFound();
    },
    "create-asset-playback-id": ({ params, body }) => {
      const playbackId = assets.addPlaybackId(id(params), parsePolicy(objectBody(body).policy ?? "public"));
      return playbackId ? muxResponse("create-asset-playback-id", 201, { data: playbackId }) : notFound();
    },
    "get-asset-playback-id": ({ params }) => {
      const playbackId = assets.playbackId(id(params), params.PLAYBACK_ID ?? "");
      return playbackId ? muxResponse("get-asset-playback-id", 200, { data: playbackId }) : notFound();
    },
    "delete-asset-playback-id": ({ params }) =>
      assets.deletePlaybackId(id(params), params.PLAYBACK_ID ?? "") ? muxResponse("delete-asset-playback-id", 204, null) : notFound(),
    "create-asset-track": ({ params, body }) => {
      const fields = objectBody(body, true);
      const track = assets.addTrack(id(params), {
        url: requiredString(fields, "url"),
        type: optionalEnum(fields, "type", ["text", "audio"]) ?? "text",
        text_type: optionalEnum(fields, "text_type", ["subtitles"]),
        language_code: requiredString(fields, "language_code"),
        name: optionalString(fields, "name"),
        closed_captions: typeof fields.closed_captions === "boolean" ? fields.closed_captions : undefined,
        passthrough: optionalString(fields, "passthrough"),
      });
      return track ? muxResponse("create-asset-track", 201, { data: track }) : notFound();
    },
    "update-asset-track": ({ params, body }) => {
      const fields = objectBody(body);
      const track = assets.updateTrack(id(params), params.TRACK_ID ?? "", {
        name: optionalString(fields, "name"),
        language_code: optionalString(fields, "language_code"),
        passthrough: optionalString(fields, "passthrough"),
        ...(typeof fields.closed_captions === "boolean" ? { closed_captions: fields.closed_captions } : {}),
      });
      return track ? muxResponse("update-asset-track", 200, { data: track }) : notFound();
    },
    "delete-asset-track": ({ params }) =>
      assets.deleteTrack(id(params), params.TRACK_ID ?? "") ? muxResponse("delete-asset-track", 204, null) : notFound(),
    "create-asset-static-rendition": ({ params, body }) => {
      const fields = objectBody(body, true);
      const resolution = optionalEnum(fields, "resolution", STATIC_RESOLUTIONS);
      const rendition = assets.addStaticRendition(id(params), {
        resolution: resolution ?? (requiredString(fields, "resolution") as never),
        passthrough: optionalString(fields, "passthrough"),
      });
      return rendition ? muxResponse("create-asset-static-rendition", 201, { data: staticRenditionBody(rendition) }) : notFound();
    },
    "delete-asset-static-rendition": ({ params }) =>
      assets.deleteStaticRendition(id(params), params.STATIC_RENDITION_ID ?? "") ? muxResponse("delete-asset-static-rendition", 204, null) : notFound(),
    "get-asset-or-livestream-id": ({ params }) => {
      const found = state.playbackIds.lookup(params.PLAYBACK_ID ?? "");
      if (!found) return notFound();
      return muxResponse("get-asset-or-livestream-id", 200, { data: { id: params.PLAYBACK_ID ?? "", policy: found.policy, object: { ...found.owner } } });
    },
  };
}
