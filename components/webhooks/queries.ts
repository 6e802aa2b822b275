import type { DeliveryView } from "@/lib/webhooks/deliveries";
import type { EndpointView } from "@/lib/webhooks/endpoints";
import type { WebhooksOverview } from "@/lib/webhooks/webhooks-overview";
import type { WebhookEventType } from "@/lib/webhooks/event-types";
import type { CreateEndpointBody, EditEndpointBody } from "@/lib/webhooks/schemas";
import type { WebhookAttempt } from "@/lib/generated/prisma/client";
import { api } from "@/components/lib/api-client";

// Dates arrive as ISO strings over JSON.
type Wire<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

export type { WebhooksOverview, EndpointView };
export type EndpointSummary = WebhooksOverview["endpoints"][number];
export type Delivery = Wire<DeliveryView>;
export type DeliveryPage = { deliveries: Delivery[]; token: string | null };
export type Attempt = Wire<WebhookAttempt>;

export const webhookKeys = {
  overview: (team: string) => ["teams", team, "webhooks"] as const,
  // destination: an endpoint id or "callback".
  deliveries: (team: string, destination: string) => ["teams", team, "webhooks", "deliveries", destination] as const,
  videoDeliveries: (team: string, videoId: string) => ["teams", team, "videos", videoId, "deliveries"] as const,
  attempts: (team: string, deliveryId: string) => ["teams", team, "deliveries", deliveryId, "attempts"] as const,
  callbackSecret: (team: string) => ["teams", team, "callback-secret"] as const,
};

const base = (team: string) => `/api/teams/${team}`;

export const fetchOverview = (team: string) => api<WebhooksOverview>(`${base(team)}/webhooks`);

export async function createEndpoint(team: string, body: CreateEndpointBody): Promise<EndpointView> {
  return (await api<{ endpoint: EndpointView }>(`${base(team)}/webhooks`, { method: "POST", body })).endpoint;
}

export async function editEndpoint(team: string, id: string, body: EditEndpointBody): Promise<EndpointView> {
  return (await api<{ endpoint: EndpointView }>(`${base(team)}/webhooks/${id}`, { method: "PATCH", body })).endpoint;
}

export async function deleteEndpoint(team: string, id: string): Promise<void> {
  await api(`${base(team)}/webhooks/${id}`, { method: "DELETE" });
}

export async function rotateEndpointSecret(team: string, id: string): Promise<EndpointView> {
  return (await api<{ endpoint: EndpointView }>(`${base(team)}/webhooks/${id}/rotate`, { method: "POST" })).endpoint;
}

export async function sendTestEvent(team: string, id: string, type?: WebhookEventType): Promise<Delivery> {
  return (await api<{ delivery: Delivery }>(`${base(team)}/webhooks/${id}/test`, { method: "POST", body: { type } })).delivery;
}

export function fetchDeliveries(team: string, destination: string, token?: string | null): Promise<DeliveryPage> {
  return api<DeliveryPage>(
    `${base(team)}/webhooks/${destination}/deliveries?limit=25${token ? `&token=${encodeURIComponent(token)}` : ""}`,
  );
}

export async function fetchVideoDeliveries(team: string, videoId: string): Promise<Delivery[]> {
  return (await api<{ deliveries: Delivery[] }>(`${base(team)}/videos/${videoId}/deliveries`)).deliveries;
}

export async function fetchAttempts(team: string, deliveryId: string): Promise<Attempt[]> {
  return (await api<{ attempts: Attempt[] }>(`${base(team)}/deliveries/${deliveryId}/attempts`)).attempts;
}

export async function redeliver(team: string, deliveryId: string): Promise<Delivery> {
  return (await api<{ delivery: Delivery }>(`${base(team)}/deliveries/${deliveryId}/redeliver`, { method: "POST" })).delivery;
}

export async function fetchCallbackSecret(team: string): Promise<string> {
  return (await api<{ secret: string }>(`${base(team)}/callback-secret`)).secret;
}

export async function rotateCallbackSecret(team: string): Promise<string> {
  return (await api<{ secret: string }>(`${base(team)}/callback-secret/rotate`, { method: "POST" })).secret;
}
