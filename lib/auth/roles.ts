// Roles as data. Admins manage people, keys, webhooks, secrets, provider and team settings; members
// work with content (assets, folders, projects, videos, sharing). Quotas are for operators (CLI) only.
export const roles = ["owner", "admin", "member"] as const;
export type Role = (typeof roles)[number];

const permissions = {
  "team.read": ["owner", "admin", "member"],
  "content.write": ["owner", "admin", "member"],
  "team.manage": ["owner", "admin"],
  "members.manage": ["owner", "admin"],
  "keys.manage": ["owner", "admin"],
  "webhooks.manage": ["owner", "admin"],
  "secrets.manage": ["owner", "admin"],
  "provider.manage": ["owner", "admin"],
  "owners.grant": ["owner"],
  "team.delete": ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

// An API key acts with member rights plus webhook management.
const apiKeyPermissions: ReadonlySet<Permission> = new Set<Permission>(["team.read", "content.write", "webhooks.manage"]);

export function roleCan(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export function apiKeyCan(permission: Permission): boolean {
  return apiKeyPermissions.has(permission);
}

export const roleLabels: Record<Role, string> = { owner: "Owner", admin: "Admin", member: "Member" };
