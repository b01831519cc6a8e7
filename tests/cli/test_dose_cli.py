"""`python -m clinic_app dose`: the arithmetic on screen, the JSON document, and bad input -> exit 2,
one stderr line naming field, unit and range, never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from suite_profile import count

from clinic_app.cli import main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["dose", *argv])
    return code, out.getvalue(), err.getvalue()


def test_text_shows_the_arithmetic() -> None:
    code, out, err = _run("--height-cm", "170", "--weight-kg", "70", "--cohort", "B")
    assert (code, err) == (0, "")
    assert "BSA (Mosteller) = sqrt(170 × 70 / 3600) = 1.8181186857 m²" in out  # bc: 1.81811868577... shown truncated
    assert "1.82 m² × 80 mg/m² = 145.6 mg -> 146 mg" in out
    assert "146 mg / 6 mg/mL = 24.3 mL" in out
    assert "final concentration = 146 mg / (250 mL + 24.3 mL) = 0.53 mg/mL" in out
    assert "IMP321 cohort B: 1.25 mg subcutaneously (flat dose, not BSA-based)" in out
    assert "PACLitaxel" in out and "µg" not in out and " SC" not in out
    assert "not to be confused with nab-paclitaxel" in out


def test_json_document() -> None:
    code, out, _ = _run("--height-cm", "175", "--weight-kg", "63", "--level", "-1", "--cohort", "A", "--json")
    assert code == 0
    doc = json.loads(out)
    # 175 x 63 / 3600 = 3.0625 -> 1.75 m²; x 70 = 122.5 -> 123 mg; 123 / 6 = 20.5 mL;
    # 123 / 270.5 = 0.4547 -> 0.45 mg/mL; vials 100 + 30 mg.
    assert doc["bsa"] == {"formula": "mosteller", "exact_m2": "1.75", "rounded_m2": "1.75", "m2": "1.75",
                          "capped": False, "cap_m2": None}
    pac = doc["paclitaxel"]
    assert (pac["level"], pac["dose_per_m2_mg"], pac["exact_mg"], pac["dose_mg"]) == (-1, "70", "122.50", "123")
    assert (pac["volume_ml"], pac["bag_ml"], pac["final_concentration_mg_per_ml"]) == ("20.5", 250, "0.45")
    assert [(v["strength_mg"], v["count"]) for v in pac["vials"]] == [("100", 1), ("30", 1)]
    assert doc["imp321"]["cohort"] == "A" and doc["imp321"]["dose_mg"] == "0.25" and doc["imp321"]["dose_mcg"] == 250
    assert doc["warnings"] == []
    assert [s["code"] for s in doc["calculation"]] == [
        "bsa_exact", "bsa_rounded", "dose_exact", "dose_rounded", "volume", "final_concentration"]


def test_text_explains_why_the_preferred_bag_was_not_used() -> None:
    # 150 cm/40 kg: 1.29 m² x 60 = 77.4 -> 77 mg; 12.8 mL; 77 / 262.8 = 0.29299 (below 0.3) -> 100 mL.
    code, out, _ = _run("--height-cm", "150", "--weight-kg", "40", "--level", "-2")
    assert code == 0
    assert "250 mL bag: 77 mg / (250 mL + 12.8 mL) = 0.292 mg/mL, outside 0.3-1.2 mg/mL" in out
    assert "bag: 100 mL" in out


def test_json_without_cohort_has_no_flat_dose_and_shows_warnings() -> None:
    code, out, _ = _run("--height-cm", "100", "--weight-kg", "25", "--formula", "boyd", "--json")
    doc = json.loads(out)
    assert code == 0 and "imp321" not in doc
    assert doc["bsa"]["formula"] == "boyd"
    assert "bsa_out_of_range" in [w["code"] for w in doc["warnings"]]


@pytest.mark.parametrize(("argv", "field", "needles"), [
    (["--height-cm", "70,5", "--weight-kg", "70"], "height", ["cm", "100", "230", 'use "." as decimal separator']),
    (["--height-cm", "67", "--weight-kg", "70"], "height", ["cm", "100", "230", "inches"]),
    (["--height-cm", "170", "--weight-kg", "nan"], "weight", ["kg", "25", "300"]),
    (["--height-cm", "170", "--weight-kg", "1e2"], "weight", ["kg", "25", "300"]),
    (["--height-cm", "170", "--weight-kg", "70", "--level", "1"], "level", ["-2", "0"]),
    (["--height-cm", "170", "--weight-kg", "70", "--cohort", "D"], "cohort", ["A, B, C"]),
    (["--height-cm", "170", "--weight-kg", "70", "--formula", "bmi"], "formula", ["mosteller, dubois"]),
])
def test_invalid_input_exits_2_with_one_line(argv: list[str], field: str, needles: list[str]) -> None:
    code, out, err = _run(*argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.lower().startswith(f"error: {field}")
    for needle in needles:
        assert needle in err
    code, out, err = _run(*argv, "--json")
    assert code == 2 and err.count("\n") == 1
    assert json.loads(out)["error"]["field"] == field


@settings(max_examples=count(full=300, default=100))
@given(text=st.one_of(st.text(max_size=10), st.text(alphabet="0123456789.,e-+ ", max_size=8)),
       which=st.sampled_from(["height", "weight"]))
def test_generated_input_never_crashes_the_command(text: str, which: str) -> None:
    height, weight = ("=" + text, "=70") if which == "height" else ("=170", "=" + text)
    code, out, err = _run(f"--height-cm{height}", f"--weight-kg{weight}", "--json")
    if code == 0:
        assert json.loads(out)["paclitaxel"]["dose_mg"]
        return
    assert code == 2
    assert err.count("\n") == 1 and "Traceback" not in err
    unit, low, high = ("cm", "100", "230") if which == "height" else ("kg", "25", "300")
    assert err.lower().startswith(f"error: {which}") and unit in err and low in err and high in err
    assert json.loads(out)["error"]["field"] == which


def test_a_double_dash_value_is_refused_like_any_other_text() -> None:
    # CPython 3.12.1 and 3.11 hand `--height-cm=--` over as [] (gh-109475): it used to end in a traceback.
    code, out, err = _run("--height-cm=--", "--weight-kg=70", "--json")
    assert code == 2 and "Traceback" not in err
    assert err.lower().startswith("error: height") and "cm" in err and "100" in err and "230" in err
    assert json.loads(out)["error"]["field"] == "height"


def test_real_process_valid_and_invalid() -> None:
    ok = subprocess.run([sys.executable, "-m", "clinic_app", "dose", "--height-cm", "180", "--weight-kg", "80",
                         "--formula", "dubois", "--json"], capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["bsa"]["m2"] == "2.00"  # the published DuBois check (DOSE-1)
    bad = subprocess.run([sys.executable, "-m", "clinic_app", "dose", "--height-cm", "１７０", "--weight-kg", "70"],
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    assert "height" in bad.stderr.lower() and "cm" in bad.stderr and "100 to 230" in bad.stderr
