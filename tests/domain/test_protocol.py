"""The protocol file: the shipped one loads with its true SHA-256; broken ones are refused naming the key."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from clinic_app.domain.errors import ProtocolError
from clinic_app.domain.protocol import Protocol, load_protocol
from clinic_app.paths import default_protocol_path

BROKEN = Path(__file__).resolve().parent.parent / "data" / "protocols_broken"

# file -> the key (or location) the error must name. Each file is the shipped protocol with one
# line changed (marked "BROKEN" in the file).
EXPECTED_KEYS = {
    "float_dose.toml": "drugs[paclitaxel].dose_per_m2_mg",
    "level_above_zero.toml": "drugs[paclitaxel].levels[1].level",
    "missing_formula.toml": "bsa.formula",
    "nan_concentrate.toml": "preparation.concentrate_mg_per_ml",
    "negative_vial.toml": "preparation.vials[0].strength_mg",
    "preferred_bag_not_listed.toml": "preparation.preferred_bag_ml",
    "reversed_range.toml": "preparation.final_concentration_mg_per_ml",
    "syntax_error.toml": "line 20",
    "unknown_formula.toml": "bsa.formula",
    "unknown_key.toml": "preparation.colour",
    "zero_dose_step.toml": "rounding.dose_mg_step",
}


def test_every_broken_file_is_listed() -> None:
    assert sorted(p.name for p in BROKEN.glob("*.toml")) == sorted(EXPECTED_KEYS)


@pytest.mark.parametrize(("name", "key"), sorted(EXPECTED_KEYS.items()))
def test_broken_protocol_is_refused_naming_the_key(name: str, key: str) -> None:
    path = BROKEN / name
    with pytest.raises(ProtocolError) as caught:
        load_protocol(path)
    message = str(caught.value)
    assert key in message
    assert str(path) in message


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
