import { randomUUID } from "node:crypto";
import os from "node:os";

/**
 * Who holds a job: "host:pid:nonce". The host and pid let a worker on the same machine see at once
 * that the holder died (kill -9 leaves no heartbeat to wait out); the nonce tells two workers of
 * one process apart.
 */
export function newOwnerId(): string {
  return `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** True only when the owner is known to be gone: same host and no such process. */
export function ownerIsDead(owner: string | null | undefined, host: string = os.hostname()): boolean {
  if (!owner) return false;
  const parts = owner.split(":");
  if (parts.length < 3) return false;
  const pid = Number(parts[parts.length - 2]);
  const ownerHost = parts.slice(0, -2).join(":");
  if (ownerHost !== host || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}
