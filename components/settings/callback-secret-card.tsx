"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/components/lib/api-client";
import { ConfirmDialog } from "@/components/members/confirm-dialog";
import { fetchCallbackSecret, rotateCallbackSecret, webhookKeys } from "@/components/webhooks/queries";

const MASK = `whsec_${"•".repeat(32)}`;

function Explanation() {
  return (
    <>
      Deliveries to a video&apos;s <code className="font-mono text-[13px] text-zinc-800">callback_url</code> are signed with it: the{" "}
      <code className="font-mono text-[13px] text-zinc-800">Signature</code> header is the hex HMAC-SHA256 of the raw body, keyed with this
      whole secret.
    </>
  );
}

// The team's callback secret: masked until revealed (fetched only then), copyable, rotatable after a confirmation.
export function CallbackSecretCard({ team, canManage }: { team: string; canManage: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [revealed, setRevealed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const secret = useQuery({
    queryKey: webhookKeys.callbackSecret(team),
    queryFn: () => fetchCallbackSecret(team),
    enabled: canManage && revealed,
    staleTime: Infinity,
  });
  const rotate = useMutation({
    mutationFn: () => rotateCallbackSecret(team),
    onSuccess: (value) => {
      queryClient.setQueryData(webhookKeys.callbackSecret(team), value);
      setRevealed(true);
      setConfirming(false);
      toast({
        title: "Callback secret rotated",
        description: "Update your receivers: deliveries from now on, retries included, use the new secret.",
      });
    },
  });

  return (
    <Card id="callback-secret" aria-labelledby="callback-secret-title" className="scroll-mt-8">
      <CardHeader titleId="callback-secret-title" title="Callback secret" description={<Explanation />} />
      <CardBody className="space-y-3">
        {canManage ? (
          <>
            {secret.isError ? <Alert variant="danger">{errorMessage(secret.error)}</Alert> : null}
            <label htmlFor="callback-secret-value" className="block text-sm font-medium text-zinc-800">
              Secret
            </label>
            <div className="flex max-w-2xl flex-wrap gap-2 sm:flex-nowrap">
              <Input
                id="callback-secret-value"
                readOnly
                value={revealed && secret.data ? secret.data : MASK}
                aria-busy={revealed && secret.isFetching}
                className="font-mono text-[13px]"
                data-testid="callback-secret"
                onFocus={(e) => e.currentTarget.select()}
              />
              <Button
                variant="secondary"
                loading={revealed && secret.isPending}
                onClick={() => setRevealed((v) => !v)}
                aria-pressed={revealed}
              >
                {revealed ? "Hide" : "Reveal"}
              </Button>
              <CopyButton
                value={() =>
                  queryClient.fetchQuery({
                    queryKey: webhookKeys.callbackSecret(team),
                    queryFn: () => fetchCallbackSecret(team),
                    staleTime: Infinity,
                  })
                }
                label="Copy"
                size="md"
              />
            </div>
          </>
        ) : (
          <p className="text-sm text-zinc-600">Only owners and admins can see or rotate the callback secret. Ask one of them for it.</p>
        )}
      </CardBody>
      {canManage ? (
        <CardFooter>
          <p className="text-[13px] text-zinc-600">Rotating signs every later delivery, retries included, with a new secret.</p>
          <Button variant="danger-outline" onClick={() => setConfirming(true)}>
            Rotate secret
          </Button>
        </CardFooter>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Rotate the callback secret?"
        description="Receivers that verify with the current secret reject callback_url deliveries until they have the new one."
        confirmLabel="Rotate secret"
        mutation={rotate}
        onConfirm={() => rotate.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
