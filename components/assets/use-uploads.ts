"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { errorMessage } from "@/components/lib/api-client";
import { useToast } from "@/components/ui/toast";
import { precheck } from "@/components/assets/format-asset";
import { assetKeys, uploadAssetFile } from "@/components/assets/queries";

export type Upload = { id: number; name: string; size: number; progress: number; error: string | null; abort: () => void };

let nextId = 1;

// Files being uploaded: each shows progress until it lands in the list, or stays with its error until dismissed.
export function useUploads(team: string) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [uploads, setUploads] = useState<Upload[]>([]);

  const update = useCallback(
    (id: number, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.id === id ? { ...u, ...patch } : u))),
    [],
  );
  const dismiss = useCallback((id: number) => setUploads((all) => all.filter((u) => u.id !== id)), []);

  const start = useCallback(
    (files: Iterable<File>) => {
      for (const file of files) {
        const id = nextId++;
        const problem = precheck(file);
        if (problem) {
          setUploads((all) => [...all, { id, name: file.name, size: file.size, progress: 0, error: problem, abort: () => undefined }]);
          continue;
        }
        const { done, abort } = uploadAssetFile(team, file, (progress) => update(id, { progress }));
        setUploads((all) => [...all, { id, name: file.name, size: file.size, progress: 0, error: null, abort }]);
        done.then(
          async (asset) => {
            await queryClient.invalidateQueries({ queryKey: assetKeys.list(team) });
            dismiss(id);
            toast({ title: "Uploaded", description: asset.name });
          },
          (error: unknown) => update(id, { error: errorMessage(error) }),
        );
      }
    },
    [team, queryClient, toast, update, dismiss],
  );

  return { uploads, start, dismiss };
}
