#!/usr/bin/env bash
# Smoke test outside the fast suite: build the bundle, then run it with --version and
# --self-test (temp database, German translation, icons, main window rendered offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"
packaging/build.sh "$PYTHON"
export QT_QPA_PLATFORM=offscreen
home="$(mktemp -d)"; trap 'rm -rf "$home"' EXIT
# Never touch the real user's folders, even if the self-test had a bug.
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache"
dist/rapport/rapport --version
start=$(date +%s)
dist/rapport/rapport --self-test
echo "bundle self-test passed in $(( $(date +%s) - start )) s"
