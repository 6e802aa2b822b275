"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { errorMessage } from "@/components/lib/api-client";

// A yes/no question around one mutation: shows its error in place and cannot be dismissed mid-request.
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  variant = "danger",
  pending,
  error,
  onConfirm,
  onClose,
  children,
  confirmDisabled,
}: {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
  confirmDisabled?: boolean;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissible={!pending}
      size="sm"
      title={title}
      description={description}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
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

type MutationLike<T> = { isPending: boolean; isError: boolean; error: unknown; mutate: (target: T) => void; reset: () => void };

/**
 * ConfirmDialog for "do this mutation to that thing": open while `target` is set, confirming runs the
 * mutation on it, and closing clears its error and calls `onDone` (which unsets the target).
 */
export function ConfirmMutation<T>({
  target,
  mutation,
  onDone,
  ...text
}: { target: T | null; mutation: MutationLike<T>; onDone: () => void } & Pick<Parameters<typeof ConfirmDialog>[0], "title" | "description" | "confirmLabel" | "variant" | "children">) {
  return (
    <ConfirmDialog
      {...text}
      open={target !== null}
      pending={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : null}
      onConfirm={() => target !== null && mutation.mutate(target)}
      onClose={() => {
        mutation.reset();
        onDone();
      }}
    />
  );
}
