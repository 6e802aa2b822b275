import { z } from "zod";
import { roles } from "@/lib/auth/roles";

// Shared by the dashboard's JSON routes and the forms that call them.
export const teamNameSchema = z.object({ name: z.string().trim().min(1).max(80) });
export const roleSchema = z.object({ role: z.enum(roles) });
export const inviteSchema = z.object({
  email: z.union([z.literal(""), z.null(), z.string().trim().toLowerCase().pipe(z.email())]).optional(),
  role: z.enum(roles).default("member"),
});
export const transferSchema = z.object({ member_id: z.string().min(1) });
export const apiKeySchema = z.object({ name: z.string().trim().min(1).max(80) });
export const accountSchema = z.object({ name: z.string().trim().min(1).max(100) });
