"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import { TextLink } from "@/components/auth/auth-card";

// What the login action answers: an error to show, and the email to keep (never the password).
export type LoginState = { error: string | null; email: string };

export function LoginForm({
  action,
  next,
  initialError,
}: {
  action: (state: LoginState, formData: FormData) => Promise<LoginState>;
  next: string | null;
  initialError: string | null;
}) {
  const [state, formAction, pending] = useActionState(action, { error: initialError, email: "" });

  return (
    <form action={formAction} className="space-y-4">
      {state.error ? <Alert variant="danger">{state.error}</Alert> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="login-email" label="Email">
        <Input id="login-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} autoFocus />
      </Field>
      <div className="space-y-1.5">
        <div className="flex items-baseline justify-between">
          <label htmlFor="login-password" className="text-sm font-medium text-zinc-800">
            Password
          </label>
          <span className="text-[13px]">
            <TextLink href="/reset">Forgot password?</TextLink>
          </span>
        </div>
        <Input id="login-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <Button type="submit" className="w-full" loading={pending}>
        Log in
      </Button>
    </form>
  );
}
