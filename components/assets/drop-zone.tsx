"use client";

import { useRef, useState, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";

// Files dropped anywhere inside start uploading; while files hover, the area is outlined.
export function DropZone({ onFiles, children, className }: { onFiles: (files: File[]) => void; children: ReactNode; className?: string }) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child element: count them so the outline does not flicker.
  const depth = useRef(0);
  const hasFiles = (event: React.DragEvent) => event.dataTransfer.types.includes("Files");
  return (
    <div
      data-dragging={over || undefined}
      className={cx("group/drop relative rounded-lg", className)}
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current++;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        onFiles([...event.dataTransfer.files]);
      }}
    >
      {children}
      {over ? (
        <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center rounded-lg border-2 border-dashed border-accent-500 bg-accent-50/80 text-sm font-medium text-accent-800">
          Drop to upload
        </div>
      ) : null}
    </div>
  );
}
