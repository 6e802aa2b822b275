import { z } from "zod";
import { pageQuery } from "@/lib/paging/page-token";

// What the folder endpoints parse; the OpenAPI document is generated from the same schemas.
export const createFolderBody = z.object({
  name: z.string().trim().min(1).max(255),
});

export const folderPageQuery = pageQuery(100);

export const folderIdParams = z.object({ id: z.string().min(1).max(200) });
