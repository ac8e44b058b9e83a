import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

async function startBin(args: string[] = []) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  child.stdout.setEncoding("utf8");
  const vars = await new Promise<Record<string, string>>((resolve, reject) => {
    child.stdout.on("data", (chunk: string) => {
      stdout += chunk;
      if (stdout.includes("MUX_TOKEN_SECRET=") && stdout.endsWith("\n")) {
        resolve(Object.fromEntries([...stdout.matchAll(/^(MUX_\w+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!])));
      }
    });
    child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${stdout}`)));
  });
  return { child, vars, output: () => stdout };
}

describe("mux-mock-server bin", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("prints its URL and credentials, serves requests and exits cleanly on %s", async (signal) => {
    const { child, vars, output } = await startBin();
    expect(vars.MUX_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(output()).toContain(`listening on ${vars.MUX_BASE_URL}`);
    const authorization = `Basic ${Buffer.from(`${vars.MUX_TOKEN_ID}:${vars.MUX_TOKEN_SECRET}`).toString("base64")}`;
    const response = await fetch(`${vars.MUX_BASE_URL}/system/v1/whoami`, { headers: { authorization } });
    expect(response.status).toBe(200);
    const exited = once(child, "exit");
    child.kill(signal);
    const [code, killedBy] = await exited;
    expect([code, killedBy]).toEqual([0, null]);
  });

  it("listens on the port it is given", async () => {
    const probe = await startBin();
    const port = new URL(probe.vars.MUX_BASE_URL!).port;
    probe.child.kill("SIGTERM");
    await once(probe.child, "exit");
    const { child, vars } = await startBin(["--port", port]);
    expect(vars.MUX_BASE_URL).toBe(`http://127.0.0.1:${port}`);
    child.kill("SIGTERM");
    await once(child, "exit");
  });

  it("makes assets ready after --asset-ready-ms", async () => {
    const { child, vars } = await startBin(["--asset-ready-ms", "10"]);
    const headers = { authorization: `Basic ${Buffer.from(`${vars.MUX_TOKEN_ID}:${vars.MUX_TOKEN_SECRET}`).toString("base64")}` };
    const created = await fetch(`${vars.MUX_BASE_URL}/video/v1/assets`, { method: "POST", headers, body: JSON.stringify({ inputs: [{ url: "https://example.com/v.mp4" }] }) });
    const { data } = (await created.json()) as { data: { id: string } };
    await new Promise((resolve) => setTimeout(resolve, 200));
    const asset = (await (await fetch(`${vars.MUX_BASE_URL}/video/v1/assets/${data.id}`, { headers })).json()) as { data: { status: string } };
    expect(asset.data.status).toBe("ready");
    child.kill("SIGTERM");
    await once(child, "exit");
  });

  it("rejects bad arguments with exit code 2", async () => {
    const child = spawn(process.execPath, [BIN, "--port", "nope"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(stderr).toContain("Invalid port");
  });
});
