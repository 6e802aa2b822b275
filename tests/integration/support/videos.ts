import { api, type Caller } from "./http";

// Polls a video's status over the API until it completed or failed, as a client would; throws after
// timeoutMs. onStatus sees every answer (a test of the status a user watches records them).
export async function finishedVideo<T extends { status: string; progress?: number }>(
  id: string,
  opts: Caller & { timeoutMs?: number; every?: number; onStatus?: (s: T) => void },
): Promise<T> {
  const { timeoutMs = 150_000, every = 300, onStatus, ...caller } = opts;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = (await api("GET", `/v1/video_status.get?video_id=${id}`, caller)).body.data as T;
    onStatus?.(s);
    if (s.status === "completed" || s.status === "failed") return s;
    if (Date.now() > deadline) throw new Error(`video ${id} still ${s.status} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, every));
  }
}
