import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@node-rs/jieba"],
  poweredByHeader: false,
  // Tests expose the map on window only in builds made with this flag (see components/map).
  env: { NEXT_PUBLIC_E2E: process.env.NEXT_PUBLIC_E2E ?? "" },
};

export default nextConfig;
