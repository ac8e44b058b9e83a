// Which packages each smoke app needs, so a runner can skip an app whose packages are not built yet.
// This file imports nothing, so it loads even when none of the packages exist.

/** @type {Record<string, { file: string; packages: string[]; server: boolean; notOnWorkers?: boolean; forceExit?: boolean }>} */
export const smokeApps = {
  "jwt-app": { file: "./jwt-app.mjs", packages: ["@mux/jwt"], server: false },
  "signing-keys-app": {
    file: "./signing-keys-app.mjs",
    packages: ["@mux/signing-keys", "@mux/core", "@mux/errors"],
    server: true,
  },
  "msw-app": {
    file: "./msw-app.mjs",
    packages: ["@mux/testing", "@mux/signing-keys", "@mux/core", "@mux/errors"],
    server: false,
    // msw/node intercepts Node-style modules; workerd has none.
    notOnWorkers: true,
    // On Deno, msw's setupServer keeps the process alive after server.close().
    forceExit: true,
  },
  "umbrella-app": { file: "./umbrella-app.mjs", packages: ["@mux/mux-node"], server: true },
  "video-app": {
    file: "./video-app.mjs",
    packages: ["@mux/assets", "@mux/uploads", "@mux/live-streams", "@mux/playback", "@mux/data-metrics", "@mux/core", "@mux/errors"],
    server: true,
  },
  "webhooks-app": { file: "./webhooks-app.mjs", packages: ["@mux/webhooks", "@mux/errors"], server: false },
};
