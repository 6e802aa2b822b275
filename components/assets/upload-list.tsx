"use client";

import { Button } from "@/components/ui/button";
import { CloseIcon } from "@/components/ui/icons";
import { formatBytes } from "@/components/assets/format-asset";
import type { Upload } from "@/components/assets/use-uploads";

// Files on their way up: a progress bar each, or the reason it failed and what to do about it.
export function UploadList({ uploads, onDismiss }: { uploads: Upload[]; onDismiss: (id: number) => void }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Uploads">
      {uploads.map((upload) => (
        <li
          key={upload.id}
          data-testid="upload-row"
          className={`rounded-lg border px-4 py-3 text-sm shadow-xs ${upload.error ? "border-red-200 bg-red-50" : "border-zinc-200 bg-white"}`}
        >
          <div className="flex items-center gap-3">
            <p className="min-w-0 flex-1 truncate font-medium text-zinc-900" title={upload.name}>
              {upload.name}
            </p>
            <span className="shrink-0 text-xs text-zinc-600 tabular-nums">
              {upload.error ? formatBytes(upload.size) : upload.progress >= 1 ? "Processing…" : `${Math.round(upload.progress * 100)}%`}
            </span>
            {upload.error ? (
              <Button
                variant="ghost"
                size="sm"
                className="-my-1 -mr-2 px-1.5"
                onClick={() => onDismiss(upload.id)}
                aria-label={`Dismiss ${upload.name}`}
              >
                <CloseIcon className="size-4" />
              </Button>
            ) : (
              <Button variant="ghost" size="sm" className="-my-1 -mr-2" onClick={upload.abort}>
                Cancel
              </Button>
            )}
          </div>
          {upload.error ? (
            <p role="alert" className="mt-1 leading-6 text-red-800 [overflow-wrap:anywhere]">
              {upload.error}
            </p>
          ) : (
            <div
              role="progressbar"
              aria-label={`Uploading ${upload.name}`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(upload.progress * 100)}
              className="mt-2 h-1.5 overflow-hidden rounded-full bg-zinc-100"
            >
              <div
                className="h-full rounded-full bg-accent-600 transition-[width] duration-200"
                style={{ width: `${Math.max(2, upload.progress * 100)}%` }}
              />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
