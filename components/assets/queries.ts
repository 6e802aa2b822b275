import type { AssetPage } from "@/lib/assets/list-assets";
import type { AssetView } from "@/lib/assets/present-asset";
import { api, ApiClientError, type ErrorBody } from "@/components/lib/api-client";

// The Assets page talks to the public API (/v1/asset...) with the session cookie; X-Team picks the team.
export type { AssetPage, AssetView };

export const PAGE_SIZE = 24;

export const assetKeys = {
  list: (team: string) => ["teams", team, "assets"] as const,
};

export function fetchAssetPage(team: string, token: string | null): Promise<AssetPage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(token ? { token } : {}) });
  return api<AssetPage>(`/v1/asset/list?${query}`, { headers: { "X-Team": team } });
}

export async function deleteAsset(team: string, id: string): Promise<void> {
  await api(`/v1/asset/${encodeURIComponent(id)}/delete`, { method: "POST", headers: { "X-Team": team } });
}

// XMLHttpRequest rather than fetch: only it reports upload progress. The file is sent as is (raw bytes).
export function uploadAssetFile(
  team: string,
  file: File,
  onProgress: (fraction: number) => void,
): { done: Promise<AssetView>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<AssetView>((resolve, reject) => {
    xhr.open("POST", `/v1/asset?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-Team", team);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let payload: { data?: AssetView | null; error?: ErrorBody | null } | null = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && payload?.data) return resolve(payload.data);
      const error = payload?.error;
      reject(
        new ApiClientError(
          error?.message ?? `The upload failed (HTTP ${xhr.status}). Try again.`,
          xhr.status,
          error?.code ?? "http_error",
          error?.request_id ?? null,
          error?.details ?? [],
        ),
      );
    };
    xhr.onerror = () =>
      reject(new ApiClientError("The upload was interrupted. Check your connection and try again.", 0, "network_error", null));
    xhr.onabort = () => reject(new ApiClientError("Upload cancelled.", 0, "cancelled", null));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
