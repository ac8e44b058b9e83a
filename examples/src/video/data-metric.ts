// Read a Mux Data metric: the overall value over the last 7 days, then the worst countries.
import Mux from "@mux/mux-node";

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function startupTimeReport() {
  const overall = await mux.data.metrics.getOverallValues("video_startup_time", { timeframe: ["7:days"] });
  console.log(`Video startup time (median): ${overall.data.value} ms over ${overall.data.total_views} views`);

  const byCountry = await mux.data.metrics.listBreakdownValues("video_startup_time", {
    group_by: "country",
    timeframe: ["7:days"],
    order_by: "value",
    order_direction: "desc",
    limit: 5,
  });
  for (const row of byCountry.data) console.log(`  ${row.field}: ${row.value} ms (${row.views} views)`);
  return { overall: overall.data, worst: byCountry.data };
}
