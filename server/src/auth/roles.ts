/** Roles in rising order: each may do everything the ones before it may. */
export const roles = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface SessionUser {
  username: string;
  role: Role;
  createdAt: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function hasRole(user: SessionUser | null | undefined, needed: Role): boolean {
  return user !== null && user !== undefined && roles.indexOf(user.role) >= roles.indexOf(needed);
}
