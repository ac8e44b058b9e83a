// The generated operations, with the hand-written helpers beside them.
export * from "./generated/index.js";
export { ASSET_WAIT_DEFAULTS, type WaitForAssetReadyOptions, waitForAssetReady } from "./wait-for-asset-ready.js";
