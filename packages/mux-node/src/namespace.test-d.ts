import type { Mux } from "@mux/mux-node";
import { expectTypeOf, test } from "vitest";

test("the official SDK's type namespace: Mux.<Area>.<Type>", () => {
  expectTypeOf<Mux.System.SigningKey>().toHaveProperty("id");
  expectTypeOf<Mux.Video.Asset>().toHaveProperty("playback_ids");
  expectTypeOf<Mux.Video.AssetCreateParams>().toHaveProperty("playback_policy");
  expectTypeOf<Mux.Video.LiveStream>().toHaveProperty("stream_key");
  expectTypeOf<Mux.System.Whoami>().toHaveProperty("permissions");
});

test("resource methods are typed from the spec", () => {
  type Create = Mux["video"]["assets"]["create"];
  expectTypeOf<Parameters<Create>[0]>().toEqualTypeOf<Mux.Video.AssetCreateParams>();
  expectTypeOf<Awaited<ReturnType<Create>>>().toEqualTypeOf<Mux.Video.Asset>();
  type List = Mux["video"]["liveStreams"]["list"];
  expectTypeOf<Awaited<ReturnType<List>>["data"][number]>().toEqualTypeOf<Mux.Video.LiveStream>();
});
