"use client";

import { useEffect, useRef, useState } from "react";
import { Spinner } from "@/components/ui/spinner";

type SwaggerUIBundle = (options: Record<string, unknown>) => unknown;
declare global {
  interface Window {
    SwaggerUIBundle?: SwaggerUIBundle;
  }
}

function loadOnce(tag: "script" | "link", url: string): Promise<void> {
  const existing = document.querySelector(`[data-swagger="${url}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    el.dataset.swagger = url;
    if (el instanceof HTMLScriptElement) el.src = url;
    else Object.assign(el, { rel: "stylesheet", href: url });
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.appendChild(el);
  });
}

// Swagger UI over /api/openapi.json, from our own origin: no validator badge (it would call out).
export function SwaggerView({ specUrl }: { specUrl: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  useEffect(() => {
    let cancelled = false;
    Promise.all([loadOnce("link", "/api/docs/swagger-ui.css"), loadOnce("script", "/api/docs/swagger-ui-bundle.js")])
      .then(() => {
        if (cancelled || !ref.current || !window.SwaggerUIBundle) return;
        window.SwaggerUIBundle({
          url: specUrl,
          domNode: ref.current,
          validatorUrl: null,
          deepLinking: false,
          defaultModelsExpandDepth: 0,
          docExpansion: "list",
        });
        setState("ready");
      })
      .catch(() => !cancelled && setState("failed"));
    return () => {
      cancelled = true;
    };
  }, [specUrl]);
  return (
    <div>
      {state === "loading" ? (
        <p className="flex items-center gap-2 text-sm text-zinc-600">
          <Spinner /> Loading the reference…
        </p>
      ) : null}
      {state === "failed" ? (
        <p role="alert" className="text-sm text-red-700">
          The reference viewer did not load. The raw document is at{" "}
          <a className="underline" href={specUrl}>
            {specUrl}
          </a>
          .
        </p>
      ) : null}
      <div ref={ref} className="swagger-host" />
    </div>
  );
}
