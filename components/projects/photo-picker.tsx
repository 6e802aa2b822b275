"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type KeyboardEvent } from "react";
import { DropZone } from "@/components/assets/drop-zone";
import { api, errorMessage } from "@/components/lib/api-client";
import { uploadFile } from "@/components/lib/upload-file";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input } from "@/components/ui/input";
import type { TalkingPhotoView } from "@/lib/talking-photos/talking-photos";

// The team's talking photos in the presenter picker: upload one (with the likeness consent), see what the
// analysis found (the face box and the matte), rename or delete it, and pick it for the scene.
export type StudioPhoto = TalkingPhotoView & { analysis_preview_url: string };

const photoKeys = { list: (team: string) => ["teams", team, "talking-photos"] as const };

export function useTalkingPhotos(team: string) {
  return useQuery({
    queryKey: photoKeys.list(team),
    queryFn: () => api<StudioPhoto[]>(`/api/teams/${encodeURIComponent(team)}/talking-photos`),
    staleTime: 30_000,
  });
}

export function PhotoPicker({
  team,
  chosen,
  onPick,
  n,
}: {
  team: string;
  /** The scene's talking_photo_id, or "" when the scene shows no photo. */
  chosen: string;
  onPick: (id: string) => void;
  n: number;
}) {
  const queryClient = useQueryClient();
  const photos = useTalkingPhotos(team);
  const [consent, setConsent] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const list = photos.data ?? [];
  const selected = list.find((p) => p.talking_photo_id === chosen);

  async function upload(files: File[]) {
    const file = files[0];
    if (!file) return;
    if (!consent) {
      setUploadError("Confirm that you have the right to use this person's likeness first.");
      return;
    }
    setUploadError(null);
    setWarnings([]);
    setProgress(0);
    try {
      const url = `/v1/talking_photo?name=${encodeURIComponent(file.name.replace(/\.[^.]+$/, ""))}`;
      const answer = await uploadFile<{ talking_photo_id: string; warnings: string[] }>(url, team, file, setProgress).done;
      setWarnings(answer.warnings);
      await queryClient.invalidateQueries({ queryKey: photoKeys.list(team) });
      onPick(answer.talking_photo_id);
    } catch (error) {
      setUploadError(errorMessage(error));
    } finally {
      setProgress(null);
    }
  }

  const options = list.map((p) => p.talking_photo_id);
  const onArrow = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step || options.length === 0) return;
    event.preventDefault();
    const next = options[(Math.max(0, options.indexOf(chosen)) + step + options.length) % options.length]!;
    onPick(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-photo="${next}"]`)?.focus();
  };

  return (
    <div className="space-y-3">
      <DropZone onFiles={(files) => void upload(files)}>
        <div className="space-y-2 rounded-md border border-dashed border-zinc-300 p-3 text-sm text-zinc-700">
          <p>Drop a portrait here (JPEG, PNG or WebP, one face, at least 64 px), or choose a file.</p>
          <label className="flex items-start gap-2">
            <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} className="mt-1" />
            <span>I have the right to use this person&apos;s likeness</span>
          </label>
          <label className={cx("inline-block", !consent && "opacity-50")}>
            <span className="sr-only">Upload a photo for scene {n}</span>
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp"
              disabled={!consent || progress !== null}
              onChange={(e) => {
                void upload([...(e.target.files ?? [])]);
                e.target.value = "";
              }}
              className="text-xs"
            />
          </label>
          {progress !== null ? (
            <p role="status" className="text-xs text-zinc-600">
              {progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : "Finding the face and the person's outline…"}
            </p>
          ) : null}
        </div>
      </DropZone>
      {uploadError ? <Alert variant="danger">{uploadError}</Alert> : null}
      {warnings.map((w) => (
        <Alert key={w} variant="warning">
          {w}
        </Alert>
      ))}
      {photos.isError ? <Alert variant="danger">{errorMessage(photos.error)}</Alert> : null}
      {photos.isSuccess && list.length === 0 ? (
        <p className="text-sm text-zinc-600">No photos yet: upload a portrait to make it speak.</p>
      ) : null}
      {list.length > 0 ? (
        <div role="radiogroup" aria-label={`Photo of scene ${n}`} className="grid grid-cols-4 gap-2" onKeyDown={onArrow}>
          {list.map((p, i) => (
            <button
              key={p.talking_photo_id}
              type="button"
              role="radio"
              data-photo={p.talking_photo_id}
              aria-checked={chosen === p.talking_photo_id}
              tabIndex={chosen === p.talking_photo_id || (!selected && i === 0) ? 0 : -1}
              aria-label={p.talking_photo_name}
              title={p.talking_photo_name}
              onClick={() => onPick(p.talking_photo_id)}
              className={cx(
                "overflow-hidden rounded-md border bg-zinc-50",
                chosen === p.talking_photo_id ? "border-accent-600 ring-2 ring-accent-600" : "border-zinc-200",
              )}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- the team's photos, signed links from our API */}
              <img src={p.preview_image_url} alt="" className="aspect-square w-full object-cover" loading="lazy" />
            </button>
          ))}
        </div>
      ) : null}
      {chosen && photos.isSuccess && !selected ? (
        <Alert variant="danger">This scene&apos;s photo was deleted. Choose another photo or presenter, or upload it again.</Alert>
      ) : null}
      {selected ? <PhotoDetails key={selected.talking_photo_id} team={team} photo={selected} onDeleted={() => onPick("")} /> : null}
    </div>
  );
}

function PhotoDetails({ team, photo, onDeleted }: { team: string; photo: StudioPhoto; onDeleted: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(photo.talking_photo_name);
  const path = `/api/teams/${encodeURIComponent(team)}/talking-photos/${encodeURIComponent(photo.talking_photo_id)}`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: photoKeys.list(team) });
  const rename = useMutation({ mutationFn: () => api(path, { method: "PATCH", body: { name } }), onSuccess: refresh });
  const remove = useMutation({
    mutationFn: () => api(path, { method: "DELETE" }),
    onSuccess: async () => {
      await refresh();
      onDeleted();
    },
  });
  return (
    <div className="space-y-2 rounded-md border border-zinc-200 p-3">
      <figure className="space-y-1">
        {/* eslint-disable-next-line @next/next/no-img-element -- the analysis preview, a signed link from our API */}
        <img
          src={photo.analysis_preview_url}
          alt={`What the analysis found in ${photo.talking_photo_name}: the face box and the person`}
          className="max-h-48 rounded"
        />
        <figcaption className="text-xs text-zinc-600">
          The detected face (box) and the person kept by matting; the dimmed part is the backdrop.
        </figcaption>
      </figure>
      {photo.warnings.map((w) => (
        <Alert key={w} variant="warning">
          {w}
        </Alert>
      ))}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          rename.mutate();
        }}
      >
        <label className="flex-1 text-sm text-zinc-800">
          Name
          <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        </label>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          loading={rename.isPending}
          disabled={name.trim() === "" || name === photo.talking_photo_name}
        >
          Rename
        </Button>
        <Button
          size="sm"
          variant="danger-outline"
          loading={remove.isPending}
          onClick={() => {
            if (
              window.confirm(
                `Delete "${photo.talking_photo_name}"? Videos already made keep it; drafts using it will need another presenter.`,
              )
            )
              remove.mutate();
          }}
        >
          Delete
        </Button>
      </form>
      {rename.isError ? <Alert variant="danger">{errorMessage(rename.error)}</Alert> : null}
      {remove.isError ? <Alert variant="danger">{errorMessage(remove.error)}</Alert> : null}
    </div>
  );
}
