// The smoke apps as a Cloudflare Worker, for `workerd test`. Bundled with esbuild by the runtime
// runner (workerd cannot resolve node_modules); server settings arrive as text bindings.
// Each app is imported statically so the bundle holds everything; the runner generates the
// entry that lists the apps (see runtimes.mjs), so this file only defines the handler.

/**
 * @param {Record<string, { run(env: { baseURL: string; tokenId: string; tokenSecret: string }): Promise<{ checks: string[] }> }>} apps
 */
export function makeWorker(apps) {
  return {
    /** @param {unknown} _controller @param {Record<string, string>} env */
    async test(_controller, env) {
      const config = { baseURL: env.MUX_BASE_URL ?? "", tokenId: env.MUX_TOKEN_ID ?? "", tokenSecret: env.MUX_TOKEN_SECRET ?? "" };
      let failed = 0;
      for (const [name, app] of Object.entries(apps)) {
        try {
          const result = await app.run(config);
          console.log(JSON.stringify({ app: name, ok: true, checks: result.checks }));
        } catch (error) {
          failed++;
          const message = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
          console.log(JSON.stringify({ app: name, ok: false, error: message }));
        }
      }
      if (failed) throw new Error(`${failed} smoke app(s) failed`);
    },
  };
}
