"""The protocol file is clinical data: the shipped one loads with its true SHA-256; a broken or
dangerous one is refused naming the key (rule PROT-1), and every key it holds is read by some code
(rule PROT-2)."""

from __future__ import annotations

import ast
import hashlib
import re
import tomllib
from pathlib import Path

import pytest

from clinic_app.domain.errors import ProtocolError
from clinic_app.domain.protocol import Protocol, load_protocol, parse_protocol
from clinic_app.paths import default_protocol_path

REPO = Path(__file__).resolve().parents[2]
SHIPPED = default_protocol_path().read_text(encoding="utf-8")

# (case, a line of the shipped file (regex), what replaces it, the key the refusal must name).
# Each case is the shipped protocol with that one line changed.
BROKEN = [
    ("float dose", r'dose_per_m2_mg = "80"( +# seed)', r"dose_per_m2_mg = 80.5\1", "drugs[paclitaxel].dose_per_m2_mg"),
    ("level above zero", r"level = -1", "level = 1", "drugs[paclitaxel].levels[1].level"),
    ("missing formula", r'formula = "mosteller".*', "", "bsa.formula"),
    ("NaN concentrate", r'concentrate_mg_per_ml = "6"', 'concentrate_mg_per_ml = "nan"',
     "preparation.concentrate_mg_per_ml"),
    ("negative vial", r'strength_mg = "30"', 'strength_mg = "-30"', "preparation.vials[0].strength_mg"),
    ("preferred bag not listed", r"preferred_bag_ml = 250", "preferred_bag_ml = 200", "preparation.preferred_bag_ml"),
    ("reversed range", r'final_concentration_mg_per_ml = \["0.3", "1.2"\]',
     'final_concentration_mg_per_ml = ["1.2", "0.3"]', "preparation.final_concentration_mg_per_ml"),
    ("syntax error", r"^\[bsa\]", "[bsa", "line"),
    ("unknown formula", r'formula = "mosteller"', 'formula = "bmi"', "bsa.formula"),
    ("unknown key", r"^\[preparation\]", '[preparation]\ncolour = "red"', "preparation.colour"),
    ("zero dose step", r'dose_mg_step = "1"', 'dose_mg_step = "0"', "rounding.dose_mg_step"),
    # What a careless or hostile edit does (the clinical-rules review, observation 8):
    ("negative ANC threshold", r'anc_min_10e9_per_l = "1.5"', 'anc_min_10e9_per_l = "-1.5"',
     "hold_rules.anc_min_10e9_per_l"),
    ("800 mg/m²", r'dose_per_m2_mg = "80"( +# seed)', r'dose_per_m2_mg = "800"\1', "drugs[paclitaxel].dose_per_m2_mg"),
    ("negative premedication", r'dose_mg = "20"', 'dose_mg = "-20"', "premedication.dose_mg"),
    ("labs ten years old", r"labs_max_age_days = 3", "labs_max_age_days = 3650", "hold_rules.labs_max_age_days"),
    ("full-width digits", r'dose_per_m2_mg = "80"( +# seed)', 'dose_per_m2_mg = "８０"',
     "drugs[paclitaxel].dose_per_m2_mg"),
    ("underscore digits", r'dose_per_m2_mg = "80"( +# seed)', 'dose_per_m2_mg = "8_0"',
     "drugs[paclitaxel].dose_per_m2_mg"),
    ("exponent", r'dose_per_m2_mg = "80"( +# seed)', 'dose_per_m2_mg = "8e1"', "drugs[paclitaxel].dose_per_m2_mg"),
    ("overflowing exponent", r'anc_min_10e9_per_l = "1.5"', 'anc_min_10e9_per_l = "1e309"',
     "hold_rules.anc_min_10e9_per_l"),
    ("huge window", r"window_days = 3 ", "window_days = 10000000000 ", "visits[week13_assessment].window_days"),
    ("boolean window", r"dose_window_days = 1 ", "dose_window_days = true ", "calendar.dose_window_days"),
    ("float count", r"cycle_count = 6 ", "cycle_count = 6.0 ", "calendar.cycle_count"),
    ("interval too long for the window", r"min_interval_days = 6 ", "min_interval_days = 7 ", "(top level)"),
    ("unknown toxicity term", r'neuropathy_terms = \["peripheral_sensory_neuropathy"',
     'neuropathy_terms = ["neuropathy"', "toxicities"),
]


def _broken(pattern: str, replacement: str) -> bytes:
    text, n = re.subn(pattern, replacement, SHIPPED, count=1, flags=re.MULTILINE)
    assert n == 1, f"the shipped protocol no longer has a line matching {pattern!r}"
    return text.encode("utf-8")


@pytest.mark.parametrize(("case", "pattern", "replacement", "key"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_protocol_is_refused_naming_the_key(case: str, pattern: str, replacement: str, key: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(_broken(pattern, replacement), "site.toml")
    message = str(caught.value)
    assert key in message, message
    assert "site.toml" in message


def test_deep_nesting_and_huge_files_are_refused_not_crashed() -> None:
    deep = SHIPPED + "\nextra = " + "[" * 100_000 + "]" * 100_000 + "\n"
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(deep.encode(), "deep.toml")
    assert caught.value.code in ("toml_too_deep", "protocol_too_large")
    nested = SHIPPED + "\nextra = " + "[" * 2_000 + "]" * 2_000 + "\n"
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(nested.encode(), "nested.toml")
    assert caught.value.code in ("toml_too_deep", "invalid_protocol")


def test_shipped_protocol_loads_with_its_file_hash(protocol: Protocol) -> None:
    path = default_protocol_path()
    assert protocol.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert protocol.short_sha == protocol.sha256[:12]
    assert protocol.source == str(path)
    assert protocol.bsa_drug.display_name == "PACLitaxel"
    assert [(lv.level, str(lv.dose_per_m2_mg)) for lv in protocol.bsa_drug.levels] == [
        (0, "80"), (-1, "70"), (-2, "60")]


def test_missing_file_is_a_protocol_error(tmp_path: Path) -> None:
    with pytest.raises(ProtocolError) as caught:
        load_protocol(tmp_path / "absent.toml")
    assert caught.value.code == "unreadable"


def _keys(node: object) -> set[str]:
    """Every key of every table, nested tables and arrays of tables included."""
    if isinstance(node, dict):
        return set(node) | {k for value in node.values() for k in _keys(value)}
    if isinstance(node, list):
        return {k for item in node for k in _keys(item)}
    return set()


def _attributes_read_in(package: Path, skip: Path) -> set[str]:
    read: set[str] = set()
    for path in package.rglob("*.py"):
        if path == skip:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                read.add(node.attr)
    return read


def test_every_key_of_the_protocol_file_is_read_by_some_code() -> None:
    """A key that no code reads is a rule written down and applied nowhere (PROT-2)."""
    keys = _keys(tomllib.loads(SHIPPED))
    # Keys that name an entry of a list or table (the loader looks entries up by them) and the
    # drug keys inside flat_doses_mcg (looked up by the drug's key, not as an attribute).
    by_lookup = {"imp321"}
    read = _attributes_read_in(REPO / "clinic_app", skip=REPO / "clinic_app" / "domain" / "protocol.py")
    unread = sorted(k for k in keys - by_lookup if k not in read)
    assert unread == []
