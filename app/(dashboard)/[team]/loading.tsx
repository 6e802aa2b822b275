import { Skeleton } from "@/components/ui/skeleton";

// Shown inside the shell while a page's first data loads; the sidebar stays put.
export default function Loading() {
  return (
    <div role="status" aria-label="Loading" className="space-y-6">
      <div className="space-y-2 pb-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-80" />
      </div>
      <div className="rounded-lg border border-zinc-200">
        <div className="border-b border-zinc-200 px-5 py-4">
          <Skeleton className="h-5 w-40" />
        </div>
        <div className="space-y-3 px-5 py-5">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-11/12" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      </div>
    </div>
  );
}
