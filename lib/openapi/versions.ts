import { z } from "zod";
import { endpoints, endpointTags, type Endpoint } from "@/lib/openapi/endpoints";

// The API reference page and /api/openapi.json show one version of the API (its path prefix) or all of them.
const apiVersions = ["all", "v1", "v2", "v3"] as const;
export type ApiVersion = (typeof apiVersions)[number];

// An unknown value shows every version (a stale or hand-edited link still opens the page).
export const apiVersionQuery = z.enum(apiVersions).catch("all");

export const inVersion = (e: Pick<Endpoint, "path">, version: ApiVersion) => version === "all" || e.path.startsWith(`/${version}/`);

export type EndpointIndex = {
  counts: Record<ApiVersion, number>;
  // Every tag, in the document's order, even one without an endpoint of this version (the page says so).
  groups: { tag: Endpoint["tag"]; endpoints: Pick<Endpoint, "method" | "path" | "summary" | "operationId">[] }[];
};

/** The endpoints of one version, by tag, and how many each version has. */
export function endpointIndex(version: ApiVersion): EndpointIndex {
  const all = endpoints();
  const counts = Object.fromEntries(apiVersions.map((v) => [v, all.filter((e) => inVersion(e, v)).length])) as EndpointIndex["counts"];
  const shown = all.filter((e) => inVersion(e, version));
  return {
    counts,
    groups: endpointTags.map((tag) => ({
      tag,
      endpoints: shown
        .filter((e) => e.tag === tag)
        .map(({ method, path, summary, operationId }) => ({ method, path, summary, operationId })),
    })),
  };
}
