import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { test, expect, checkPage, uniqueId } from "./support/fixtures";
import { signUp, type Person } from "./support/flows";
import { speechPort } from "./support/ports";

// An operator's OpenAI-compatible speech server (TTS_OPENAI_BASE_URL in playwright.config.ts), played by a
// stand-in on loopback that speaks the documented `POST /v1/audio/speech` contract: its voices appear in the
// studio's voice picker beside the built-in ones, a sample is spoken by it, and the choice survives a reload.
type Call = { path: string; body: { model?: string; input?: string; voice?: string }; authorization?: string };
let server: Server;
const calls: Call[] = [];
// What the stand-in answers: a second of tone as WAV (the server sniffs the bytes, whatever the content type).
const wav = execFileSync("ffmpeg", [
  "-v",
  "error",
  "-f",
  "lavfi",
  "-i",
  "sine=frequency=440:duration=1.2",
  "-ac",
  "1",
  "-ar",
  "24000",
  "-f",
  "wav",
  "-",
]);

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      calls.push({ path: req.url ?? "", body: raw ? (JSON.parse(raw) as Call["body"]) : {}, authorization: req.headers.authorization });
      if (req.method === "POST" && req.url === "/v1/audio/speech") res.writeHead(200, { "content-type": "audio/wav" }).end(wav);
      else res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not here" } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(speechPort, "127.0.0.1", () => resolve()));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

test("an operator's OpenAI-compatible voices are offered in the studio, speak a sample, and stay chosen after a reload", async ({
  page,
  guard,
}) => {
  test.setTimeout(120_000);
  const run = uniqueId();
  const person: Person = { name: "Val Voices", email: `voices-${run}@example.com`, password: guard.password("of the voices user") };
  const team = await signUp(page, person);
  // The server fetches provider lists lazily and retries a failed one after 15 s: wait until it lists ours.
  await expect
    .poll(
      async () => {
        const res = await page.request.get("/v2/voices", { headers: { "X-Team": team } });
        const voices = ((await res.json()) as { data: { voices: { voice_id: string }[] } }).data.voices;
        return voices.map((v) => v.voice_id).filter((id) => id.startsWith("openai_"));
      },
      { timeout: 40_000, intervals: [1000] },
    )
    .toEqual(["openai_alloy", "openai_nova"]);

  await page.getByRole("button", { name: "New project" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByLabel("Title").fill("Natural voice");
  await dialog.getByRole("button", { name: "Create project" }).click();
  const one = page.getByRole("region", { name: "Scene 1" });
  await one.getByLabel("Script").fill("Hello from a remote voice.");
  await one.getByLabel("Language").selectOption("English");
  await one.getByLabel("Voice", { exact: true }).selectOption({ label: "nova (female)" });
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  const sample = page.waitForResponse((r) => /\/v2\/voices\/openai_nova\/preview\?text=/.test(r.url()));
  await one.getByRole("button", { name: /Play sample/ }).click();
  const spoken = await sample;
  expect(spoken.status()).toBe(200);
  expect(spoken.headers()["content-type"]).toBe("audio/mpeg");
  const speech = calls.filter((c) => c.path === "/v1/audio/speech");
  expect(speech.at(-1)?.body).toMatchObject({ model: "tts-1", voice: "nova", input: "Hello from a remote voice." });
  // No key configured: no Authorization header at all.
  expect(speech.at(-1)?.authorization).toBeUndefined();
  await checkPage(page, "studio-remote-voice");

  await page.reload();
  await expect(page.getByRole("region", { name: "Scene 1" }).getByLabel("Voice", { exact: true })).toHaveValue("openai_nova");
});
