"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { LinkIcon, MailIcon } from "@/components/ui/icons";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { formatDate } from "@/components/lib/format";
import { createTeamInvite, fetchInvites, inviteKeys, memberKeys, revokeInvite, type InviteRow } from "@/components/members/queries";

const statusBadge: Record<InviteRow["status"], BadgeVariant> = {
  pending: "accent",
  accepted: "success",
  revoked: "neutral",
  expired: "warning",
};

export function InviteForm({ team, isOwner }: { team: string; isOwner: boolean }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const create = useMutation({
    mutationFn: () => createTeamInvite(team, { email: email.trim(), role }),
    onSuccess: async () => {
      setEmail("");
      await queryClient.invalidateQueries({ queryKey: inviteKeys.all(team) });
    },
  });
  const emailError = fieldError(create.error, "email");
  const hint = "Leave empty to create an open link that anyone can use once.";
  const created = create.data;

  return (
    <Card aria-labelledby="invite-title">
      <CardHeader
        titleId="invite-title"
        title="Invite people"
        description="Invite links work once and expire after 7 days. Share them however you like."
      />
      <CardBody className="space-y-4">
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-start"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate();
          }}
        >
          <Field id="invite-email" label="Email" optional hint={hint} error={emailError} className="flex-1">
            <Input
              {...fieldAria("invite-email", { hint, error: emailError })}
              type="email"
              autoComplete="off"
              placeholder="teammate@company.com"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field id="invite-role" label="Role" className="sm:w-36">
            <Select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roles
                .filter((r) => r !== "owner" || isOwner)
                .map((r) => (
                  <option key={r} value={r}>
                    {roleLabels[r]}
                  </option>
                ))}
            </Select>
          </Field>
          <Button type="submit" loading={create.isPending} className="sm:mt-[26px]">
            {email.trim() ? <MailIcon className="size-4" /> : <LinkIcon className="size-4" />}
            {email.trim() ? "Create invite" : "Create open link"}
          </Button>
        </form>
        {create.isError && !emailError ? <Alert variant="danger">{errorMessage(create.error)}</Alert> : null}
        {created ? (
          <div className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50/60 p-4" role="status">
            <p className="text-sm text-emerald-900">
              <span className="font-medium">Invite ready.</span>{" "}
              {created.email ? `Send this link to ${created.email}; it works for that address only` : "Anyone with this link can join once"}
              , as {roleLabels[created.role].toLowerCase()}, until {formatDate(created.expiresAt)}. It is shown only now.
            </p>
            <div className="flex gap-2">
              <label htmlFor="invite-url" className="sr-only">
                Invite link
              </label>
              <Input
                id="invite-url"
                readOnly
                value={created.url}
                className="font-mono text-[13px]"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={created.url} label="Copy link" size="md" />
            </div>
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}

export function InvitesTable({ team, initialInvites }: { team: string; initialInvites: InviteRow[] }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const invites = useQuery({ queryKey: inviteKeys.all(team), queryFn: () => fetchInvites(team), initialData: initialInvites });
  const revoke = useMutation({
    mutationFn: (invite: InviteRow) => revokeInvite(team, invite.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: inviteKeys.all(team) });
      toast({ title: "Invite revoked", description: "The link no longer works." });
    },
    onError: (error) => toast({ title: "Invite not revoked", description: errorMessage(error), variant: "error" }),
    // An accepted invite changes the member list too.
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(team) }),
  });

  return (
    <Card aria-labelledby="invites-title">
      <CardHeader titleId="invites-title" title="Invites" description="Recent invites and what became of them." />
      {invites.data.length === 0 ? (
        <p className="px-5 py-8 text-center text-sm text-zinc-600">No invites yet. Invite someone above.</p>
      ) : (
        <Table>
          <TableHead columns={["Invitee", "Role", "Status", "Expires"]} actions />
          <tbody>
            {invites.data.map((invite) => (
              <Tr key={invite.id} data-testid="invite-row">
                <Td>
                  <div className="flex items-center gap-2">
                    {invite.email ? <MailIcon className="size-4 text-zinc-500" /> : <LinkIcon className="size-4 text-zinc-500" />}
                    <span className="font-medium text-zinc-900">{invite.email ?? "Open link"}</span>
                  </div>
                  {invite.createdBy ? <p className="mt-0.5 pl-6 text-xs text-zinc-600">by {invite.createdBy}</p> : null}
                </Td>
                <Td>{roleLabels[invite.role]}</Td>
                <Td>
                  <Badge variant={statusBadge[invite.status]}>{invite.status.charAt(0).toUpperCase() + invite.status.slice(1)}</Badge>
                </Td>
                <Td className="whitespace-nowrap">
                  {invite.status === "pending" ? formatDate(invite.expiresAt) : <span className="text-zinc-500">—</span>}
                </Td>
                <Td className="text-right">
                  {invite.status === "pending" ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      loading={revoke.isPending && revoke.variables?.id === invite.id}
                      onClick={() => revoke.mutate(invite)}
                      aria-label={`Revoke invite for ${invite.email ?? "open link"}`}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
