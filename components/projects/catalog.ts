"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/components/lib/api-client";
import type { AssetPage, AssetView } from "@/components/assets/queries";

// The catalog and assets the editor offers, read from the public API with the session cookie (X-Team).
export type CatalogAvatar = { avatar_id: string; avatar_name: string; preview_image_url: string; default_voice_id?: string };
export type CatalogVoice = {
  voice_id: string;
  name: string;
  language: string;
  gender: string;
  emotion_support?: boolean;
  support_locale?: boolean;
  locales?: Record<string, string> | string[];
};

export function useCatalog(team: string) {
  const headers = { "X-Team": team };
  const avatars = useQuery({
    queryKey: ["teams", team, "catalog", "avatars"],
    queryFn: () => api<{ avatars: CatalogAvatar[] }>("/v2/avatars", { headers }).then((r) => r.avatars),
    staleTime: 5 * 60_000,
  });
  const voices = useQuery({
    queryKey: ["teams", team, "catalog", "voices"],
    queryFn: () => api<{ voices: CatalogVoice[] }>("/v2/voices", { headers }).then((r) => r.voices),
    staleTime: 5 * 60_000,
  });
  const assets = useQuery({
    queryKey: ["teams", team, "assets", "editor"],
    queryFn: () => api<AssetPage>("/v1/asset/list?limit=100", { headers }).then((r) => r.assets),
    staleTime: 30_000,
  });
  return { avatars: avatars.data ?? [], voices: voices.data ?? [], assets: (assets.data ?? []) as AssetView[] };
}
