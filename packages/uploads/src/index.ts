// The generated operations, with the hand-written helpers beside them.
export * from "./generated/index.js";
export { UPLOAD_WAIT_DEFAULTS, type WaitForUploadAssetOptions, waitForUploadAsset } from "./wait-for-upload-asset.js";
