"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ProviderSettingsView } from "@/lib/generation/provider-schemas";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { cx } from "@/components/ui/cx";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { fetchProvider, forgetProvider, providerKeys, saveProvider } from "@/components/settings/queries";

type Choice = "local" | "heygen";

const choices: { value: Choice; label: string; description: string }[] = [
  {
    value: "local",
    label: "Local engine",
    description: "Videos are rendered by this server's workers, with the built-in presenters and voices.",
  },
  {
    value: "heygen",
    label: "HeyGen",
    description:
      "Videos are rendered by your HeyGen account, with its avatars and voices. The API, the history and your callbacks stay here; finished files are copied here.",
  },
];

function ChoiceList({ value, onChange, disabled }: { value: Choice; onChange: (v: Choice) => void; disabled: boolean }) {
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="mb-2 text-sm font-medium text-zinc-800">Who renders this team&apos;s videos</legend>
      {choices.map((c) => (
        <label
          key={c.value}
          className={cx(
            "flex cursor-pointer gap-3 rounded-md border px-3.5 py-3 has-[:disabled]:cursor-not-allowed",
            value === c.value ? "border-accent-600 bg-accent-50/40" : "border-zinc-200 hover:border-zinc-300",
          )}
        >
          <input
            type="radio"
            name="provider"
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            className="mt-1 accent-accent-600"
          />
          <span className="space-y-0.5">
            <span className="block text-sm font-medium text-zinc-900">{c.label}</span>
            <span className="block text-[13px] text-zinc-600">{c.description}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function ProviderSettings({ team, initial, canEdit }: { team: string; initial: ProviderSettingsView; canEdit: boolean }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const settings = useQuery({ queryKey: providerKeys.detail(team), queryFn: () => fetchProvider(team), initialData: initial });
  const view = settings.data;
  const [choice, setChoice] = useState<Choice>(view.provider);
  const [apiKey, setApiKey] = useState("");
  const [baseUrl, setBaseUrl] = useState(view.heygen.base_url);
  const [warning, setWarning] = useState<string | null>(null);

  const done = (next: ProviderSettingsView, title: string) => {
    queryClient.setQueryData(providerKeys.detail(team), next);
    setApiKey("");
    setChoice(next.provider);
    setBaseUrl(next.heygen.base_url);
    setWarning(next.warning ?? null);
    toast({ title });
  };
  const save = useMutation({
    mutationFn: () =>
      saveProvider(
        team,
        choice === "local" ? { provider: "local" } : { provider: "heygen", api_key: apiKey || undefined, base_url: baseUrl.trim() },
      ),
    onMutate: () => setWarning(null),
    onSuccess: (next) =>
      done(
        next,
        next.provider === "heygen" ? "HeyGen is now rendering this team's videos" : "The local engine is now rendering this team's videos",
      ),
  });
  const forget = useMutation({
    mutationFn: () => forgetProvider(team),
    onMutate: () => setWarning(null),
    onSuccess: (next) => done(next, "The HeyGen key was removed"),
  });

  const encryptionOff = !view.encryption.available;
  const locked = !canEdit || encryptionOff;
  const apiKeyError = fieldError(save.error, "api_key");
  const baseUrlError = fieldError(save.error, "base_url");
  const otherError =
    save.isError && !apiKeyError && !baseUrlError ? errorMessage(save.error) : forget.isError ? errorMessage(forget.error) : null;
  const keyHint = view.heygen.api_key_set
    ? "A key is stored; it is never shown. Leave this empty to keep it."
    : "From HeyGen: Settings, API. Stored encrypted.";
  const unchanged = choice === view.provider && (choice === "local" || (!apiKey && baseUrl.trim() === view.heygen.base_url));

  return (
    <Card aria-labelledby="team-provider">
      <CardHeader
        titleId="team-provider"
        title="Provider"
        description="Switching keeps the same API, keys, history and callbacks; only new videos go to the new provider."
        actions={
          <Badge variant={view.provider === "heygen" ? "accent" : "neutral"}>
            {view.provider === "heygen" ? "HeyGen" : "Local engine"}
          </Badge>
        }
      />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <CardBody className="space-y-5">
          {encryptionOff ? (
            <Alert variant="warning" title="HeyGen is unavailable on this server">
              {view.encryption.reason}
            </Alert>
          ) : null}
          {!canEdit ? <p className="text-[13px] text-zinc-600">Only owners and admins can change the provider.</p> : null}
          {view.heygen.problem ? <Alert variant="danger">{view.heygen.problem}</Alert> : null}
          {otherError ? <Alert variant="danger">{otherError}</Alert> : null}
          {warning ? <Alert variant="warning">{warning}</Alert> : null}
          <ChoiceList value={choice} onChange={setChoice} disabled={locked} />
          {choice === "heygen" ? (
            <fieldset className="max-w-xl space-y-5" disabled={locked}>
              <legend className="sr-only">HeyGen account</legend>
              <Field
                id="heygen-api-key"
                label={
                  <span className="inline-flex items-center gap-2">
                    API key{" "}
                    <Badge variant={view.heygen.api_key_set ? "success" : "neutral"}>{view.heygen.api_key_set ? "Set" : "Not set"}</Badge>
                  </span>
                }
                error={apiKeyError}
                hint={keyHint}
              >
                <Input
                  {...fieldAria("heygen-api-key", { error: apiKeyError, hint: keyHint })}
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={500}
                  placeholder={view.heygen.api_key_set ? "••••••••" : ""}
                  value={apiKey}
                  onChange={(e) => setApiKey(e.target.value)}
                />
              </Field>
              <Field id="heygen-base-url" label="Base URL" error={baseUrlError} hint="HeyGen's API, or another HeyGen-compatible server.">
                <Input
                  {...fieldAria("heygen-base-url", { error: baseUrlError, hint: "HeyGen's API, or another HeyGen-compatible server." })}
                  type="url"
                  required
                  spellCheck={false}
                  value={baseUrl}
                  onChange={(e) => setBaseUrl(e.target.value)}
                />
              </Field>
              <div className="space-y-1.5">
                <p className="inline-flex items-center gap-2 text-sm font-medium text-zinc-800">
                  Webhook URL{" "}
                  <Badge variant={view.heygen.registered ? "success" : "neutral"}>
                    {view.heygen.registered ? "Registered with HeyGen" : "Registered when you save"}
                  </Badge>
                </p>
                <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 font-mono text-[13px] break-all text-zinc-700">
                  {view.heygen.callback_url}
                </p>
                <p className="text-[13px] text-zinc-600">
                  Saving checks the key and registers this URL with HeyGen, which must be able to reach it.
                </p>
              </div>
            </fieldset>
          ) : null}
        </CardBody>
        {canEdit ? (
          <CardFooter>
            {view.heygen.api_key_set ? (
              <Button variant="danger-outline" loading={forget.isPending} onClick={() => forget.mutate()}>
                Remove HeyGen key
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={save.isPending} disabled={locked || unchanged}>
              Save
            </Button>
          </CardFooter>
        ) : null}
      </form>
    </Card>
  );
}
