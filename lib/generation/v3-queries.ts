import { z } from "zod";
import { v3PageQuery } from "@/lib/paging/v3-page-query";

// The v3 catalog lists' queries (routes and the OpenAPI document).
const ownership = z.enum(["public", "private"]).optional();

export const v3AvatarsQuery = v3PageQuery(50, 20).extend({ ownership });
export const v3LooksQuery = v3PageQuery(50, 20).extend({
  ownership,
  group_id: z.string().max(200).optional(),
  avatar_type: z.enum(["studio_avatar", "digital_twin", "photo_avatar"]).optional(),
});
// `engine` is accepted and filters nothing (n8n sends engine=starfish by default).
export const v3VoicesQuery = v3PageQuery(100, 20).extend({
  type: ownership,
  engine: z.string().max(100).optional(),
  language: z.string().max(100).optional(),
  gender: z.string().max(20).optional(),
});
