import { previewMp3 } from "@/lib/render/voice/preview-mp3";

// A voice preview thread (piscina runs this file): the speech engines compute synchronously, so they run
// here, never on the web server's own thread.
export default async function preview({ voiceId, text, out }: { voiceId: string; text: string; out: string }): Promise<void> {
  await previewMp3(voiceId, text, out);
}
