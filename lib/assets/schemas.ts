import { z } from "zod";
import { pageQuery, queryParam } from "@/lib/paging/page-token";

// GET /v1/asset/list's query (HeyGen's default page of 20, and its file_type filter); the OpenAPI document
// is generated from the same schema.
export const assetListQuery = pageQuery(20).extend({
  file_type: queryParam(z.enum(["image", "video", "audio"]).optional()),
});

// POST /v1/asset's query: the asset's name (else the sender's filename, else one made up).
export const assetUploadQuery = z.object({ name: z.string().optional() });

// POST /v1/asset's JSON body (ours; HeyGen's takes raw bytes only): a file to import from a URL, and
// optionally its name (`?name=` works too).
export const assetImportBody = z.object({
  url: z.string().trim().min(1).max(4096),
  name: z.string().optional(),
});
