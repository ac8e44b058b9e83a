/** Starts src/server.mjs as a child process and returns its URL, a request counter and close(). */
import { fork } from "node:child_process";
import { join } from "node:path";
import { BENCH_DIR } from "./bundle.mjs";

export async function startServer(privateKeyBase64) {
  const child = fork(join(BENCH_DIR, "src", "server.mjs"), [], {
    execArgv: [],
    env: { ...process.env, BENCH_PRIVATE_KEY: privateKeyBase64 },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m.port));
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    async requestCount() {
      const res = await fetch(`${url}/__stats`);
      return (await res.json()).requests;
    },
    close() {
      return new Promise((resolve) => {
        child.once("exit", resolve);
        child.disconnect();
      });
    },
  };
}
