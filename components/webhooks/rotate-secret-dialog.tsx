"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ConfirmDialog } from "@/components/members/confirm-dialog";
import { rotateEndpointSecret, type EndpointView } from "@/components/webhooks/queries";
import { SecretOnce } from "@/components/webhooks/secret-once";

// Asks first (the receiver must be updated right after), then shows the new secret once.
export function RotateSecretDialog({
  team,
  endpoint,
  open,
  onClose,
}: {
  team: string;
  endpoint: EndpointView;
  open: boolean;
  onClose: () => void;
}) {
  const rotate = useMutation({ mutationFn: () => rotateEndpointSecret(team, endpoint.endpoint_id) });
  const close = () => {
    rotate.reset();
    onClose();
  };
  const secret = rotate.data?.secret;
  if (secret) {
    return (
      <Dialog
        open={open}
        onClose={close}
        dismissible={false}
        size="lg"
        title="Save the new signing secret"
        description="Deliveries from now on, retries included, are signed with it. Update your receiver now."
        footer={<Button onClick={close}>I saved the secret</Button>}
      >
        <SecretOnce id="rotated-endpoint-secret" label="New signing secret" secret={secret} />
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      open={open}
      title="Rotate the signing secret?"
      description="The current secret stops signing deliveries at once, retries included. Your receiver rejects events until it has the new one."
      confirmLabel="Rotate secret"
      mutation={rotate}
      onConfirm={() => rotate.mutate()}
      onClose={onClose}
    />
  );
}
