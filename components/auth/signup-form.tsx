"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, fieldAria } from "@/components/ui/input";

// What the sign-up action answers: a form-wide error, errors by field, and the values to keep (never the password).
export type SignupState = {
  error: string | null;
  fieldErrors: Partial<Record<"name" | "email" | "password", string>>;
  values: { name: string; email: string };
};

export function SignupForm({
  action,
  invite,
  lockedEmail,
  next,
  passwordMin,
}: {
  action: (state: SignupState, formData: FormData) => Promise<SignupState>;
  invite: string | null;
  lockedEmail: string | null;
  next: string | null;
  passwordMin: number;
}) {
  const [state, formAction, pending] = useActionState(action, {
    error: null,
    fieldErrors: {},
    values: { name: "", email: lockedEmail ?? "" },
  });
  const { fieldErrors: errors } = state;
  const passwordHint = `At least ${passwordMin} characters.`;
  const emailHint = lockedEmail ? "This invite is for this address." : undefined;

  return (
    <form action={formAction} className="space-y-4">
      {state.error ? <Alert variant="danger">{state.error}</Alert> : null}
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field id="signup-name" label="Name" error={errors.name}>
        <Input
          {...fieldAria("signup-name", { error: errors.name })}
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values.name}
        />
      </Field>
      <Field id="signup-email" label="Work email" error={errors.email} hint={emailHint}>
        <Input
          {...fieldAria("signup-email", { error: errors.email, hint: emailHint })}
          name="email"
          type="email"
          autoComplete="email"
          required
          readOnly={!!lockedEmail}
          defaultValue={lockedEmail ?? state.values.email}
        />
      </Field>
      <Field id="signup-password" label="Password" error={errors.password} hint={passwordHint}>
        <Input
          {...fieldAria("signup-password", { error: errors.password, hint: passwordHint })}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={passwordMin}
          maxLength={200}
        />
      </Field>
      <Button type="submit" className="w-full" loading={pending}>
        {invite ? "Create account and join" : "Create account"}
      </Button>
    </form>
  );
}
