import "server-only";

// A handler may return plain data (200 in the envelope), a Reply for another status, or a raw Response.
export class Reply {
  constructor(
    readonly data: unknown,
    readonly status = 200,
    readonly headers: Record<string, string> = {},
  ) {}
}

export const created = (data: unknown) => new Reply(data, 201);
