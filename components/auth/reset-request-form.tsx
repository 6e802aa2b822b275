"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { api, errorMessage } from "@/components/lib/api-client";

export function ResetRequestForm({ mailConfigured }: { mailConfigured: boolean }) {
  const [email, setEmail] = useState("");
  const request = useMutation({
    mutationFn: (value: string) => api<{ sent: true }>("/api/reset", { method: "POST", body: { email: value } }),
  });

  if (request.isSuccess) {
    // The same answer whatever the email, so this page never tells whether an account exists.
    return (
      <div className="space-y-4">
        <Alert variant="success" title="Request received">
          If an account exists for <span className="font-medium">{request.variables}</span>, a reset link is ready for it.
        </Alert>
        {mailConfigured ? (
          <p className="text-sm leading-6 text-zinc-600">Check your inbox. The link works once and expires after an hour.</p>
        ) : (
          <div className="space-y-2 text-sm leading-6 text-zinc-600">
            <p>This server does not send email. Ask its operator for your link; they print it with:</p>
            <code className="block rounded-md bg-zinc-100 px-3 py-2 font-mono text-[12px] text-zinc-800">
              npm run user -- --reset-password {"<email>"}
            </code>
            <p>The link works once and expires after an hour.</p>
          </div>
        )}
        <Button variant="secondary" className="w-full" onClick={() => request.reset()}>
          Use another email
        </Button>
      </div>
    );
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate(email.trim());
      }}
    >
      {request.isError ? <Alert variant="danger">{errorMessage(request.error)}</Alert> : null}
      <Field id="reset-email" label="Email">
        <Input id="reset-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      {mailConfigured ? null : (
        <div className="space-y-1.5 text-[13px] leading-5 text-zinc-600">
          <p>This server does not send email: its operator prints reset links with</p>
          <code className="block rounded-md bg-zinc-100 px-3 py-1.5 font-mono text-[12px] text-zinc-800">
            npm run user -- --reset-password {"<email>"}
          </code>
        </div>
      )}
      <Button type="submit" className="w-full" loading={request.isPending}>
        Get a reset link
      </Button>
    </form>
  );
}
