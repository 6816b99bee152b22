/** The desk's calls to its own routes: JSON in and out, the server's message as the error. */
export class DeskRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function deskCall<T>(path: string, body?: unknown, method = body === undefined ? "GET" : "POST"): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "same-origin",
    cache: "no-store",
  });
  const data = (await res.json().catch(() => null)) as { error?: string; message?: string } | null;
  if (!res.ok) {
    if (res.status === 401) throw new DeskRequestError("登录已过期，请重新登录", 401);
    throw new DeskRequestError(data?.error ?? data?.message ?? `请求失败（${res.status}）`, res.status);
  }
  return data as T;
}

/** A file's bytes as base64, to send .txt/.html files in JSON (decoded on the server like the CLI does). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
