// The floor: openapi-fetch alone, one typed GET with a Basic auth header.
import createClient from "openapi-fetch";

export async function main(baseUrl, authorization) {
  const api = createClient({ baseUrl, headers: { Authorization: authorization } });
  const { data } = await api.GET("/system/v1/signing-keys", { params: { query: { limit: 100 } } });
  return data;
}
