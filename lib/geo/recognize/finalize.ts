// Pass: what is still pending is rejected, unless it kept candidates it could not decide between.
import type { State } from "./types";

export function closePending(s: State): void {
  for (const it of s.items) if (it.status === "pending") it.status = it.ambiguous.length > 0 ? "ambiguous" : "rejected";
}
