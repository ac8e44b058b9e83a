import { objectBody } from "../invalid-parameters.js";
import type { MockState } from "../mock-state.js";
import type { OperationTable } from "../operation-table.js";
import { pageRequest } from "../pagination.js";
import { notFound } from "../pipeline.js";
import { muxResponse } from "../respond.js";
import { parsePolicy } from "./playback-ids.js";

/** The live-stream operations, answered from the mock's live streams. */
export function liveStreamOperations(state: MockState): OperationTable {
  const streams = state.liveStreams;
  const id = (params: Readonly<Record<string, string>>) => params.LIVE_STREAM_ID ?? "";
  return {
    "list-live-streams": ({ url }) => {
      const { page, limit } = pageRequest(url);
      const filter = { stream_key: url.searchParams.get("stream_key") ?? undefined, status: url.searchParams.get("status") ?? undefined };
      return muxResponse("list-live-streams", 200, { data: streams.list(filter).slice((page - 1) * limit, page * limit) });
    },
    "create-live-stream": ({ body }) => muxResponse("create-live-stream", 201, { data: streams.create(objectBody(body)) }),
    "get-live-stream": ({ params }) => {
      const stream = streams.view(id(params));
      return stream ? muxResponse("get-live-stream", 200, { data: stream }) : notFound();
    },
    "update-live-stream": ({ params, body }) => {
      const stream = streams.update(id(params), objectBody(body));
      return stream ? muxResponse("update-live-stream", 200, { data: stream }) : notFound();
    },
    "delete-live-stream": ({ params }) => (streams.delete(id(params)) ? muxResponse("delete-live-stream", 204, null) : notFound()),
    "enable-live-stream": ({ params }) => (streams.enable(id(params)) ? muxResponse("enable-live-stream", 200, { data: {} }) : notFound()),
    "disable-live-stream": ({ params }) => (streams.disable(id(params)) ? muxResponse("disable-live-stream", 200, { data: {} }) : notFound()),
    "signal-live-stream-complete": ({ params }) =>
      streams.complete(id(params)) ? muxResponse("signal-live-stream-complete", 200, { data: {} }) : notFound(),
    "reset-stream-key": ({ params }) => {
      const stream = streams.resetStreamKey(id(params));
      return stream ? muxResponse("reset-stream-key", 201, { data: stream }) : notFound();
    },
    "create-live-stream-playback-id": ({ params, body }) => {
      const playbackId = streams.addPlaybackId(id(params), parsePolicy(objectBody(body).policy ?? "public"));
      return playbackId ? muxResponse("create-live-stream-playback-id", 201, { data: playbackId }) : notFound();
    },
    "get-live-stream-playback-id": ({ params }) => {
      const playbackId = streams.playbackId(id(params), params.PLAYBACK_ID ?? "");
      return playbackId ? muxResponse("get-live-stream-playback-id", 200, { data: playbackId }) : notFound();
    },
    "delete-live-stream-playback-id": ({ params }) =>
      streams.deletePlaybackId(id(params), params.PLAYBACK_ID ?? "") ? muxResponse("delete-live-stream-playback-id", 204, null) : notFound(),
    "create-live-stream-simulcast-target": ({ params, body }) => {
      const target = streams.addSimulcastTarget(id(params), objectBody(body, true));
      return target ? muxResponse("create-live-stream-simulcast-target", 201, { data: target }) : notFound();
    },
    "get-live-stream-simulcast-target": ({ params }) => {
      const target = streams.simulcastTarget(id(params), params.SIMULCAST_TARGET_ID ?? "");
      return target ? muxResponse("get-live-stream-simulcast-target", 200, { data: target }) : notFound();
    },
    "delete-live-stream-simulcast-target": ({ params }) =>
      streams.deleteSimulcastTarget(id(params), params.SIMULCAST_TARGET_ID ?? "")
        ? muxResponse("delete-live-stream-simulcast-target", 204, null)
        : notFound(),
  };
}
