"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { apiKeyKeys, createKey } from "@/components/keys/queries";

// Two steps in one dialog: name the key, then show its secret exactly once.
export function CreateKeyDialog({ team, origin, open, onClose }: { team: string; origin: string; open: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const create = useMutation({
    mutationFn: () => createKey(team, name.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all(team) }),
  });

  const close = () => {
    // Forget the secret when the dialog closes: it is never shown again.
    create.reset();
    setName("");
    onClose();
  };

  const created = create.data;
  const nameError = fieldError(create.error, "name");
  const hint = 'Something that says where it is used, like "CI" or "Website backend".';

  const curl = created ? `curl -H "X-Api-Key: ${created.secret}" ${origin}/v1/user/me` : "";

  return (
    <Dialog
      open={open}
      onClose={close}
      // Neither Escape nor a stray click may lose a request in flight or a secret shown once.
      dismissible={!create.isPending && !created}
      size={created ? "lg" : "sm"}
      title={created ? "Save your API key" : "Create an API key"}
      description={
        created
          ? "Copy it now and keep it somewhere safe. For your security it is shown only once."
          : "Keys act for the whole team, with member rights."
      }
      footer={created ? <Button onClick={close}>I saved my key</Button> : undefined}
    >
      {created ? (
        <div className="space-y-5">
          <div className="space-y-1.5">
            <label htmlFor="new-key-secret" className="text-sm font-medium text-zinc-800">
              {created.name}
            </label>
            <div className="flex gap-2">
              <Input
                id="new-key-secret"
                readOnly
                value={created.secret}
                className="font-mono text-[13px]"
                onFocus={(e) => e.currentTarget.select()}
              />
              <CopyButton value={created.secret} label="Copy key" size="md" />
            </div>
          </div>
          <Alert variant="warning">Anyone with this key can use the API as this team. Revoke it here if it leaks.</Alert>
          <div className="space-y-1.5">
            <p className="text-sm font-medium text-zinc-800">Try it</p>
            <CodeBlock code={curl} label="Shell" copyLabel="Copy command" />
          </div>
        </div>
      ) : (
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate();
          }}
        >
          {create.isError && !nameError ? <Alert variant="danger">{errorMessage(create.error)}</Alert> : null}
          <Field id="key-name" label="Name" hint={hint} error={nameError}>
            <Input
              {...fieldAria("key-name", { hint, error: nameError })}
              required
              maxLength={80}
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="Production server"
            />
          </Field>
          <div className="flex justify-end gap-2 pt-1">
            <Button variant="secondary" onClick={close} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              Create key
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
