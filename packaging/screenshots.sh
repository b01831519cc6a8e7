#!/usr/bin/env bash
# Screenshots of the real window under Xvfb (an X server, not Qt's offscreen platform), on a fresh
# demo clinic: Today, a patient view, the dose dialog and the cohorts view.
#   packaging/screenshots.sh [OUT_DIR]     (default: artifacts/screenshots)
# Fails when a screenshot is missing or empty. CI keeps them as artifacts; the README shows them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$root/artifacts/screenshots}")
py="$root/.venv/bin/python"
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

day=2026-11-23   # the demo's "today": fixed, so the pictures are the same on every run
"$py" -m clinic_app demo --db "$scratch/demo.sqlite3" --date "$day" >/dev/null
export CLINIC_APP_PASSWORD=demo-clinic-2026
shot() {  # name user view [patient]
    local name=$1 user=$2 view=$3 patient=${4:-}
    cp "$scratch/demo.sqlite3" "$scratch/$name.sqlite3"
    for part in "$scratch"/demo.sqlite3.*; do cp "$part" "$scratch/$name.sqlite3${part#"$scratch"/demo.sqlite3}"; done
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" \
        "$py" -m clinic_app --db "$scratch/$name.sqlite3" --user "$user" --date "$day" \
        --view "$view" ${patient:+--patient "$patient"} --screenshot "$out/$name.png"
    [ -s "$out/$name.png" ] || { echo "screenshots: $name.png was not written" >&2; exit 1; }
    echo "screenshots: $out/$name.png"
}
shot today nurse.okafor today
shot patient nurse.okafor patient IMP-B04
shot dose pharm.chen dose IMP-A08
shot cohorts dr.martin cohorts
