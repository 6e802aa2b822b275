"use client";

import { useEffect, useState } from "react";

const MAX_WIDTH = 960;

/**
 * The first frame of a video as a JPEG data URL, for the positioning preview (an SVG <image> cannot show a
 * video). The video is our own signed storage URL (same origin), so the canvas it is drawn on can be read.
 * Null while it loads, when there is no video, or when the browser cannot decode it.
 */
export function useVideoStill(url: string | null): string | null {
  const [still, setStill] = useState<{ url: string; data: string } | null>(null);
  useEffect(() => {
    if (!url) return;
    const video = document.createElement("video");
    video.muted = true;
    video.preload = "auto";
    video.playsInline = true;
    const grab = () => {
      const k = Math.min(1, MAX_WIDTH / video.videoWidth);
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(video.videoWidth * k);
      canvas.height = Math.round(video.videoHeight * k);
      const ctx = canvas.getContext("2d");
      if (!ctx || !canvas.width || !canvas.height) return;
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      try {
        setStill({ url, data: canvas.toDataURL("image/jpeg", 0.85) });
      } catch {
        // A tainted canvas (a URL of another origin): the preview keeps the fill colour.
      }
    };
    video.addEventListener("loadeddata", grab, { once: true });
    video.src = url;
    return () => {
      video.removeEventListener("loadeddata", grab);
      video.removeAttribute("src");
      video.load();
    };
  }, [url]);
  return still && still.url === url ? still.data : null;
}
