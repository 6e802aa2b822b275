import "server-only";
import type { JobDefinition } from "@/lib/jobs/define-job";
import { heygenImportJob } from "@/lib/generation/heygen/heygen-import-job";
import { heygenSubmitJob } from "@/lib/generation/heygen/heygen-submit-job";
import { videoAssembleJob } from "@/lib/generation/local/jobs/video-assemble-job";
import { videoRenderJob } from "@/lib/generation/local/jobs/video-render-job";
import { videoSceneJob } from "@/lib/generation/local/jobs/video-scene-job";
import { reconcileJob } from "@/lib/generation/reconcile-job";
import { webhookDeliverJob } from "@/lib/webhooks/webhook-deliver-job";
import { webhookSweepJob } from "@/lib/webhooks/webhook-sweep-job";
import { housekeepingJob } from "./housekeeping-job";

// Every background job the worker runs (one file per job, defined with defineJob). Adding a job is a file and
// a line here.
export const jobRegistry: readonly JobDefinition[] = [
  videoRenderJob,
  videoSceneJob,
  videoAssembleJob,
  webhookDeliverJob,
  webhookSweepJob,
  heygenSubmitJob,
  heygenImportJob,
  reconcileJob,
  housekeepingJob,
];
