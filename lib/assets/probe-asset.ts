import "server-only";
import { TooLarge } from "@/lib/errors";
import { imageTooLarge, type MediaType } from "@/lib/assets/media-types";
import { MediaProbeError, probeMedia } from "@/lib/assets/probe-media";
import { unsupportedMediaType } from "@/lib/assets/sniff-media-type";

export type AssetDimensions = { width: number | null; height: number | null; duration: number | null };

// Probes an upload and checks it is what its first bytes claimed: pictures have a size, sounds an audio
// stream, videos a picture (and a duration where the container has one). Content that does not decode is
// the client's 415; a missing ffprobe stays a server error.
export async function probeAsset(type: MediaType, file: string): Promise<AssetDimensions> {
  const broken = (why: string) =>
    unsupportedMediaType(`The file starts like a ${type.label} but ${why}; upload a file that plays or opens on your computer.`);
  let probe;
  try {
    probe = await probeMedia(file, { demuxer: type.demuxer });
  } catch (error) {
    if (error instanceof MediaProbeError) throw broken(`could not be decoded (${error.message})`);
    throw error;
  }
  if (type.kind === "audio") {
    if (!probe.hasAudio) throw broken("contains no audio");
    return { width: null, height: null, duration: probe.duration };
  }
  if (!probe.hasVideo || !probe.width || !probe.height)
    throw broken(type.kind === "image" ? "has no readable picture" : "contains no video");
  const huge = type.kind === "image" ? imageTooLarge(probe.width, probe.height) : null;
  if (huge) throw new TooLarge(`The image ${huge}; scale it down and upload it again.`);
  return { width: probe.width, height: probe.height, duration: type.kind === "video" ? probe.duration : null };
}
