import type { components } from "@mux/core";
import type { Scheduled } from "../clock.js";
import { Collection } from "../collection.js";
import { randomId } from "../ids.js";
import { type Fields, InvalidParameters, optionalBoolean, optionalNumber, optionalObject, optionalString } from "../invalid-parameters.js";
import { type AssetSettings, echoSettings, parseAssetSettings } from "./asset-settings.js";
import type { AssetFake } from "./assets.js";
import type { VideoContext } from "./video-context.js";

type Upload = components["schemas"]["Upload"];
type WebhookDirectUpload = components["schemas"]["WebhookDirectUpload"];

interface UploadRecord {
  readonly id: string;
  upload: Upload;
  readonly settings: AssetSettings;
  /** The new_asset_settings as sent, for the webhook events (whose schema has them). */
  readonly echoed: Record<string, unknown> | undefined;
  readonly token: string;
  /** Bytes received so far (a chunked upload sends several `Content-Range` PUTs). */
  received: number;
  timeout: Scheduled | undefined;
}

/** What a PUT to an upload URL answers. */
export type UploadReceipt =
  | { readonly status: 200 }
  | { readonly status: 308; readonly range: string | undefined }
  | { readonly status: 400 | 404 | 409; readonly message: string };

/** Where upload URLs point; the handlers of this path take the file. */
export const UPLOAD_PATH = "/direct-uploads/";

/**
 * Direct uploads of one mock: created `waiting` with a URL that accepts a `PUT` of the file
 * (whole, or in `Content-Range` chunks as UpChunk sends it); the file becomes an asset.
 */
export class UploadFake {
  readonly #records = new Collection<UploadRecord>();
  readonly #context: VideoContext;
  readonly #assets: AssetFake;
  readonly #baseURL: string;

  constructor(context: VideoContext, assets: AssetFake, baseURL: string) {
    this.#context = context;
    this.#assets = assets;
    this.#baseURL = baseURL;
  }

  get size(): number {
    return this.#records.size;
  }

  has(id: string): boolean {
    return this.#records.has(id);
  }

  view(id: string): Upload | undefined {
    const record = this.#records.get(id);
    return record && structuredClone(record.upload);
  }

  list(): Upload[] {
    return this.#records.list().map((r) => structuredClone(r.upload));
  }

  /** Creates an upload from a create-direct-upload body (400 for a bad one); fires `video.upload.created`. */
  create(fields: Fields): Upload {
    const newAssetSettings = optionalObject(fields, "new_asset_settings");
    const settings = parseAssetSettings(newAssetSettings ?? {}, false);
    const timeout = optionalNumber(fields, "timeout", 60, 604_800) ?? 3600;
    if (!Number.isInteger(timeout)) throw new InvalidParameters("timeout must be a whole number of seconds.");
    let id = randomId(44);
    while (this.#records.has(id)) id = randomId(44);
    const token = randomId(32);
    const upload: Upload = {
      id,
      status: "waiting",
      timeout,
      cors_origin: optionalString(fields, "cors_origin") ?? "",
      url: `${this.#baseURL}${UPLOAD_PATH}${encodeURIComponent(id)}?upload_token=${token}`,
    };
    const test = optionalBoolean(fields, "test");
    if (test !== undefined) upload.test = test;
    // Mux echoes the settings sent in new_asset_settings.
    const echoed = echoSettings(newAssetSettings);
    if (echoed) upload.new_asset_settings = echoed as Upload["new_asset_settings"];
    const record: UploadRecord = { id, upload, settings, echoed, token, received: 0, timeout: undefined };
    record.timeout = this.#context.clock.schedule(timeout * 1000, () => {
      record.timeout = undefined;
      if (record.upload.status === "waiting") record.upload.status = "timed_out";
    });
    this.#records.insert(record);
    this.#emit("video.upload.created", record);
    return structuredClone(upload);
  }

  /** Takes (part of) the file for an upload URL; the last part makes the asset. */
  receive(id: string, token: string | null, size: number, contentRange: string | null): UploadReceipt {
    const record = this.#records.get(id);
    if (!record || token !== record.token) return { status: 404, message: "No upload at this URL." };
    if (record.upload.status !== "waiting") return { status: 409, message: `The upload is ${record.upload.status}; it takes no more bytes.` };
    if (contentRange !== null) {
      const match = /^bytes (?:(\d+)-(\d+)|\*)\/(\d+|\*)$/.exec(contentRange.trim());
      if (!match) return { status: 400, message: "Content-Range must be bytes <first>-<last>/<total>." };
      const total = match[3] === "*" ? undefined : Number(match[3]);
      if (match[1] !== undefined) {
        const first = Number(match[1]);
        const last = Number(match[2]);
        if (first !== record.received || last < first || last - first + 1 !== size) {
          return { status: 400, message: `Expected bytes from ${record.received}, got ${contentRange} with ${size} bytes.` };
        }
        record.received = last + 1;
      }
      if (total === undefined || record.received < total) {
        return { status: 308, range: record.received > 0 ? `bytes=0-${record.received - 1}` : undefined };
      }
    } else {
      if (size === 0) return { status: 400, message: "The upload body is empty." };
      record.received = size;
    }
    record.timeout?.cancel();
    const asset = this.#assets.create(record.settings, { ingest: "on_demand_direct_upload", uploadId: id });
    record.upload.status = "asset_created";
    record.upload.asset_id = asset.id;
    this.#emit("video.upload.asset_created", record);
    return { status: 200 };
  }

  /** The CORS origin an upload allows, for the URL's preflight answer. */
  corsOrigin(id: string): string | undefined {
    return this.#records.get(id)?.upload.cors_origin || undefined;
  }

  /** Cancels a waiting upload (`video.upload.cancelled`); 400 when it is not waiting any more. */
  cancel(id: string): Upload | undefined {
    const record = this.#records.get(id);
    if (!record) return undefined;
    if (record.upload.status !== "waiting") {
      throw new InvalidParameters(`Only a waiting upload can be cancelled; this one is ${record.upload.status}.`);
    }
    record.timeout?.cancel();
    record.upload.status = "cancelled";
    this.#emit("video.upload.cancelled", record);
    return structuredClone(record.upload);
  }

  clear(): void {
    for (const record of this.#records.list()) record.timeout?.cancel();
    this.#records.clear();
  }

  #emit(type: "video.upload.created" | "video.upload.asset_created" | "video.upload.cancelled", record: UploadRecord): void {
    const { upload } = record;
    const data: WebhookDirectUpload = {
      id: record.id,
      cors_origin: upload.cors_origin ?? "",
      status: upload.status ?? "waiting",
      timeout: upload.timeout,
    };
    if (upload.url !== undefined) data.url = upload.url;
    if (upload.asset_id !== undefined) data.asset_id = upload.asset_id;
    if (upload.test !== undefined) data.test = upload.test;
    if (record.echoed !== undefined) data.new_asset_settings = structuredClone(record.echoed) as WebhookDirectUpload["new_asset_settings"];
    this.#context.webhooks.emit(type, data, { type: "upload", id: record.id });
  }
}
