// Stands in for the `server-only` package in vitest (see vitest.config.ts): importing it from tests is fine.
export {};
