"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { roleCan, type Role } from "@/lib/auth/roles";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { teamKeys } from "@/components/teams/queries";
import { LeaveTeamButton } from "@/components/members/leave-team";
import { ConfirmDialog } from "@/components/members/confirm-dialog";
import { deleteTeam, renameTeam } from "@/components/settings/queries";
import { CallbackSecretCard } from "@/components/settings/callback-secret-card";

function TeamNameCard({ team, name, canEdit, origin }: { team: string; name: string; canEdit: boolean; origin: string }) {
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(name);
  const rename = useMutation({
    mutationFn: () => renameTeam(team, value.trim()),
    onSuccess: async () => {
      toast({ title: "Team renamed" });
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      router.refresh();
    },
  });
  const nameError = fieldError(rename.error, "name");
  const unchanged = value.trim() === name;
  const hint = canEdit ? undefined : "Only owners and admins can rename the team.";

  return (
    <Card aria-labelledby="team-general">
      <CardHeader titleId="team-general" title="General" description="How this team appears to its members." />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          rename.mutate();
        }}
      >
        <CardBody className="space-y-5">
          {rename.isError && !nameError ? <Alert variant="danger">{errorMessage(rename.error)}</Alert> : null}
          <Field id="team-name" label="Team name" error={nameError} hint={hint} className="max-w-md">
            <Input
              {...fieldAria("team-name", { error: nameError, hint })}
              required
              maxLength={80}
              readOnly={!canEdit}
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </Field>
          <div className="max-w-md space-y-1.5">
            <p className="text-sm font-medium text-zinc-800">Team URL</p>
            <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-[13px] text-zinc-700">
              {origin.replace(/^https?:\/\//, "")}/<span className="font-semibold text-zinc-900">{team}</span>
            </p>
            <p className="text-[13px] text-zinc-600">The URL stays the same when you rename the team.</p>
          </div>
        </CardBody>
        {canEdit ? (
          <CardFooter>
            <p className="text-[13px] text-zinc-600">Up to 80 characters.</p>
            <Button type="submit" loading={rename.isPending} disabled={unchanged || !value.trim()}>
              Save
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}

function DeleteTeam({ team, name }: { team: string; name: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const remove = useMutation({
    mutationFn: () => deleteTeam(team),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: teamKeys.detail(team) });
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      toast({ title: `${name} was deleted` });
      router.push("/");
      router.refresh();
    },
  });
  const close = () => {
    setTyped("");
    setOpen(false);
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete team
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete ${name}?`}
        description="This deletes the team with its projects, videos, assets, API keys and invites, for every member. It cannot be undone."
        confirmLabel="Delete team"
        mutation={remove}
        pending={remove.isPending || remove.isSuccess}
        confirmDisabled={typed !== name}
        onConfirm={() => remove.mutate()}
        onClose={close}
      >
        <Field
          id="delete-confirm"
          label={
            <>
              Type <span className="font-semibold">{name}</span> to confirm
            </>
          }
        >
          <Input id="delete-confirm" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </Field>
      </ConfirmDialog>
    </>
  );
}

// `children`: further sections between General and the danger zone (the provider).
export function TeamSettings({
  team,
  name,
  role,
  origin,
  children,
}: {
  team: string;
  name: string;
  role: Role;
  origin: string;
  children?: ReactNode;
}) {
  const canDelete = roleCan(role, "team.delete");
  return (
    <div className="space-y-6">
      <TeamNameCard team={team} name={name} canEdit={roleCan(role, "team.manage")} origin={origin} />
      <CallbackSecretCard team={team} canManage={roleCan(role, "webhooks.manage")} />
      {children}
      <Card aria-labelledby="danger-zone" tone="danger">
        <CardHeader titleId="danger-zone" title="Danger zone" />
        <div className="divide-y divide-zinc-100">
          <div className="flex flex-wrap items-center justify-between gap-4 px-5 py-4">
            <div className="min-w-0 space-y-0.5">
              <p className="text-sm font-medium text-zinc-900">Leave team</p>
              <p className="text-sm text-zinc-600">You lose access until someone invites you again.</p>
            </div>
            <LeaveTeamButton team={team} teamName={name} variant="danger-outline" />
          </div>
          <div className="flex flex-wrap items-center justify-between gap-4 px-5 py-4">
            <div className="min-w-0 space-y-0.5">
              <p className="text-sm font-medium text-zinc-900">Delete team</p>
              <p className="text-sm text-zinc-600">
                {canDelete
                  ? "Deletes everything in the team for every member. This cannot be undone."
                  : "Only an owner can delete the team."}
              </p>
            </div>
            {canDelete ? <DeleteTeam team={team} name={name} /> : null}
          </div>
        </div>
      </Card>
    </div>
  );
}
