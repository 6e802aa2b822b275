"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function TeamError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="rounded-lg border border-zinc-200">
      <EmptyState
        title="This page could not load"
        description="The server did not answer as expected. Try again; if it keeps failing, the operator can find details in the server log."
      >
        <Button onClick={() => retry()}>Try again</Button>
      </EmptyState>
    </div>
  );
}
