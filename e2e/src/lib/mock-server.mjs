// Starts the `mux-mock-server` bin from an installed @mux/testing and reads the settings it prints.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { startUntil } from "./proc.mjs";

const READY = /MUX_BASE_URL=(\S+)\s+MUX_TOKEN_ID=(\S+)\s+MUX_TOKEN_SECRET=(\S+)/;

/**
 * @param {string} projectDir  a project with @mux/testing (and msw) installed
 * @param {{ nodeBinary?: string }} [options]
 * @returns {Promise<{ env: { MUX_BASE_URL: string; MUX_TOKEN_ID: string; MUX_TOKEN_SECRET: string }; stop(): void }>}
 */
export async function startMockServerBin(projectDir, options = {}) {
  const bin = join(projectDir, "node_modules", ".bin", "mux-mock-server");
  if (!existsSync(bin)) throw new Error(`no mux-mock-server bin in ${projectDir} (is @mux/testing built with its bin?)`);
  const started = await startUntil(options.nodeBinary ?? process.execPath, [bin, "--port", "0"], {
    cwd: projectDir,
    ready: READY,
    timeoutMs: 30_000,
  });
  const [, MUX_BASE_URL = "", MUX_TOKEN_ID = "", MUX_TOKEN_SECRET = ""] = started.match;
  return { env: { MUX_BASE_URL, MUX_TOKEN_ID, MUX_TOKEN_SECRET }, stop: started.stop };
}
