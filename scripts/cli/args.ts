// Tiny flag parser for the operator CLIs: --name value, --flag.
export function parseArgs(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith("--")) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith("--")) {
      out.set(arg.slice(2), next);
      i++;
    } else out.set(arg.slice(2), true);
  }
  return out;
}

export function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main();
    const { db } = await import("@/lib/db");
    await db().$disconnect();
    process.exit(0);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
