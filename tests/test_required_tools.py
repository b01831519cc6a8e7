"""A test needing an external program skips without it, except under CI, where it fails."""

from __future__ import annotations

import shutil

import pytest
from required_tools import require_tool


def test_a_present_program_is_returned() -> None:
    assert require_tool("sh", "dash") == shutil.which("sh")


def test_a_missing_program_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(shutil, "which", lambda program: None)
    with pytest.raises(pytest.skip.Exception, match=r"pdftotext \(poppler-utils\) is not installed"):
        require_tool("pdftotext", "poppler-utils")


def test_a_missing_program_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "1")
    monkeypatch.setattr(shutil, "which", lambda program: None)
    with pytest.raises(pytest.fail.Exception, match="apt-get install zbar-tools"):
        require_tool("zbarimg", "zbar-tools")
