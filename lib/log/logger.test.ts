import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, redactUrl } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
      cb();
    },
  });
  return { lines, stream };
}

describe("logger", () => {
  it("writes one JSON line per event with the error's cause", () => {
    const { lines, stream } = capture();
    const log = createLogger({ LOG_LEVEL: "info" }, stream);
    const err = new Error("render failed", { cause: new Error("SQLITE_BUSY: database is locked") });
    log.error({ err, route: "/county/[adcode]" }, "request failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: "request failed", route: "/county/[adcode]", app: "zjmap" });
    const logged = lines[0]!.err as { message: string; stack: string; cause?: { message: string } };
    expect(JSON.stringify(logged)).toContain("SQLITE_BUSY");
  });

  it("redacts database URLs given as fields", () => {
    const { lines, stream } = capture();
    createLogger({ LOG_LEVEL: "info" }, stream).info({ databaseUrl: "postgresql://u:secret@h/db" }, "x");
    expect(JSON.stringify(lines[0])).not.toContain("secret");
  });

  it("is silent under vitest unless asked", () => {
    expect(createLogger({ VITEST: "true" }).level).toBe("silent");
  });
});

describe("redactUrl", () => {
  it("drops user and password", () => {
    expect(redactUrl("postgresql://u:pw@db.example:5432/zj")).toBe("postgresql://***@db.example:5432/zj");
  });
});
