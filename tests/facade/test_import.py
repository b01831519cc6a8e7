"""Import attacks: every refused document leaves nothing behind, every record meets the facade's
own rules, and imported rows are credited to the person importing (the source's actors as data)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from clinic_app.domain.errors import DomainError
from clinic_app.facade import Clinic, Session
from clinic_app.facade.demo import DEMO_PASSWORD
from clinic_app.facade.maintenance import parse_export

from .conftest import FAST_HASHER

LATER = datetime(2026, 11, 24, 9, tzinfo=timezone(timedelta(hours=1)))  # the day after the demo's today


@pytest.fixture(scope="module")
def exported(demo_template: Path) -> dict[str, Any]:
    with Clinic.open(demo_template, read_only=True) as demo:
        doc = demo.export_document(demo.login("dr.martin", DEMO_PASSWORD), include_identities=True)
    return json.loads(doc.model_dump_json())


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Clinic, Session]]:
    with Clinic.open(tmp_path / "fresh.sqlite3", clock=lambda: LATER, hasher=FAST_HASHER) as clinic:
        admin = clinic.first_run(site_name="New Unit", username="ivan.it", full_name="Ivan Itsupport",
                                 password=DEMO_PASSWORD)
        yield clinic, admin


def _first(doc: dict[str, Any], kind: str, where: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    return next(r for p in doc["patients"] for r in p[kind] if where(r))


def _given(drug: str) -> Callable[[dict[str, Any]], bool]:
    return lambda a: a["record"]["drug"] == drug and a["record"]["status"] == "given"


ATTACKS: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("cohort Z", lambda d: d["patients"][-1]["patient"].update(cohort="Z")),
    ("unknown drug", lambda d: _first(d, "administrations", _given("imp321"))["record"].update(drug="aspirin")),
    ("1e6 mg", lambda d: _first(d, "administrations", _given("paclitaxel"))["record"].update(dose_mg="1E+6")),
    ("future date", lambda d: d["patients"][0]["measurements"][0].update(measured_on="2027-01-01")),
    ("cycle 7", lambda d: _first(d, "administrations", _given("imp321"))["record"].update(cycle=7)),
    ("cycle 10**30", lambda d: _first(d, "administrations", _given("imp321"))["record"].update(cycle=10**30)),
    ("weight in pounds", lambda d: d["patients"][0]["measurements"][0].update(weight_kg="650")),
    ("ANC typo", lambda d: d["patients"][0]["labs"][0].update(anc_10e9_per_l="15000")),
    ("flat dose x5", lambda d: _first(d, "administrations", _given("imp321"))["record"].update(dose_mcg=1250)),
    ("nurse signs Approved", lambda d: _first(d, "decisions", lambda x: bool(x["signatures"]))["signatures"][0]
     .update(role="nurse")),
    ("snapshot altered", lambda d: d["patients"][0]["dose_records"][0].update(
        snapshot_json=d["patients"][0]["dose_records"][0]["snapshot_json"].replace('"dose_mg":"', '"dose_mg":"1'))),
]


@pytest.mark.parametrize(("name", "attack"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_a_refused_import_leaves_nothing_and_the_corrected_one_loads(fresh: tuple[Clinic, Session],
                                                                   exported: dict[str, Any], name: str,
                                                                   attack: Callable[[dict[str, Any]], None]) -> None:
    clinic, admin = fresh
    bad = copy.deepcopy(exported)
    attack(bad)
    before = len(clinic.store.audit_entries())
    with pytest.raises(DomainError) as refused:
        clinic.import_document(admin, parse_export(json.dumps(bad)))
    assert refused.value.values.get("field"), name  # names where in the document
    assert len(clinic.store.audit_entries()) == before and not clinic.store.patients.all()
    assert clinic.import_document(admin, parse_export(json.dumps(exported))) == 13
    assert clinic.verify_database().ok


def test_imported_rows_are_credited_to_the_importer_and_no_account_is_made(fresh: tuple[Clinic, Session],
                                                                          exported: dict[str, Any]) -> None:
    clinic, admin = fresh
    planted = copy.deepcopy(exported)
    planted["users"].append({"username": "eve.admin", "full_name": "Eve Planted", "role": "administrator"})
    clinic.import_document(admin, parse_export(json.dumps(planted)))
    assert [u.username for u in clinic.users(admin)] == ["ivan.it"]
    imported = [e for e in clinic.store.audit_entries() if e.action.startswith("import_")]
    assert imported and {e.actor for e in imported} == {"ivan.it"}
    measured = clinic.store.exchange.rows("measurements")
    assert {r["recorded_by"] for r in measured} == {"ivan.it"}
    assert {clinic.store.exchange.actor("measurements", r) for r in measured} == {"nurse.okafor"}  # the source's
