"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { changePassword, endAllSessions, updateAccountName } from "@/components/settings/queries";

function ProfileCard({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const toast = useToast();
  const [value, setValue] = useState(name);
  const save = useMutation({
    mutationFn: () => updateAccountName(value.trim()),
    onSuccess: () => {
      toast({ title: "Profile saved" });
      router.refresh(); // the sidebar shows the name
    },
  });
  const nameError = fieldError(save.error, "name");
  const emailHint = "Your email is your login. Ask the operator of this server to change it.";

  return (
    <Card aria-labelledby="profile-title">
      <CardHeader titleId="profile-title" title="Profile" description="How you appear to your teams." />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <CardBody className="space-y-5">
          {save.isError && !nameError ? <Alert variant="danger">{errorMessage(save.error)}</Alert> : null}
          <Field id="account-name" label="Name" error={nameError} className="max-w-md">
            <Input
              {...fieldAria("account-name", { error: nameError })}
              required
              maxLength={100}
              autoComplete="name"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </Field>
          <Field id="account-email" label="Email" hint={emailHint} className="max-w-md">
            <Input {...fieldAria("account-email", { hint: emailHint })} readOnly value={email} type="email" />
          </Field>
        </CardBody>
        <CardFooter>
          <p className="text-[13px] text-zinc-600">Up to 100 characters.</p>
          <Button type="submit" loading={save.isPending} disabled={value.trim() === name || !value.trim()}>
            Save
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function PasswordCard({ email, passwordMin }: { email: string; passwordMin: number }) {
  const toast = useToast();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: () => changePassword(current, next),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      setConfirm("");
      toast({ title: "Password changed", description: "Your other sessions were logged out." });
    },
  });
  const currentError = fieldError(change.error, "current_password");
  const newError = fieldError(change.error, "new_password");
  const confirmError = mismatch ? "The two passwords do not match." : null;
  const hint = `At least ${passwordMin} characters.`;

  return (
    <Card aria-labelledby="password-title">
      <CardHeader titleId="password-title" title="Password" description="Changing it logs you out on every other device." />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (next !== confirm) return setMismatch(true);
          setMismatch(false);
          change.mutate();
        }}
      >
        <CardBody className="space-y-5">
          {/* Tells password managers which account this password belongs to. */}
          <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
          {change.isError && !currentError && !newError ? <Alert variant="danger">{errorMessage(change.error)}</Alert> : null}
          <Field id="current-password" label="Current password" error={currentError} className="max-w-md">
            <Input
              {...fieldAria("current-password", { error: currentError })}
              type="password"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          </Field>
          <Field id="account-new-password" label="New password" hint={hint} error={newError} className="max-w-md">
            <Input
              {...fieldAria("account-new-password", { hint, error: newError })}
              type="password"
              autoComplete="new-password"
              required
              minLength={passwordMin}
              maxLength={200}
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          </Field>
          <Field id="account-confirm-password" label="Confirm new password" error={confirmError} className="max-w-md">
            <Input
              {...fieldAria("account-confirm-password", { error: confirmError })}
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </Field>
        </CardBody>
        <CardFooter>
          <p className="text-[13px] text-zinc-600">Forgot it? Log out and use “Forgot password?”.</p>
          <Button type="submit" loading={change.isPending} disabled={!current || !next || !confirm}>
            Change password
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}

function SessionsCard() {
  const router = useRouter();
  const end = useMutation({
    mutationFn: endAllSessions,
    // This session ended too: to the login page, and the server components render again without it.
    onSuccess: () => {
      router.replace("/login");
      router.refresh();
    },
  });
  return (
    <Card aria-labelledby="sessions-title">
      <CardHeader
        titleId="sessions-title"
        title="Sessions"
        description="Lost a laptop, or signed in on a shared computer? End every session of your account, on every device, this one included."
      />
      {end.isError ? (
        <CardBody>
          <Alert variant="danger">{errorMessage(end.error)}</Alert>
        </CardBody>
      ) : null}
      <CardFooter>
        <p className="text-[13px] text-zinc-600">You sign in again afterwards; API keys keep working.</p>
        <Button variant="danger-outline" loading={end.isPending} onClick={() => end.mutate()}>
          Sign out everywhere
        </Button>
      </CardFooter>
    </Card>
  );
}

export function AccountSettings({ name, email, passwordMin }: { name: string; email: string; passwordMin: number }) {
  return (
    <div className="space-y-6">
      <ProfileCard name={name} email={email} />
      <PasswordCard email={email} passwordMin={passwordMin} />
      <SessionsCard />
    </div>
  );
}
