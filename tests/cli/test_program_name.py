"""Usage and --version lines name the program as the user started it: the frozen executable by its
own name, never `python -m clinic_app` (which does not exist on a clinic workstation)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clinic_app.cli import build_parser


def test_from_source_it_is_python_m_clinic_app() -> None:
    assert build_parser().prog == "python -m clinic_app"


@pytest.mark.parametrize("executable", ["clinic-dosing-assistant", "clinic-dosing-assistant-cli.exe"])
def test_frozen_it_is_the_executables_own_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str], executable: str) -> None:
    from clinic_app.gui.launch import build_window_parser

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "dist" / executable))
    parser = build_parser()
    assert parser.format_usage().startswith(f"usage: {executable} ")
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.split()[0] == executable
    assert build_window_parser().format_usage().startswith(f"usage: {executable} ")
