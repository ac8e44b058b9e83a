/** 1. Bundle size of one-feature apps: esbuild, minified ESM, browser and node. */
import { APPS, PLATFORMS, appPath, isBuilt, measureBundle } from "../lib/bundle.mjs";

const fmt = (n) => n.toLocaleString("en-US");

export async function benchSize() {
  const rows = [];
  const measured = {};
  for (const platform of PLATFORMS) {
    for (const app of APPS) {
      const key = `${app.id}|${app.contender}|${platform}`;
      const missing = app.needs.filter((n) => !isBuilt(n));
      if (missing.length) {
        measured[key] = { skip: `not built: ${missing.join(", ")}` };
        continue;
      }
      try {
        measured[key] = await measureBundle(appPath(app), platform);
      } catch (error) {
        measured[key] = { skip: `bundle failed: ${String(error.message).split("\n")[0].slice(0, 60)}` };
      }
    }
  }
  for (const platform of PLATFORMS) {
    for (const app of APPS) {
      const m = measured[`${app.id}|${app.contender}|${platform}`];
      const row = {
        bench: "1 bundle",
        contender: app.contender,
        metric: `${app.id} app, ${platform}, gzip B`,
      };
      if (m.skip) {
        rows.push({ ...row, note: m.skip });
        continue;
      }
      const official = measured[`${app.id}|official|${platform}`];
      const ratio = app.contender !== "official" && official?.gzip ? m.gzip / official.gzip : undefined;
      let target;
      let pass;
      const gaps = [];
      if (app.contender === "ours" && app.id === "signing-keys") {
        // Reported here only, not asserted in CI: out of reach while openapi-fetch is the runtime (README).
        target = "<=0.25x official, <=4,000 B";
        pass = ratio !== undefined && ratio <= 0.25 && m.gzip <= 4000;
        if (m.gzip > 4000) gaps.push(`gap: ${fmt(m.gzip - 4000)} B over 4,000 B`);
        if (ratio !== undefined && ratio > 0.25) gaps.push(`gap: ${fmt(Math.ceil(m.gzip - 0.25 * official.gzip))} B over 0.25x official`);
      } else if (app.contender === "ours" && (app.id === "jwt" || app.id === "webhooks")) {
        const limit = app.id === "jwt" ? 6500 : 3000;
        target = `<=${fmt(limit)} B`;
        pass = m.gzip <= limit;
        if (pass) gaps.push(`headroom ${fmt(limit - m.gzip)} B`);
        else gaps.push(`gap: ${fmt(m.gzip - limit)} B over ${fmt(limit)} B`);
      }
      rows.push({
        ...row,
        median: m.gzip,
        format: fmt,
        ratio,
        ratioOf: "official",
        target,
        pass,
        note: [`min ${fmt(m.min)} B`, ...gaps].join("; "),
      });
    }
  }
  return rows;
}
