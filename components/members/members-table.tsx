"use client";

import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { roleCan, roleLabels, roles, type Role } from "@/lib/auth/roles";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { MoreIcon } from "@/components/ui/icons";
import { Menu, MenuItem } from "@/components/ui/menu";
import { Select } from "@/components/ui/select";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { formatDate } from "@/components/lib/format";
import { changeMemberRole, fetchMembers, memberKeys, removeMember, transferOwnership, type Member } from "@/components/members/queries";
import { ConfirmMutation } from "@/components/members/confirm-dialog";

type Pending = { kind: "remove" | "transfer"; member: Member } | null;

export function MembersTable({
  team,
  teamName,
  myRole,
  myUserId,
  initialMembers,
}: {
  team: string;
  teamName: string;
  myRole: Role;
  myUserId: string;
  initialMembers: Member[];
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState<Pending>(null);
  const key = memberKeys.all(team);
  const members = useQuery({ queryKey: key, queryFn: () => fetchMembers(team), initialData: initialMembers });
  const canManage = roleCan(myRole, "members.manage");
  const isOwner = roleCan(myRole, "owners.grant");

  const changeRole = useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role }) => changeMemberRole(team, member.id, role),
    // Optimistic: the select shows the new role at once and rolls back if the server says no.
    onMutate: async ({ member, role }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Member[]>(key);
      queryClient.setQueryData<Member[]>(key, (list) => list?.map((m) => (m.id === member.id ? { ...m, role } : m)));
      return { previous };
    },
    onError: (error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      toast({ title: "Role not changed", description: errorMessage(error), variant: "error" });
    },
    onSuccess: (_data, { member, role }) =>
      toast({ title: "Role updated", description: `${member.name || member.email} is now ${roleLabels[role].toLowerCase()}.` }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });

  const act = useMutation({
    mutationFn: ({ kind, member }: NonNullable<Pending>) =>
      kind === "remove" ? removeMember(team, member.id) : transferOwnership(team, member.id),
    onSuccess: async (_data, { kind, member }) => {
      await queryClient.invalidateQueries({ queryKey: key });
      setConfirming(null);
      const who = member.name || member.email;
      toast({
        title: kind === "remove" ? "Member removed" : "Ownership transferred",
        description: kind === "remove" ? `${who} no longer has access to ${teamName}.` : `${who} now owns ${teamName}. You are an admin.`,
      });
      // Our own role changed (transfer): the server-rendered shell and permissions must follow.
      if (kind === "transfer") router.refresh();
    },
  });

  const roleOptions = roles.filter((r) => r !== "owner" || isOwner);

  return (
    <Card aria-labelledby="members-title">
      <CardHeader
        titleId="members-title"
        title="Members"
        description={`${members.data.length} ${members.data.length === 1 ? "person has" : "people have"} access to ${teamName}.`}
      />
      <Table>
        <TableHead columns={["Name", "Role", "Joined"]} actions />
        <tbody>
          {members.data.map((member) => {
            const self = member.userId === myUserId;
            const display = member.name || member.email;
            const editable = canManage && !self && (member.role !== "owner" || isOwner);
            const canTransfer = isOwner && !self && member.role !== "owner";
            return (
              <Tr key={member.id} data-testid="member-row">
                <Td>
                  <div className="flex items-center gap-3">
                    <Avatar name={display} />
                    <div className="min-w-0">
                      <p className="flex items-center gap-2 truncate font-medium text-zinc-900">
                        {display}
                        {self ? <Badge>You</Badge> : null}
                      </p>
                      <p className="truncate text-[13px] text-zinc-600">{member.email}</p>
                    </div>
                  </div>
                </Td>
                <Td className="w-40">
                  {editable ? (
                    <Select
                      size="sm"
                      aria-label={`Role of ${display}`}
                      value={member.role}
                      disabled={changeRole.isPending && changeRole.variables?.member.id === member.id}
                      onChange={(e) => changeRole.mutate({ member, role: e.target.value as Role })}
                    >
                      {(roleOptions.includes(member.role) ? roleOptions : [member.role, ...roleOptions]).map((r) => (
                        <option key={r} value={r}>
                          {roleLabels[r]}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    <div className="flex h-8 items-center">
                      <Badge variant={member.role === "owner" ? "accent" : "neutral"}>{roleLabels[member.role]}</Badge>
                    </div>
                  )}
                </Td>
                <Td className="whitespace-nowrap">{formatDate(member.joinedAt)}</Td>
                <Td className="text-right">
                  {editable || canTransfer ? (
                    <Menu
                      label={`Actions for ${display}`}
                      align="end"
                      buttonClassName="rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-accent-600"
                      button={
                        <>
                          <MoreIcon className="size-4" />
                          <span className="sr-only">Actions for {display}</span>
                        </>
                      }
                    >
                      {canTransfer ? (
                        <MenuItem onSelect={() => setConfirming({ kind: "transfer", member })}>Transfer ownership</MenuItem>
                      ) : null}
                      {editable ? (
                        <MenuItem onSelect={() => setConfirming({ kind: "remove", member })} className="text-red-700">
                          Remove from team
                        </MenuItem>
                      ) : null}
                    </Menu>
                  ) : null}
                </Td>
              </Tr>
            );
          })}
        </tbody>
      </Table>

      <ConfirmMutation
        target={confirming}
        mutation={act}
        onDone={() => setConfirming(null)}
        title={
          confirming?.kind === "transfer"
            ? `Make ${confirming.member.name || confirming.member.email} the owner?`
            : `Remove ${confirming?.member.name || confirming?.member.email || "member"}?`
        }
        description={
          confirming?.kind === "transfer"
            ? `They get full control of ${teamName}, including deleting it. You stay on as an admin.`
            : `They lose access to ${teamName} at once. API keys they created belong to the team and keep working.`
        }
        confirmLabel={confirming?.kind === "transfer" ? "Transfer ownership" : "Remove member"}
      />
    </Card>
  );
}
