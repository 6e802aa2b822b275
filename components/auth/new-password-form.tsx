"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { api, errorMessage, fieldError } from "@/components/lib/api-client";

export function NewPasswordForm({ token, passwordMin }: { token: string; passwordMin: number }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({
    mutationFn: () => api<{ reset: true }>(`/api/reset/${encodeURIComponent(token)}`, { method: "POST", body: { password } }),
    onSuccess: () => router.push("/login?reset=1"),
  });
  const passwordError = fieldError(reset.error, "password");
  const hint = `At least ${passwordMin} characters.`;
  const confirmError = mismatch ? "The two passwords do not match." : null;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (password !== confirm) return setMismatch(true);
        setMismatch(false);
        reset.mutate();
      }}
    >
      {reset.isError && !passwordError ? <Alert variant="danger">{errorMessage(reset.error)}</Alert> : null}
      <Field id="new-password" label="New password" hint={hint} error={passwordError}>
        <Input
          {...fieldAria("new-password", { hint, error: passwordError })}
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMin}
          maxLength={200}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Field id="confirm-password" label="Confirm new password" error={confirmError}>
        <Input
          {...fieldAria("confirm-password", { error: confirmError })}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
        />
      </Field>
      <Button type="submit" className="w-full" loading={reset.isPending || reset.isSuccess}>
        Set new password
      </Button>
    </form>
  );
}
