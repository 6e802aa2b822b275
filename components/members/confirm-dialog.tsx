"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/lib/api-client";

/** What the dialog reads of a TanStack mutation: whether it runs, its error, and how to clear it. */
type MutationState = { isPending: boolean; isError: boolean; error: unknown; reset: () => void };

type ConfirmProps = {
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  children?: ReactNode;
  confirmDisabled?: boolean;
  /** The mutation confirming runs: its pending state and error show in place, and closing clears them. */
  mutation: MutationState;
  /** Overrides the mutation's pending state (say, to stay busy while the page navigates away after it). */
  pending?: boolean;
};

// A yes/no question around one mutation: shows its error in place and cannot be dismissed mid-request.
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  variant = "danger",
  mutation,
  pending = mutation.isPending,
  onConfirm,
  onClose,
  children,
  confirmDisabled,
}: ConfirmProps & { open: boolean; onConfirm: () => void; onClose: () => void }) {
  const error = mutation.isError ? errorMessage(mutation.error) : null;
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      dismissible={!pending}
      size="sm"
      title={title}
      description={description}
      footer={
        <>
          <Button variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button variant={variant} loading={pending} disabled={confirmDisabled} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error || children ? (
        <div className="space-y-4">
          {error ? <Alert variant="danger">{error}</Alert> : null}
          {children}
        </div>
      ) : null}
    </Dialog>
  );
}

/**
 * ConfirmDialog for "do this mutation to that thing": open while `target` is set, confirming runs the
 * mutation on it, and closing calls `onDone` (which unsets the target).
 */
export function ConfirmMutation<T>({
  target,
  mutation,
  onDone,
  ...text
}: { target: T | null; mutation: MutationState & { mutate: (target: T) => void }; onDone: () => void } & Omit<ConfirmProps, "mutation">) {
  return (
    <ConfirmDialog
      {...text}
      mutation={mutation}
      open={target !== null}
      onConfirm={() => target !== null && mutation.mutate(target)}
      onClose={onDone}
    />
  );
}
