// A render that cannot finish, with the failure code of API-CONTRACT.md that the video's status shows.
// `permanent` means trying again cannot help (a 404, a file that is not audio); the job does not retry.
export type RenderFailureCode =
  | "asset_unreachable"
  | "asset_too_large"
  | "media_undecodable"
  | "voice_unavailable"
  | "render_timeout"
  | "storage_failed"
  | "quota_exceeded"
  | "cancelled"
  | "internal_error";

export class RenderFailure extends Error {
  constructor(
    readonly code: RenderFailureCode,
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = "RenderFailure";
  }
}
