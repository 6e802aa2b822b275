import { redirect } from "next/navigation";
import type { TeamParams } from "@/app/(dashboard)/[team]/team-context";

export default async function TeamHome({ params }: TeamParams) {
  const { team } = await params;
  redirect(`/${team}/projects`);
}
