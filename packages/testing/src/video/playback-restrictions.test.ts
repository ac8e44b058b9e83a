import { describe, expect, it } from "vitest";
import { call } from "../test-support/http.js";
import { useMock } from "../test-support/use-mock.js";

const API = "https://api.mux.com/video/v1/playback-restrictions";
const { mock } = useMock();
const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body) });

describe("playback restrictions", () => {
  it("creates, retrieves, lists, updates referrer and user-agent rules, and deletes", async () => {
    const created = await call(API, json("POST", { referrer: { allowed_domains: ["*.example.com"], allow_no_referrer: false } }));
    expect(created).toMatchObject({ status: 201, body: { data: { referrer: { allowed_domains: ["*.example.com"] }, user_agent: { allow_no_user_agent: true } } } });
    const { id } = (created.body as { data: { id: string } }).data;
    expect((await call(`${API}/${id}`)).body).toEqual(created.body);
    expect(((await call(API)).body as { data: { id: string }[] }).data.map((r) => r.id)).toEqual([id]);
    const referrer = await call(`${API}/${id}/referrer`, json("PUT", { allowed_domains: ["app.example.com"], allow_no_referrer: true }));
    expect(referrer).toMatchObject({ status: 200, body: { data: { referrer: { allowed_domains: ["app.example.com"], allow_no_referrer: true } } } });
    const agent = await call(`${API}/${id}/user_agent`, json("PUT", { allow_no_user_agent: false, allow_high_risk_user_agent: false }));
    expect(agent).toMatchObject({ status: 200, body: { data: { user_agent: { allow_no_user_agent: false, allow_high_risk_user_agent: false } } } });
    expect(mock.playbackRestrictions.get(id)?.referrer?.allowed_domains).toEqual(["app.example.com"]);
    expect((await call(API, json("POST", { referrer: { allowed_domains: [42] } }))).status).toBe(400);
    expect((await call(`${API}/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`${API}/${id}`)).status).toBe(404);
    expect(mock.playbackRestrictions.size).toBe(0);
  });
});
