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
copy_clinic() {  # from name: a private copy of a clinic (database, audit key, chain head)
    cp "$scratch/$1.sqlite3" "$scratch/$2.sqlite3"
    for part in "$scratch/$1".sqlite3.*; do cp "$part" "$scratch/$2.sqlite3${part#"$scratch/$1".sqlite3}"; done
}
copy_demo() { copy_clinic demo "$1"; }
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
# The dose rules at work, three days later (26-Nov: the Monday doses' windows have closed, so they
# are missed): IMP-B01 had anaphylaxis to PACLitaxel (discontinued, IMP321 waits for a decision),
# IMP-A07 a grade 3 neuropathy (a lower level waits for the investigator), and the administrator
# asked for a password reset of nurse.lindqvist (waits for an investigator).
later=2026-11-26
copy_demo rules
"$py" - "$scratch/rules.sqlite3" "$day" "$later" <<'PY'
import sys
from datetime import date, datetime
from clinic_app.facade import Clinic
day = date.fromisoformat(sys.argv[2])
with Clinic.open(sys.argv[1], clock=lambda: datetime.now().astimezone().replace(year=day.year, month=day.month,
                                                                               day=day.day)) as clinic:
    nurse = clinic.login("nurse.okafor", "demo-clinic-2026")
    clinic.record_toxicity(nurse, "IMP-B01", term="anaphylaxis", grade=3, onset=day, drug="paclitaxel")
    clinic.record_toxicity(nurse, "IMP-A07", term="peripheral_sensory_neuropathy", grade=3, onset=day)
later = date.fromisoformat(sys.argv[3])  # a reset asked for on the day of the pictures (valid 24 hours)
with Clinic.open(sys.argv[1], clock=lambda: datetime.now().astimezone().replace(
        year=later.year, month=later.month, day=later.day)) as clinic:
    clinic.request_password_reset(clinic.login("sam.admin", "demo-clinic-2026"), "nurse.lindqvist")
PY
rules_shot() {  # name user view patient [more options]: a shot of a copy of the rules clinic
    copy_clinic rules "$1"
    shot "$@"
}
rules_shot today-rules nurse.okafor today "" --date "$later"
rules_shot today-rules-larger nurse.okafor today "" --date "$later" --larger-text
rules_shot patient-discontinued nurse.okafor patient IMP-B01 --date "$later"
rules_shot patient-events nurse.okafor patient_events IMP-B01 --date "$later"
rules_shot dose-discontinued pharm.chen dose IMP-B01 --date "$later"
rules_shot dose-level pharm.chen dose IMP-A07 --date "$later"
rules_shot decide-level dr.martin decide_level IMP-A07 --date "$later"
rules_shot decide-level-larger dr.martin decide_level IMP-A07 --date "$later" --larger-text
rules_shot decide-after dr.martin decide IMP-B01 --date "$later"
rules_shot administer-missed nurse.okafor administer IMP-A08 --date "$later"
rules_shot late-entry nurse.okafor late_entry IMP-A08 --date "$later"
rules_shot late-entry-larger nurse.okafor late_entry IMP-A08 --date "$later" --larger-text
rules_shot toxicity nurse.okafor toxicity IMP-A08 --date "$later"
rules_shot toxicity-larger nurse.okafor toxicity IMP-A08 --date "$later" --larger-text
rules_shot users sam.admin users "" --date "$later"
rules_shot confirm-reset dr.martin confirm_reset "" --date "$later"
rules_shot confirm-reset-larger dr.martin confirm_reset "" --date "$later" --larger-text
