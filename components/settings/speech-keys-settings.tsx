"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { SpeechKeysView } from "@/lib/speech/speech-key-schemas";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input, fieldAria } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";
import { errorMessage, fieldError } from "@/components/lib/api-client";
import { fetchSpeechKeys, removeSpeechKey, saveSpeechKey, speechKeyKeys } from "@/components/settings/queries";

type Provider = SpeechKeysView["providers"][number];

const about: Record<Provider["provider"], { label: string; hint: string; url: string }> = {
  elevenlabs: {
    label: "ElevenLabs",
    hint: "From ElevenLabs: Profile, API keys. Checked, then stored encrypted.",
    url: "https://api.elevenlabs.io",
  },
  openai: {
    label: "OpenAI-compatible speech",
    hint: "OpenAI's key, or your speech server's. Stored encrypted.",
    url: "https://api.openai.com/v1",
  },
};

function ProviderKey({
  team,
  p,
  locked,
  onSaved,
}: {
  team: string;
  p: Provider;
  locked: boolean;
  onSaved: (v: SpeechKeysView, title: string) => void;
}) {
  const [apiKey, setApiKey] = useState("");
  const [baseUrl, setBaseUrl] = useState(p.base_url ?? "");
  const save = useMutation({
    mutationFn: () => saveSpeechKey(team, { provider: p.provider, api_key: apiKey, base_url: baseUrl.trim() || undefined }),
    onSuccess: (next) => {
      setApiKey("");
      onSaved(next, `The team's ${about[p.provider].label} key was saved`);
    },
  });
  const remove = useMutation({
    mutationFn: () => removeSpeechKey(team, p.provider),
    onSuccess: (next) => onSaved(next, `The team's ${about[p.provider].label} key was removed`),
  });
  const id = `speech-${p.provider}`;
  const keyError = fieldError(save.error, "api_key");
  const urlError = fieldError(save.error, "base_url");
  const other = save.isError && !keyError && !urlError ? errorMessage(save.error) : remove.isError ? errorMessage(remove.error) : null;
  const status = p.team_key_set ? "Team key" : p.server_configured ? "Server's key" : "Off";
  return (
    <form
      className="max-w-xl space-y-4 border-t border-zinc-100 pt-4 first:border-0 first:pt-0"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <p className="inline-flex items-center gap-2 text-sm font-medium text-zinc-900">
        {about[p.provider].label} <Badge variant={status === "Off" ? "neutral" : "success"}>{status}</Badge>
      </p>
      {p.problem ? <Alert variant="danger">{p.problem}</Alert> : null}
      {other ? <Alert variant="danger">{other}</Alert> : null}
      <fieldset className="space-y-4" disabled={locked}>
        <Field id={`${id}-key`} label="API key" error={keyError} hint={about[p.provider].hint}>
          <Input
            {...fieldAria(`${id}-key`, { error: keyError, hint: about[p.provider].hint })}
            type="password"
            autoComplete="off"
            spellCheck={false}
            maxLength={500}
            placeholder={p.team_key_set ? "••••••••" : ""}
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
          />
        </Field>
        <Field
          id={`${id}-url`}
          label="Base URL (optional)"
          error={urlError}
          hint={`Empty: ${about[p.provider].url} or this server's setting.`}
        >
          <Input
            {...fieldAria(`${id}-url`, { error: urlError, hint: "" })}
            type="url"
            spellCheck={false}
            placeholder={about[p.provider].url}
            value={baseUrl}
            onChange={(e) => setBaseUrl(e.target.value)}
          />
        </Field>
        <div className="flex gap-2">
          <Button type="submit" loading={save.isPending} disabled={locked || !apiKey.trim()}>
            Save key
          </Button>
          {p.team_key_set ? (
            <Button variant="danger-outline" loading={remove.isPending} onClick={() => remove.mutate()}>
              Remove key
            </Button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

/** Team settings, "Voices": the team's own keys for remote voices, which win over the server's. */
export function SpeechKeysSettings({ team, initial, canEdit }: { team: string; initial: SpeechKeysView; canEdit: boolean }) {
  const toast = useToast();
  const queryClient = useQueryClient();
  const view = useQuery({ queryKey: speechKeyKeys.detail(team), queryFn: () => fetchSpeechKeys(team), initialData: initial }).data;
  const locked = !canEdit || !view.encryption.available;
  const onSaved = (next: SpeechKeysView, title: string) => {
    queryClient.setQueryData(speechKeyKeys.detail(team), next);
    toast({ title });
  };
  return (
    <Card aria-labelledby="team-speech-keys">
      <CardHeader
        titleId="team-speech-keys"
        title="Voices"
        description="Your own ElevenLabs or OpenAI-compatible key adds its voices to the voice list; it is used instead of the server's."
      />
      <CardBody className="space-y-5">
        {!view.encryption.available ? (
          <Alert variant="warning" title="Team keys are unavailable on this server">
            {view.encryption.reason}
          </Alert>
        ) : null}
        {!canEdit ? <p className="text-[13px] text-zinc-600">Only owners and admins can change the team&apos;s voice keys.</p> : null}
        {view.providers.map((p) => (
          <ProviderKey key={`${p.provider}-${p.base_url ?? ""}`} team={team} p={p} locked={locked} onSaved={onSaved} />
        ))}
      </CardBody>
    </Card>
  );
}
