"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { AssetsIcon, PlusIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { ConfirmMutation } from "@/components/members/confirm-dialog";
import { AssetCard } from "@/components/assets/asset-card";
import { DropZone } from "@/components/assets/drop-zone";
import { acceptAttribute } from "@/components/assets/format-asset";
import { UploadList } from "@/components/assets/upload-list";
import { useUploads } from "@/components/assets/use-uploads";
import { assetKeys, deleteAsset, fetchAssetPage, type AssetPage, type AssetView } from "@/components/assets/queries";

const LIMITS = "Images (PNG, JPEG, WebP) and audio (MP3, WAV) up to 50 MB, video (MP4, WebM) up to 100 MB.";

export function AssetsPanel({ team, initialPage }: { team: string; initialPage: AssetPage }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [deleting, setDeleting] = useState<AssetView | null>(null);
  const { uploads, start, dismiss } = useUploads(team);

  const list = useInfiniteQuery({
    queryKey: assetKeys.list(team),
    queryFn: ({ pageParam }) => fetchAssetPage(team, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.token,
    initialData: { pages: [initialPage], pageParams: [null] },
  });
  const assets = list.data.pages.flatMap((page) => page.assets);
  const total = list.data.pages[0]?.total ?? 0;

  const remove = useMutation({
    mutationFn: (asset: AssetView) => deleteAsset(team, asset.id),
    onSuccess: async (_data, asset) => {
      await queryClient.invalidateQueries({ queryKey: assetKeys.list(team) });
      setDeleting(null);
      toast({ title: "Asset deleted", description: `${asset.name} is gone. Videos already rendered with it keep their copy.` });
    },
  });

  const openPicker = () => input.current?.click();
  const uploadButton = (
    <Button onClick={openPicker}>
      <PlusIcon className="size-4" />
      Upload files
    </Button>
  );

  return (
    <DropZone onFiles={start}>
      <input
        ref={input}
        type="file"
        multiple
        accept={acceptAttribute}
        className="sr-only"
        tabIndex={-1}
        aria-label="Choose files to upload"
        onChange={(event) => {
          start([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
      />
      <PageHeader
        title="Assets"
        description={
          total
            ? `${total} ${total === 1 ? "file" : "files"} for backgrounds, voice-overs and talking photos. Drag files onto this page to upload more.`
            : "Images, video clips and audio for backgrounds, voice-overs and talking photos."
        }
        actions={assets.length ? uploadButton : null}
      />
      <div className="space-y-6">
        <UploadList uploads={uploads} onDismiss={dismiss} />
        {list.isError ? <Alert variant="danger">{errorMessage(list.error)}</Alert> : null}
        {assets.length === 0 ? (
          <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
            <EmptyState
              icon={<AssetsIcon className="size-5" />}
              title="No assets yet"
              description={
                <>
                  Drag images, video clips or audio here, or choose them from your computer. API requests refer to an asset by its ID.
                  <span className="mt-3 block text-xs leading-5 text-zinc-500">{LIMITS}</span>
                </>
              }
            >
              {uploadButton}
            </EmptyState>
          </div>
        ) : (
          <>
            <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-4" aria-label="Assets">
              {assets.map((asset) => (
                <li key={asset.id}>
                  <AssetCard asset={asset} onDelete={setDeleting} />
                </li>
              ))}
            </ul>
            <div className="flex flex-col items-center gap-2 text-xs text-zinc-500">
              {list.hasNextPage ? (
                <Button variant="secondary" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
                  Load more
                </Button>
              ) : null}
              <p>
                Showing {assets.length} of {total}. {LIMITS}
              </p>
            </div>
          </>
        )}
      </div>

      <ConfirmMutation
        target={deleting}
        mutation={remove}
        onDone={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? "asset"}?`}
        description="The file is removed and its links stop working. Videos already rendered with it are not affected."
        confirmLabel="Delete asset"
      />
    </DropZone>
  );
}
