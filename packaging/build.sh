#!/usr/bin/env sh
# Build the one-folder app with PyInstaller, from scratch, into dist/clinic-dosing-assistant/.
#   packaging/build.sh              uses .venv (PyInstaller installed from packaging/requirements-package.lock
#                                   when missing); prints the build time and the folder size
#   BUILD_PYTHON=/path/to/python packaging/build.sh   another environment that already has the app and PyInstaller
# Linux and macOS; on Windows run the pyinstaller line below by hand (see packaging/README-packaging.md).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
py="${BUILD_PYTHON:-$root/.venv/bin/python}"

if ! "$py" -c "import PyInstaller" 2>/dev/null; then
    echo "build: installing PyInstaller from packaging/requirements-package.lock" >&2
    "$py" -m pip install --quiet --require-hashes -r packaging/requirements-package.lock >&2
fi

"$py" packaging/translations.py release  # the window's .qm files, bundled with resources/

app=clinic-dosing-assistant
rm -rf "dist/$app" "dist/Clinic Dosing Assistant.app" build/pyinstaller
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller "packaging/$app.spec"
end=$(date +%s)

size_mb=$(du -sm "dist/$app" | cut -f1)
files=$(find "dist/$app" -type f | wc -l)
echo "build: dist/$app built in $((end - start)) s; $size_mb MB in $files files"
