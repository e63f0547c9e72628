import { Box, Building2, Handshake, User, Users, type LucideIcon } from "lucide-react";

const icons: Record<string, LucideIcon> = {
  people: User,
  companies: Building2,
  deals: Handshake,
  users: Users,
  workspaces: Building2,
};

export function objectIcon(slug: string): LucideIcon {
  return icons[slug] ?? Box;
}
