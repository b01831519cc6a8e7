"""Deterministic output: each document is byte-identical to its golden file.

A difference means the layout, the wording or a number changed. If the change is intended,
regenerate with `.venv/bin/python -m tests.printing.golden`, look at the PNGs, and commit both.
"""

from __future__ import annotations

import pytest

from clinic_app.domain.protocol import Protocol

from .golden import GOLDEN, GOLDEN_DIR


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_byte_identical_to_golden(protocol: Protocol, name: str) -> None:
    expected = (GOLDEN_DIR / f"{name}.pdf").read_bytes()
    assert GOLDEN[name](protocol) == expected, (
        f"{name} differs from tests/data/golden/{name}.pdf; if intended run `python -m tests.printing.golden`")


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_reference_picture_is_kept(name: str) -> None:
    assert (GOLDEN_DIR / f"{name}.png").stat().st_size > 10_000


def test_deterministic_mode_is_what_makes_it_repeatable(protocol: Protocol) -> None:
    from clinic_app.printing.dosing_sheet import render_dosing_sheet

    from .samples import dosing_input

    fixed = dosing_input(protocol)
    assert render_dosing_sheet(fixed) == render_dosing_sheet(fixed)
    live = fixed.model_copy(update={"ctx": fixed.ctx.model_copy(update={"deterministic": False})})
    assert b"D:20000101000000" in render_dosing_sheet(fixed)
    assert b"D:20000101000000" not in render_dosing_sheet(live)
