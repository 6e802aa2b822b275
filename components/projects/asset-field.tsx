"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldAria } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { errorMessage } from "@/components/lib/api-client";
import { uploadAssetFile, type AssetView } from "@/components/assets/queries";
import { str, type Bind } from "@/components/projects/scene-fields";

const accept = { image: "image/png,image/jpeg,image/webp", video: "video/mp4,video/webm,video/quicktime", audio: "audio/*" } as const;

// One of the team's assets of a kind, or a new file uploaded from here (it joins the team's Assets).
export function AssetField({
  team,
  bind,
  k,
  label,
  kind,
  assets,
}: {
  team: string;
  bind: Bind;
  k: string;
  label: string;
  kind: AssetView["file_type"];
  assets: AssetView[];
}) {
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const id = `${bind.id}-${k}`;
  const error = uploadError ?? bind.error(k);
  const mine = assets.filter((a) => a.file_type === kind);
  const hint = progress !== null ? `Uploading… ${Math.round(progress * 100)}%` : undefined;

  const upload = async (file: File) => {
    setUploadError(null);
    setProgress(0);
    try {
      const asset = await uploadAssetFile(team, file, setProgress).done;
      await qc.invalidateQueries({ queryKey: ["teams", team, "assets"] });
      bind.set({ ...bind.value, [k]: asset.id });
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  };

  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <div className="flex gap-2">
        <Select
          {...fieldAria(id, { error, hint })}
          value={str(bind.value[k])}
          onChange={(e) => {
            const next = { ...bind.value };
            if (e.target.value) next[k] = e.target.value;
            else delete next[k];
            bind.set(next);
          }}
        >
          <option value="">None</option>
          {mine.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
        <Button
          variant="secondary"
          loading={progress !== null}
          onClick={() => input.current?.click()}
          aria-label={`Upload ${kind} for ${label.toLowerCase()}`}
        >
          Upload
        </Button>
        <input
          ref={input}
          type="file"
          accept={accept[kind]}
          className="hidden"
          aria-hidden
          tabIndex={-1}
          onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
        />
      </div>
    </Field>
  );
}
