import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";
import { runDbTask } from "./support/run-db-task";

type Seen = Record<string, number>;
declare global {
  interface Window {
    __seen?: Seen;
  }
}

// Live status: a video moved through the one status-ingestion function (moveVideo, in another process, as a
// worker would) shows its new status and progress on the Videos page without a reload. The page records when
// the row's data-status / data-progress changed; the delay is measured from the commit of each move.
test("the Videos page shows status and progress changes within 2 s, without a reload", async ({ page, guard }) => {
  test.setTimeout(120_000);
  const person: Person = {
    name: "Liv Live",
    email: `live-${uniqueId()}@example.com`,
    password: guard.password("of the live-status owner"),
  };
  const team = await signUp(page, person);
  const { id } = await runDbTask<{ id: string }>("create-video", { team, title: "Live status check" });

  await page.goto(`/${team}/videos`);
  const row = page.locator(`tr[data-video-id="${id}"]`);
  await expect(row).toHaveAttribute("data-status", "pending");
  await expect(row.getByText("Queued")).toBeVisible();

  // Record, in the page, the first time each status:progress pair appears on the row.
  await page.evaluate((videoId) => {
    window.__seen = {};
    const note = () => {
      const el = document.querySelector(`tr[data-video-id="${videoId}"]`);
      if (el) window.__seen![`${el.getAttribute("data-status")}:${el.getAttribute("data-progress")}`] ??= Date.now();
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-status", "data-progress"],
    });
    note();
  }, id);

  // Uneven gaps, so the moves land at different points of the 1 s polling cycle.
  const steps = [
    { status: "processing", progress: 20, waitMs: 300 },
    { status: "processing", progress: 45, waitMs: 2300 },
    { status: "processing", progress: 70, waitMs: 2650 },
    { status: "processing", progress: 90, waitMs: 2100 },
    { status: "completed", waitMs: 2450 },
  ] as const;
  const { committed } = await runDbTask<{ committed: number[] }>("move-video", { id, steps });
  await expect(row).toHaveAttribute("data-status", "completed", { timeout: 5000 });
  await expect(row.getByText("Completed")).toBeVisible();

  const seen = (await page.evaluate(() => window.__seen)) as Seen;
  const delays = steps.map((s, i) => {
    const key = `${s.status}:${s.status === "completed" ? 100 : s.progress}`;
    expect(seen[key], `the row never showed ${key}`).toBeDefined();
    return seen[key]! - committed[i]!;
  });
  const sorted = [...delays].sort((a, b) => a - b);
  console.log(
    `live status delay (DB commit -> row updated), ms: ${delays.join(", ")}; median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted.at(-1)}`,
  );
  for (const delay of delays) expect(delay).toBeLessThan(2000);
  await checkPage(page, "videos-live-completed");
});
