import type { AssetPage } from "@/lib/assets/list-assets";
import type { AssetView } from "@/lib/assets/present-asset";
import { api } from "@/components/lib/api-client";
import { uploadFile } from "@/components/lib/upload-file";

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

export function uploadAssetFile(
  team: string,
  file: File,
  onProgress: (fraction: number) => void,
): { done: Promise<AssetView>; abort: () => void } {
  return uploadFile<AssetView>(`/v1/asset?name=${encodeURIComponent(file.name)}`, team, file, onProgress);
}
