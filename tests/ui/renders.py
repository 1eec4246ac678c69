"""Run the screenshot script in a process of its own per configuration (the
screen's size, the language and the font scale are fixed when Qt starts), a
few at a time, and read what each one reports (tests/ui/fit,
tests/ui/access/test_mnemonics.py).

Each render mostly waits for its screens to settle, so three run side by side
on the two cores the test machines have. A render that dies of a signal is run
once more, with no other render starting meanwhile, and said on stderr: one
such crash was seen once in thirteen runs with four side by side, never alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ROOT / "src" / "fieldsafe" / "resources" / "i18n" / "languages.json"
AT_ONCE = 3
LIMIT_S = 600


def shipped_languages() -> list[str]:
    """The code of every language FieldSafe ships, English first."""
    return [entry["code"] for entry in json.loads(LANGUAGES.read_text("utf-8"))["languages"]]


def run_all(module: str, configs: dict[str, list[str]], out: Path) -> dict[str, dict]:
    """``python -m module OUT/<name>.json *args`` for each configuration ->
    each one's JSON report; a render that fails fails the test with its log."""

    def start(name: str) -> subprocess.Popen:
        args = [sys.executable, "-m", module, str(out / f"{name}.json"), *configs[name]]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        with (out / f"{name}.log").open("w") as log:
            return subprocess.Popen(args, cwd=ROOT, env=env, stdout=log, stderr=log)

    found: dict[str, dict] = {}
    waiting = list(configs)
    running: dict[str, tuple[subprocess.Popen, float]] = {}
    while waiting or running:
        while waiting and len(running) < AT_ONCE:
            name = waiting.pop(0)
            running[name] = (start(name), time.monotonic())
        late = [n for n, (p, began) in running.items() if time.monotonic() - began > LIMIT_S]
        for name in late:
            running[name][0].kill()
        assert not late, f"renders {late} took more than {LIMIT_S} s"
        name = next((n for n, (p, _) in running.items() if p.poll() is not None), "")
        if not name:
            time.sleep(0.05)  # waiting on child processes: there is no clock to inject
            continue
        code = running.pop(name)[0].returncode
        if code < 0:
            sys.stderr.write(f"render {name} died of signal {-code}; running it again\n")
            code = start(name).wait(timeout=LIMIT_S)
        report = out / f"{name}.json"
        assert code == 0 and report.exists(), (out / f"{name}.log").read_text()[-3000:]
        found[name] = json.loads(report.read_text("utf-8"))
    return found
