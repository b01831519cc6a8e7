#!/usr/bin/env bash
# Screenshots of the real window under Xvfb (an X server, not Qt's offscreen platform), on a fresh
# demo clinic: Today, a patient view, the dose dialog, the cohorts view, the lock page and every
# workflow dialog (in the state that shows its longest words), some at the "Larger text" size.
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
copy_demo() {  # name: a private copy of the demo clinic (database, audit key, chain head)
    cp "$scratch/demo.sqlite3" "$scratch/$1.sqlite3"
    for part in "$scratch"/demo.sqlite3.*; do cp "$part" "$scratch/$1.sqlite3${part#"$scratch"/demo.sqlite3}"; done
}
shot() {  # name user view [patient] [more window options]
    local name=$1 user=$2 view=$3 patient=${4:-}
    shift $(( $# < 4 ? $# : 4 ))
    [ -f "$scratch/$name.sqlite3" ] || copy_demo "$name"
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" \
        "$py" -m clinic_app --db "$scratch/$name.sqlite3" --user "$user" --date "$day" \
        --view "$view" ${patient:+--patient "$patient"} --screenshot "$out/$name.png" "$@"
    [ -s "$out/$name.png" ] || { echo "screenshots: $name.png was not written" >&2; exit 1; }
    echo "screenshots: $out/$name.png"
}
shot today nurse.okafor today
shot patient nurse.okafor patient IMP-B04
shot dose pharm.chen dose IMP-A08
shot cohorts dr.martin cohorts
shot lock nurse.okafor lock
shot measurement nurse.okafor measurement IMP-A08
shot measurement-larger nurse.okafor measurement IMP-A08 --larger-text
shot labs nurse.okafor labs IMP-A08
shot administer nurse.okafor administer IMP-A08
shot hold nurse.okafor hold IMP-A08
shot decide dr.martin decide IMP-B04
shot enrol dr.martin enrol
shot site-phone sam.admin site_phone
shot audit sam.admin audit
shot today-larger nurse.okafor today "" --larger-text
# The second pharmacist's blinded verification: pharm.chen calculates and prepares A08's dose first.
copy_demo verify
"$py" - "$scratch/verify.sqlite3" "$day" <<'PY'
import sys
from datetime import date, datetime
from clinic_app.facade import Clinic
day = date.fromisoformat(sys.argv[2])
with Clinic.open(sys.argv[1], clock=lambda: datetime.now().astimezone().replace(year=day.year, month=day.month,
                                                                               day=day.day)) as clinic:
    chen = clinic.login("pharm.chen", "demo-clinic-2026")
    nurse = clinic.login("nurse.okafor", "demo-clinic-2026")
    clinic.record_labs(nurse, "IMP-A08", anc="2.4", platelets="230", drawn_on=day)
    record = clinic.calculate_dose(chen, "IMP-A08", cycle=5, day=8)
    clinic.prepare(chen, record.id, password="demo-clinic-2026")
PY
for part in "$scratch"/verify.sqlite3*; do cp "$part" "$scratch/verify-larger${part#"$scratch"/verify}"; done
shot verify pharm.dubois verify IMP-A08
shot verify-larger pharm.dubois verify IMP-A08 --larger-text
