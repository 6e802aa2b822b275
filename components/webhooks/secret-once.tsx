"use client";

import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";

// A signing secret shown exactly once, in a read-only box with a copy button, and how a receiver uses it.
export function SecretOnce({ id, label, secret }: { id: string; label: string; secret: string }) {
  return (
    <div className="space-y-5">
      <div className="space-y-1.5">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800">
          {label}
        </label>
        <div className="flex gap-2">
          <Input
            id={id}
            readOnly
            value={secret}
            className="font-mono text-[13px]"
            onFocus={(e) => e.currentTarget.select()}
            data-testid="signing-secret"
          />
          <CopyButton value={secret} label="Copy secret" size="md" />
        </div>
      </div>
      <p className="text-sm leading-6 text-zinc-600">
        Verify each request on your server: the <code className="font-mono text-[13px] text-zinc-800">Signature</code> header is the hex
        HMAC-SHA256 of the raw body, keyed with this whole secret.{" "}
        <code className="font-mono text-[13px] text-zinc-800">webhook-signature</code> follows Standard Webhooks, so its libraries verify it
        too.
      </p>
      <Alert variant="warning">
        This is the only time the secret is shown. If you lose it, rotate the secret and update your receiver.
      </Alert>
    </div>
  );
}
