// The failures of a guarded fetch, with the render failure codes of API-CONTRACT.md, so a job can copy
// `code` and `message` into a video's status as they are.
export type FetchErrorCode = "asset_unreachable" | "asset_too_large";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
    // The guard refused the URL itself (its scheme, or an address it may not reach): trying again cannot help.
    readonly refused = false,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

// Raised inside the DNS lookup when a name resolves to an address we refuse; becomes asset_unreachable.
export class BlockedAddressError extends Error {
  constructor(
    readonly address: string,
    readonly kind: string,
  ) {
    super(`is a ${kind} address`);
    this.name = "BlockedAddressError";
  }
}
