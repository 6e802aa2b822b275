"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api, errorMessage } from "@/components/lib/api-client";
import { teamKeys } from "@/components/teams/queries";

export function AcceptInvite({ token, teamName }: { token: string; teamName: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () =>
      api<{ team: { id: string; name: string; slug: string } }>(`/api/invites/${encodeURIComponent(token)}`, { method: "POST" }),
    onSuccess: async ({ team }) => {
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      router.push(`/${team.slug}/projects`);
    },
  });

  return (
    <div className="space-y-4">
      {accept.isError ? <Alert variant="danger">{errorMessage(accept.error)}</Alert> : null}
      <Button className="w-full" onClick={() => accept.mutate()} loading={accept.isPending || accept.isSuccess}>
        Accept and join {teamName}
      </Button>
    </div>
  );
}
