import type { ComponentType, SVGProps } from "react";
import {
  AssetsIcon,
  KeyIcon,
  TerminalIcon,
  MembersIcon,
  ProjectsIcon,
  SettingsIcon,
  UsageIcon,
  VideoIcon,
  WebhookIcon,
} from "@/components/ui/icons";

export type NavItem = { label: string; segment: string; icon: ComponentType<SVGProps<SVGSVGElement>> };

export const navGroups: { label: string; items: NavItem[] }[] = [
  {
    label: "Studio",
    items: [
      { label: "Projects", segment: "projects", icon: ProjectsIcon },
      { label: "Videos", segment: "videos", icon: VideoIcon },
      { label: "Assets", segment: "assets", icon: AssetsIcon },
    ],
  },
  {
    label: "Team",
    items: [
      { label: "API keys", segment: "keys", icon: KeyIcon },
      { label: "API reference", segment: "api-reference", icon: TerminalIcon },
      { label: "Members", segment: "members", icon: MembersIcon },
      { label: "Usage", segment: "usage", icon: UsageIcon },
      { label: "Webhooks", segment: "webhooks", icon: WebhookIcon },
      { label: "Settings", segment: "settings", icon: SettingsIcon },
    ],
  },
];
