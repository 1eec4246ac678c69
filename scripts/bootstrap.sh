#!/usr/bin/env bash
# Creates or refreshes .venv from the lock files. Sourced by ./fieldsafe and
# ./run-tests, so the README's two commands are all a new machine needs.
# Re-installs only when a lock file or pyproject.toml changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
python="${FIELDSAFE_PYTHON:-python3.11}"
command -v "$python" >/dev/null 2>&1 || python=python3

stamp_now="$(cat "$root/requirements.lock" "$root/requirements-build.lock" "$root/pyproject.toml" | sha256sum | cut -c1-16)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.fieldsafe-stamp" 2>/dev/null)" != "$stamp_now" ]; then
  echo "Setting up FieldSafe's Python environment in .venv (first run only)..." >&2
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$root/requirements-build.lock"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r "$root/requirements.lock"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e "$root"
  echo "$stamp_now" > "$venv/.fieldsafe-stamp"
fi
