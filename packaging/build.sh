#!/usr/bin/env bash
# Build the one-folder app into dist/rapport/ with PyInstaller (pip install -e '.[package]').
# Usage: packaging/build.sh [python]   (default: .venv/bin/python, else python3)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${1:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"

# The committed .qm files must match the .ts sources (tests check it); build them if missing.
if ! ls resources/translations/*.qm >/dev/null 2>&1; then
  "$PYTHON" -m app.i18n_build
fi
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/rapport.spec
# What a desktop needs to list the app (copy share/ to /usr/local/share or ~/.local/share).
share=dist/rapport/share
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
cp packaging/io.github.rapport.Rapport.desktop "$share/applications/"
cp packaging/io.github.rapport.Rapport.metainfo.xml "$share/metainfo/"
cp resources/icons/rapport.svg "$share/icons/hicolor/scalable/apps/io.github.rapport.Rapport.svg"
echo "built dist/rapport in $(( $(date +%s) - start )) s ($(du -sh dist/rapport | cut -f1))"
