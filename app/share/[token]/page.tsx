import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Logo } from "@/components/ui/icons";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import { findSharedVideo, sharedFileUrl, sharedVideoName } from "@/lib/videos/share";

type Props = { params: Promise<{ token: string }> };

// Metadata and page read the video once per request.
const load = cache(findSharedVideo);

// A shared link is for the people it is sent to, not for search engines.
const robots = { index: false, follow: false, nocache: true };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const token = (await params).token;
  const video = await load(token);
  if (!video) return { robots };
  const title = video.title || "Shared video";
  const thumbnail = (video.outputs as VideoOutputs | null)?.thumbnail;
  // A preview card where the link is pasted (chat, mail).
  const images = thumbnail ? [sharedFileUrl(token, "thumbnail.jpg")] : undefined;
  return {
    title,
    robots,
    referrer: "no-referrer",
    openGraph: { title, type: "video.other", images },
    twitter: { card: "summary_large_image", title, images },
  };
}

// GET /share/<token> - a video's public page: no login; 404 for an unknown or revoked token or a video not completed.
export default async function SharePage({ params }: Props) {
  const token = (await params).token;
  const video = await load(token);
  if (!video) notFound();
  const outputs = (video.outputs ?? {}) as VideoOutputs;
  if (!outputs.video) notFound();
  // Served behind the token (byte ranges, so the player can seek): they stop the moment sharing is off.
  const name = sharedVideoName(outputs.video);
  const src = sharedFileUrl(token, name);
  const poster = outputs.thumbnail ? sharedFileUrl(token, "thumbnail.jpg") : undefined;
  const captions = outputs.captionVtt ? sharedFileUrl(token, "captions.vtt") : null;
  const title = video.title || "Untitled video";
  return (
    <main className="relative flex min-h-dvh flex-col items-center justify-center bg-zinc-950 px-4 py-16 sm:px-8">
      <div className="w-full max-w-4xl">
        <video
          controls
          playsInline
          preload="metadata"
          poster={poster}
          className="aspect-video max-h-[75dvh] w-full rounded-xl bg-black object-contain shadow-2xl ring-1 ring-white/10"
          aria-label={title}
        >
          <source src={src} type={name === "video.webm" ? "video/webm" : "video/mp4"} />
          {captions ? <track kind="captions" src={captions} srcLang="en" label="Captions" /> : null}
        </video>
        <h1 className="mt-5 text-xl font-semibold tracking-tight text-white sm:text-2xl">{title}</h1>
      </div>
      <footer className="absolute right-4 bottom-4 flex items-center gap-2 text-xs text-zinc-400 sm:right-6 sm:bottom-5">
        <Logo className="size-4" />
        <span>Made with Avatar Studio</span>
      </footer>
    </main>
  );
}
