#!/usr/bin/env python3
"""Development aid: ../shared/tools/score_extraction.py with every extraction answered by one
long-lived process (scripts/dev/extract-server.ts) instead of `npm run extract` per text, so a
full devset score takes seconds. Same arguments, same scoring code, same figures:

    python3 scripts/dev/score.py [SET_DIR ...] [--verbose] [--given-reports] ...

The scorer is imported from ../shared/tools at run time (never copied); its rules stay its own.
"""
import json, os, subprocess, sys, threading

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOLS = os.path.join(os.path.dirname(ROOT), "shared", "tools")
sys.path.insert(0, TOOLS)
import score_extraction as se  # noqa: E402

_proc = None
_lock = threading.Lock()


def _server():
    global _proc
    if _proc is None:
        env = dict(os.environ, CHECKPOINT_DISABLE="1", NEXT_TELEMETRY_DISABLED="1")
        _proc = subprocess.Popen([os.path.join(ROOT, "node_modules/.bin/tsx"), "scripts/dev/extract-server.ts"],
                                 cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    return _proc


def run_extract(project, path, single):
    with _lock:
        p = _server()
        p.stdin.write(json.dumps({"path": os.path.abspath(path), "single": bool(single)}) + "\n")
        p.stdin.flush()
        ans = json.loads(p.stdout.readline())
    if "err" in ans:
        return None, ans["err"][-300:]
    # Round-trip through JSON text as the real command's stdout would.
    return json.loads(json.dumps(ans["out"])), None


se.run_extract = run_extract
if __name__ == "__main__":
    if "--project" not in sys.argv:
        sys.argv += ["--project", ROOT]
    os.chdir(ROOT)
    rc = se.main()
    if _proc:
        _proc.stdin.close()
        _proc.wait()
    sys.exit(rc)
