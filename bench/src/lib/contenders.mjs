/**
 * Loads every contender that is available right now. Our packages are
 * imported from their built dist; one that is not built (yet) is reported as
 * missing instead of failing the whole run.
 */

const OURS = {
  errors: "@mux/errors",
  core: "@mux/core",
  jwt: "@mux/jwt",
  "signing-keys": "@mux/signing-keys",
  utilities: "@mux/utilities",
  webhooks: "@mux/webhooks",
  "mux-node": "@mux/mux-node",
};

/** { modules: { core: module | null, ... }, missing: { core: "reason", ... } } */
export async function loadOurPackages(only = Object.keys(OURS)) {
  const modules = {};
  const missing = {};
  for (const [name, spec] of Object.entries(OURS)) {
    if (!only.includes(name)) continue;
    try {
      modules[name] = await import(spec);
    } catch (error) {
      modules[name] = null;
      missing[name] = String(error?.code ?? error?.message ?? error).slice(0, 80);
    }
  }
  return { modules, missing };
}

/** The third-party contenders, loaded on demand so a child process can load only the one it measures. */
export async function loadThirdParty({ official = true, openapiFetch = true } = {}) {
  return {
    Mux: official ? (await import("official-mux-node")).default : undefined,
    createClient: openapiFetch ? (await import("openapi-fetch")).default : undefined,
  };
}

export function basicAuth(tokenId, tokenSecret) {
  return `Basic ${Buffer.from(`${tokenId}:${tokenSecret}`).toString("base64")}`;
}

/**
 * Counts a list's items the cheapest way `for await` allows, for the diagnostic floors: each item
 * of the page in hand comes back as a resolved promise, and only a page boundary takes an async
 * step. `fetchPage(n)` resolves with page n's items; a page shorter than `limit` is the last.
 */
async function countByForAwait(limit, fetchPage) {
  let page = 1;
  let data = [];
  let index = 0;
  let last = false;
  const iterator = {
    [Symbol.asyncIterator]: () => iterator,
    next() {
      if (index < data.length) return Promise.resolve({ done: false, value: data[index++] });
      if (last) return Promise.resolve({ done: true, value: undefined });
      return (async () => {
        data = await fetchPage(page++);
        index = 0;
        last = data.length < limit;
        return data.length > 0 ? { done: false, value: data[index++] } : { done: true, value: undefined };
      })();
    },
  };
  let count = 0;
  for await (const _key of iterator) count++;
  return count;
}

/**
 * HTTP clients for one base URL. Each contender is { name, list(limit), create(), iterateAll(limit) }
 * or { name, skip: "reason" } when it cannot run.
 */
export function httpContenders(ours, third, baseURL, credentials) {
  const { Mux, createClient } = third;
  const { tokenId, tokenSecret } = credentials;
  const authorization = basicAuth(tokenId, tokenSecret);
  const keysURL = `${baseURL}/system/v1/signing-keys`;
  const list = [];

  list.push({
    name: "bare fetch",
    reference: true,
    async list(limit) {
      const res = await fetch(`${keysURL}?limit=${limit}`, { headers: { authorization } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()).data;
    },
    async create() {
      const res = await fetch(keysURL, { method: "POST", headers: { authorization } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()).data;
    },
    async iterateAll(limit) {
      // The hand-written loop: next page until a page comes back short.
      let count = 0;
      for (let page = 1; ; page++) {
        const res = await fetch(`${keysURL}?page=${page}&limit=${limit}`, { headers: { authorization } });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const { data } = await res.json();
        for (const _key of data) count++;
        if (data.length < limit) return count;
      }
    },
  });

  // Diagnostic floor for `for await` over items: the bare loop's requests, with each item handed
  // out through the cheapest async iterator there is (a resolved promise per item, one async step
  // per page). The async iteration protocol alone costs this much over the bare loop's plain
  // `for...of`, so no client whose items arrive by `for await` can beat this row.
  list.push({
    name: "bare fetch, items by for await (diag floor)",
    iterateAll: (limit) =>
      countByForAwait(limit, async (page) => {
        const res = await fetch(`${keysURL}?page=${page}&limit=${limit}`, { headers: { authorization } });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()).data;
      }),
  });

  // Diagnostic: the bare loop plus what any client with a per-attempt timeout must add, an
  // AbortController and a timer per request whose signal goes to fetch. On Node 20 fetch's
  // following of a signal is the larger part of every client's overhead over "bare fetch".
  const timed = async (url, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const res = await fetch(url, { ...init, signal: controller.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()).data;
    } finally {
      clearTimeout(timer);
    }
  };
  list.push({
    name: "bare fetch + timeout (diag)",
    list: (limit) => timed(`${keysURL}?limit=${limit}`, { headers: { authorization } }),
    create: () => timed(keysURL, { method: "POST", headers: { authorization } }),
    async iterateAll(limit) {
      let count = 0;
      for (let page = 1; ; page++) {
        const data = await timed(`${keysURL}?page=${page}&limit=${limit}`, { headers: { authorization } });
        for (const _key of data) count++;
        if (data.length < limit) return count;
      }
    },
  });

  /** GET list, POST create and the page loop through an openapi-fetch client, unwrapping `data`. */
  const openapiFetchCalls = (client) => ({
    async list(limit) {
      const { data, error } = await client.GET("/system/v1/signing-keys", { params: { query: { limit } } });
      if (error) throw new Error("openapi-fetch error");
      return data.data;
    },
    async create() {
      const { data, error } = await client.POST("/system/v1/signing-keys", {});
      if (error) throw new Error("openapi-fetch error");
      return data.data;
    },
    async iterateAll(limit) {
      // The bare loop through this client (diagnostic: the client's own cost per page).
      let count = 0;
      for (let page = 1; ; page++) {
        const { data, error } = await client.GET("/system/v1/signing-keys", { params: { query: { page, limit } } });
        if (error) throw new Error("openapi-fetch error");
        for (const _key of data.data) count++;
        if (data.data.length < limit) return count;
      }
    },
  });

  const api = createClient?.({ baseUrl: baseURL, headers: { Authorization: authorization } });
  if (api) list.push({ name: "openapi-fetch", ...openapiFetchCalls(api) });

  // Diagnostic floor for a client built on openapi-fetch with per-attempt timeouts: openapi-fetch
  // building plain request parts instead of a Request (as core does), sent by a fetch that adds
  // an AbortController and a 60 s timer. Nothing else: no retries, errors, validation or pages.
  // biome-ignore lint/complexity/useArrowFunction: openapi-fetch calls it with `new`, which an arrow function refuses.
  const parts = function (url, init) {
    return { ...init, url };
  };
  const lean = createClient?.({
    baseUrl: baseURL,
    headers: { Authorization: authorization },
    Request: parts,
    fetch: async (request) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      try {
        return await fetch(request.url, { ...request, signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    },
  });
  // Its page loop is the floor for walking pages on our runtime.
  if (lean) list.push({ name: "openapi-fetch, parts + timeout (diag floor)", ...openapiFetchCalls(lean) });

  // Diagnostic floor for `for await` over items on our runtime: the client above (openapi-fetch
  // with per-attempt timeouts), its pages walked by the cheapest async iterator there is. No
  // client on openapi-fetch that has timeouts and hands out items by `for await` can beat it.
  if (lean) list.push({
    name: "openapi-fetch + timeout, items by for await (diag floor)",
    iterateAll: (limit) =>
      countByForAwait(limit, async (page) => {
        const { data, error } = await lean.GET("/system/v1/signing-keys", { params: { query: { page, limit } } });
        if (error) throw new Error("openapi-fetch error");
        return data.data;
      }),
  });

  if (ours.core) {
    // Diagnostic: core's openapi-fetch client (auth middleware, retry/timeout fetch wrapper) without a leaf's callApi/paginate.
    const raw = ours.core.createMuxClient({ tokenId, tokenSecret, baseURL }).api;
    list.push({
      name: "ours core.api (diag)",
      async list(limit) {
        const { data, error } = await raw.GET("/system/v1/signing-keys", { params: { query: { limit } } });
        if (error) throw new Error("core.api error");
        return data.data;
      },
      async create() {
        const { data, error } = await raw.POST("/system/v1/signing-keys", {});
        if (error) throw new Error("core.api error");
        return data.data;
      },
    });
  }

  if (ours.core && ours["signing-keys"]) {
    const client = ours.core.createMuxClient({ tokenId, tokenSecret, baseURL });
    const { listSigningKeys, createSigningKey } = ours["signing-keys"];
    list.push({
      name: "ours",
      async list(limit) {
        return (await listSigningKeys(client, { limit })).data;
      },
      create() {
        return createSigningKey(client);
      },
      async iterateAll(limit) {
        let count = 0;
        for await (const _key of listSigningKeys(client, { limit })) count++;
        return count;
      },
    });
  } else {
    list.push({ name: "ours", skip: "@mux/core or @mux/signing-keys not built" });
  }

  if (ours.core && ours["signing-keys"]) {
    // Diagnostic: the same requests as "ours", but walking pages (iterPages) with a plain loop over each
    // page's items: the difference to "ours" is the cost of yielding every item through an async generator.
    const client = ours.core.createMuxClient({ tokenId, tokenSecret, baseURL });
    const { listSigningKeys } = ours["signing-keys"];
    list.push({
      name: "ours iterPages (diag)",
      async iterateAll(limit) {
        let count = 0;
        for await (const page of (await listSigningKeys(client, { limit })).iterPages()) for (const _key of page.data) count++;
        return count;
      },
    });
  }

  if (ours["mux-node"]) {
    const OurMux = ours["mux-node"].default ?? ours["mux-node"].Mux;
    const mux = new OurMux({ tokenId, tokenSecret, baseURL });
    list.push({
      name: "ours (umbrella)",
      async list(limit) {
        return (await mux.system.signingKeys.list({ limit })).data;
      },
      create() {
        return mux.system.signingKeys.create();
      },
      async iterateAll(limit) {
        let count = 0;
        for await (const _key of mux.system.signingKeys.list({ limit })) count++;
        return count;
      },
    });
  } else {
    list.push({ name: "ours (umbrella)", skip: "@mux/mux-node not built" });
  }

  const official = Mux && new Mux({ tokenId, tokenSecret, baseURL });
  if (official) list.push({
    name: "official",
    async list(limit) {
      return (await official.system.signingKeys.list({ limit })).data;
    },
    create() {
      return official.system.signingKeys.create();
    },
    async iterateAll(limit) {
      let count = 0;
      for await (const _key of official.system.signingKeys.list({ limit })) count++;
      return count;
    },
  });
  return list;
}
