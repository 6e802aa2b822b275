"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { createTeam, teamKeys } from "@/components/teams/queries";

export function CreateTeamForm({ onCancel, autoFocus }: { onCancel?: () => void; autoFocus?: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState("");
  const create = useMutation({
    mutationFn: () => createTeam(name.trim()),
    onSuccess: async ({ team }) => {
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      toast({ title: `${team.name} is ready`, description: "Invite people from Members." });
      router.push(`/${team.slug}/projects`);
      router.refresh();
    },
  });
  const nameError = fieldError(create.error, "name");
  const hint = "Usually your company or project. You can rename it later.";

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
      className="space-y-4"
    >
      {create.isError && !nameError ? <Alert variant="danger">{errorMessage(create.error)}</Alert> : null}
      <Field id="create-team-name" label="Team name" hint={hint} error={nameError}>
        <Input
          {...fieldAria("create-team-name", { hint, error: nameError })}
          required
          maxLength={80}
          autoFocus={autoFocus}
          placeholder="Acme Studio"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <div className="flex justify-end gap-2 pt-1">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" loading={create.isPending || create.isSuccess} disabled={!name.trim()}>
          Create team
        </Button>
      </div>
    </form>
  );
}

export function CreateTeamDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Create a team" description="Teams share projects, videos, API keys and members." size="sm">
      <CreateTeamForm onCancel={onClose} autoFocus />
    </Dialog>
  );
}
