import { z } from "zod";
import { pageQuery } from "@/lib/api/page-token";

// Query strings of the video endpoints (the request body itself is lib/contract's).
export const videoIdQuery = z.object({ video_id: z.string().trim().min(1).max(100) });

export const videoPageQuery = pageQuery(100);

export const idempotencyKeyHeader = z.string().trim().min(1).max(255);
