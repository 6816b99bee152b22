/**
 * True when a request path holds a `%` escape that does not decode (a stray `%`, `%zz`, or bytes
 * that are not UTF-8). Next.js throws on such a path deep inside routing and answers a bare 500;
 * checked first, it becomes a 400 with a log line.
 */
export function hasBadPercentEncoding(rawPath: string): boolean {
  const q = rawPath.indexOf("?");
  const path = q === -1 ? rawPath : rawPath.slice(0, q);
  if (!path.includes("%")) return false;
  for (const segment of path.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
