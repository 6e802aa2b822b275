"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { teamKeys } from "@/components/teams/queries";
import { leaveTeam } from "@/components/members/queries";
import { ConfirmDialog } from "@/components/members/confirm-dialog";

export function LeaveTeamButton({ team, teamName, variant = "secondary" }: { team: string; teamName: string; variant?: ButtonVariant }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const leave = useMutation({
    mutationFn: () => leaveTeam(team),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: teamKeys.detail(team) });
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      router.push("/");
      router.refresh();
    },
  });
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        Leave team
      </Button>
      <ConfirmDialog
        open={open}
        title={`Leave ${teamName}?`}
        description="You lose access to its projects, videos and keys. To come back, you need a new invite."
        confirmLabel="Leave team"
        mutation={leave}
        pending={leave.isPending || leave.isSuccess}
        onConfirm={() => leave.mutate()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
