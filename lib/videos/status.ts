// The video state machine (API-CONTRACT.md): pending < waiting < processing < completed | failed.
// A status never moves back, and a terminal one never changes; progress only grows while processing.
export const videoStatuses = ["pending", "waiting", "processing", "completed", "failed"] as const;
export type VideoStatus = (typeof videoStatuses)[number];

export const statusRank: Record<VideoStatus, number> = { pending: 0, waiting: 1, processing: 2, completed: 3, failed: 3 };

export function isTerminal(status: VideoStatus): boolean {
  return status === "completed" || status === "failed";
}

// SQL form of statusRank, for conditional UPDATEs that must stay monotonic under concurrent reports.
export const statusRankSql = `CASE "status" WHEN 'pending' THEN 0 WHEN 'waiting' THEN 1 WHEN 'processing' THEN 2 ELSE 3 END`;
