"""The verifying pharmacist's independent double check in the dose dialog (ISMP).

165 cm, 65 kg -> Mosteller sqrt(165 × 65 / 3600) = 1.7260... -> 1.73 m²; 1.73 × 80 = 138.4 -> 138 mg.
Until petra has typed her own BSA and dose and compared them, the dialog shows what the dose is
calculated from but not phil's BSA, dose, arithmetic or preparation; then it shows them, and she can
sign only when her numbers match.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from clinic_app.gui.dialogs.dose import DoseDialog

from .conftest import USERS, World, enrol


def _prepared_by_phil(world: World) -> int:
    enrol(world, "IMP-A-001", "Ann Smith")
    nina, phil = world.login("nina"), world.login("phil")
    today = world.clock.today()
    world.clinic.record_measurement(nina, "IMP-A-001", height_cm="165", weight_kg="65", measured_on=today)
    world.clinic.record_labs(nina, "IMP-A-001", anc="2.1", platelets="210", drawn_on=today)
    record = world.clinic.calculate_dose(phil, "IMP-A-001", cycle=1, day=1)
    world.clinic.prepare(phil, record.id, password=USERS["phil"][2])
    return int(record.id)


def _shown_text(dialog: DoseDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog))


def test_the_record_is_hidden_until_the_verifier_s_numbers_are_compared(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    _prepared_by_phil(world)
    petra = DoseDialog(world.clinic, world.login("petra"), "IMP-A-001", 1, 1)
    qtbot.addWidget(petra)
    petra.show()
    assert petra.blinded
    shown = _shown_text(petra)
    assert "Height 165 cm, weight 65 kg" in shown and "80 mg/m²" in shown and "Mosteller" in shown
    assert "138" not in shown and "1.73" not in shown
    assert not petra.calc_box.isVisibleTo(petra) and not petra.prep_box.isVisibleTo(petra)
    assert not petra.verify_button.isEnabled() and not petra.compare_button.isEnabled()

    qtbot.keyClicks(petra.own_bsa.edit, "1.73")
    qtbot.keyClicks(petra.own_dose.edit, "138.4")  # unrounded: the comparison rounds half-up to 1 mg
    assert petra.compare_button.isEnabled()
    petra.compare_button.click()
    assert not petra.blinded and petra.check is not None and petra.check.matches
    assert "Same as the record: your BSA 1.73 m² (record 1.73 m²), your dose 138 mg (record 138 mg)" in \
        petra.comparison.text()
    assert "PACLitaxel 138 mg (80 mg/m² × 1.73 m²)" in petra.headline.text()
    assert petra.calc_box.isVisibleTo(petra) and petra.own_bsa.edit.isReadOnly()
    assert petra.verify_button.isEnabled()


def test_a_different_dose_cannot_be_verified(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    record_id = _prepared_by_phil(world)
    petra = DoseDialog(world.clinic, world.login("petra"), "IMP-A-001", 1, 1)
    qtbot.addWidget(petra)
    petra.show()
    qtbot.keyClicks(petra.own_bsa.edit, "1.73")
    qtbot.keyClicks(petra.own_dose.edit, "139")
    petra.compare_button.click()
    assert "NOT the same as the record" in petra.comparison.text() and "your dose 139 mg (record 138 mg)" in \
        petra.comparison.text()
    assert not petra.verify_button.isEnabled() and not petra.compare_button.isEnabled()
    assert world.clinic.dose_record(world.login("petra"), record_id).status == "prepared"


def test_the_preparer_is_not_blinded_and_other_roles_see_the_record(qtbot, world: World) -> None:  # type: ignore[no-untyped-def]
    _prepared_by_phil(world)
    for user in ("phil", "nina"):
        dialog = DoseDialog(world.clinic, world.login(user), "IMP-A-001", 1, 1)
        qtbot.addWidget(dialog)
        assert not dialog.blinded and not dialog.blind_box.isVisibleTo(dialog)
        assert "138 mg" in dialog.headline.text()
