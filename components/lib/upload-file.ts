import { ApiClientError, type ErrorBody } from "@/components/lib/api-client";

// XMLHttpRequest rather than fetch: only it reports upload progress. The file is sent as is (raw bytes) to one
// of the public API's upload routes, with the session cookie; X-Team picks the team.
export function uploadFile<T>(
  url: string,
  team: string,
  file: File,
  onProgress: (fraction: number) => void,
): { done: Promise<T>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<T>((resolve, reject) => {
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.setRequestHeader("X-Team", team);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let payload: { data?: T | null; error?: ErrorBody | null } | null = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        payload = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && payload?.data) return resolve(payload.data);
      const error = payload?.error;
      reject(
        new ApiClientError(
          error?.message ?? `The upload failed (HTTP ${xhr.status}). Try again.`,
          xhr.status,
          error?.code ?? "http_error",
          error?.request_id ?? null,
          error?.details ?? [],
        ),
      );
    };
    xhr.onerror = () =>
      reject(new ApiClientError("The upload was interrupted. Check your connection and try again.", 0, "network_error", null));
    xhr.onabort = () => reject(new ApiClientError("Upload cancelled.", 0, "cancelled", null));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}
