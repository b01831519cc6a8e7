"""`--json` output: indented for a person at a terminal, one line for a program reading a pipe or a
file; the same document either way. And what a command does not use is not loaded for it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

import clinic_app
from clinic_app.cli import build_parser
from clinic_app.cli.common import dump_json, json_text

DOCUMENT = {"date": date(2026, 1, 8), "items": [{"dose": Decimal("138.0"), "name": "Pâte « x »", "ok": None}]}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_pipe_gets_one_line_and_a_terminal_the_indented_document(monkeypatch: pytest.MonkeyPatch) -> None:
    piped, terminal = io.StringIO(), _Terminal()
    monkeypatch.setattr(sys, "stdout", piped)
    dump_json(DOCUMENT)
    monkeypatch.setattr(sys, "stdout", terminal)
    dump_json(DOCUMENT)
    one_line, indented = piped.getvalue(), terminal.getvalue()
    assert one_line.count("\n") == 1 and one_line.endswith("\n")
    assert indented == json_text(DOCUMENT, readable=True) + "\n"
    assert indented.startswith('{\n  "date": "2026-01-08",\n  "items": [\n    {\n      "dose": "138.0",')
    assert json.loads(one_line) == json.loads(indented) == {
        "date": "2026-01-08", "items": [{"dose": "138.0", "name": "Pâte « x »", "ok": None}]}
    assert "Pâte « x »" in one_line  # not escaped to \\u in either layout


def test_readable_is_the_compact_text_indented() -> None:
    assert json.dumps(json.loads(json_text(DOCUMENT, readable=False)), indent=2, ensure_ascii=False) \
        == json_text(DOCUMENT, readable=True)


def test_version_is_read_when_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("clinic-dosing-assistant")
    except PackageNotFoundError:
        installed = "0.0.0+source"
    assert clinic_app.__version__ == installed
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.split()[-1] == installed
    with pytest.raises(AttributeError):
        _ = clinic_app.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_the_command_line_does_not_build_the_models_it_does_not_use() -> None:
    """Pydantic models are built when first used (defer_build), not when their module is imported:
    the protocol's and the exchange format's models cost every start otherwise."""
    probe = ("import clinic_app.cli, clinic_app.cli.data_commands\n"
             "from clinic_app.domain.exchange import ExportDocument\n"
             "from clinic_app.domain.protocol import Protocol\n"
             "print(ExportDocument.__pydantic_complete__, Protocol.__pydantic_complete__)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_every_model_of_the_program_defers_its_build() -> None:
    """A new model without defer_build would be built at every start again (tens of ms for some)."""
    import importlib
    import pkgutil

    from pydantic import BaseModel

    import clinic_app.domain
    import clinic_app.facade
    import clinic_app.printing

    eager = []
    for package in (clinic_app.domain, clinic_app.facade, clinic_app.printing):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            module = importlib.import_module(info.name)
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == module.__name__ \
                        and not value.model_config.get("defer_build"):
                    eager.append(f"{module.__name__}.{value.__name__}")
    assert eager == []
