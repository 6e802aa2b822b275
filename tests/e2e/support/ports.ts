// Ports of the e2e run, read by playwright.config.ts and by the specs (both run in processes that inherit
// the same environment from scripts/test.mjs): the server's, and the one loopback port a webhook receiver
// may listen on (the server and the test's worker allow it past the fetch guard via ALLOWED_FETCH_HOSTS).
export const serverPort = Number(process.env.E2E_PORT ?? 3107);
export const receiverPort = Number(process.env.E2E_RECEIVER_PORT ?? serverPort + 1);
export const allowedFetchHosts = `127.0.0.1:${receiverPort}`;
// The operator's OpenAI-compatible speech server (TTS_OPENAI_BASE_URL of the e2e server): a stand-in that the
// remote-voice spec starts; while it is down, the server lists only its built-in voices.
export const speechPort = Number(process.env.E2E_SPEECH_PORT ?? serverPort + 2);
