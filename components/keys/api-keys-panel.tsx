"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon, PlusIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableHead, Td, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { formatDate, formatDateTime } from "@/components/lib/format";
import { apiKeyKeys, fetchApiKeys, revokeKey, type ApiKeyRow } from "@/components/keys/queries";
import { CreateKeyDialog } from "@/components/keys/create-key-dialog";

export function ApiKeysPanel({
  team,
  teamName,
  origin,
  initialKeys,
}: {
  team: string;
  teamName: string;
  origin: string;
  initialKeys: ApiKeyRow[];
}) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow | null>(null);
  const keys = useQuery({ queryKey: apiKeyKeys.all(team), queryFn: () => fetchApiKeys(team), initialData: initialKeys });
  const revoke = useMutation({
    mutationFn: (key: ApiKeyRow) => revokeKey(team, key.id),
    onSuccess: async (_data, key) => {
      await queryClient.invalidateQueries({ queryKey: apiKeyKeys.all(team) });
      setRevoking(null);
      toast({ title: "Key revoked", description: `${key.name} stops working on its next request.` });
    },
  });

  const createButton = (
    <Button onClick={() => setCreating(true)}>
      <PlusIcon className="size-4" />
      Create key
    </Button>
  );

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let your code call the HeyGen-compatible API as {teamName}. Send one in the{" "}
            <code className="font-mono text-[13px] whitespace-nowrap text-zinc-800">X-Api-Key</code> header.
          </>
        }
        actions={keys.data.length ? createButton : null}
      />
      {keys.isError ? (
        <Alert variant="danger" className="mb-4">
          {errorMessage(keys.error)}
        </Alert>
      ) : null}
      <Card aria-label="API keys">
        {keys.data.length === 0 ? (
          <EmptyState
            icon={<KeyIcon className="size-5" />}
            title="No API keys yet"
            description="Create a key to generate videos from your own code, scripts or CI. You will see its secret once."
          >
            {createButton}
          </EmptyState>
        ) : (
          <Table>
            <TableHead columns={["Name", "Key", "Created", "Last used"]} actions />
            <tbody>
              {keys.data.map((key) => (
                <Tr key={key.id}>
                  <Td className="font-medium text-zinc-900">{key.name}</Td>
                  <Td>
                    <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[12.5px] text-zinc-800" data-testid="key-prefix">
                      {key.prefix}…
                    </code>
                  </Td>
                  <Td>
                    <span className="whitespace-nowrap">{formatDate(key.createdAt)}</span>
                    {key.createdBy ? <span className="block text-xs text-zinc-500">by {key.createdBy}</span> : null}
                  </Td>
                  <Td className="whitespace-nowrap">
                    {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : <span className="text-zinc-500">Never</span>}
                  </Td>
                  <Td className="text-right">
                    <Button variant="danger-outline" size="sm" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
                      Revoke
                    </Button>
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <CreateKeyDialog team={team} origin={origin} open={creating} onClose={() => setCreating(false)} />

      <Dialog
        open={revoking !== null}
        onClose={() => {
          revoke.reset();
          setRevoking(null);
        }}
        dismissible={!revoke.isPending}
        size="sm"
        title={`Revoke ${revoking?.name ?? "key"}?`}
        description="Requests that use this key fail from now on. This cannot be undone."
        footer={
          <>
            <Button
              variant="secondary"
              disabled={revoke.isPending}
              onClick={() => {
                revoke.reset();
                setRevoking(null);
              }}
            >
              Cancel
            </Button>
            <Button variant="danger" loading={revoke.isPending} onClick={() => revoking && revoke.mutate(revoking)}>
              Revoke key
            </Button>
          </>
        }
      >
        {revoke.isError ? <Alert variant="danger">{errorMessage(revoke.error)}</Alert> : null}
      </Dialog>
    </>
  );
}
