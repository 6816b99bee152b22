import type { NextConfig } from "next";
import { BASELINE_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle; so does the logger (pino loads
  // its pieces at run time).
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/jieba", "pino"],
  poweredByHeader: false,
  // Tests expose the map on window only in builds made with this flag (see components/map).
  env: { NEXT_PUBLIC_E2E: process.env.NEXT_PUBLIC_E2E ?? "" },
  // The headers that hold for every response, static files included; pages get their CSP and
  // frame rules from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(BASELINE_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
