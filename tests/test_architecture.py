"""Layer rules (README, "Development": domain/ is pure, no Qt below the faces), checked in a fresh
interpreter so nothing imported by another test can hide a violation."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "clinic_app"
CORE_LAYERS = ["clinic_app.domain", "clinic_app.store", "clinic_app.printing", "clinic_app.facade",
               "clinic_app.files", "clinic_app.wording"]


def _modules_of(layer: str) -> list[str]:
    folder = PACKAGE.parent.joinpath(*layer.split("."))
    if folder.is_file() or folder.with_suffix(".py").is_file():
        return [layer]
    return sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in folder.rglob("*.py")
    )


@pytest.mark.parametrize("layer", CORE_LAYERS)
def test_core_layers_do_not_import_qt(layer: str) -> None:
    modules = _modules_of(layer)
    assert modules, f"{layer} has no modules"
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(k for k in sys.modules if k.startswith('PySide6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [], f"{layer} pulled in Qt"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                names.add(node.module)
    return names


# What each layer may import from inside clinic_app (imports point down only). The faces (window,
# command line) reach the store and the printing layer only through the facade, so that a rule
# or a write the facade applies cannot be bypassed by a face.
_SHARED = {"clinic_app", "clinic_app.paths", "clinic_app.files"}  # version, where files live, safe writes
ALLOWED = {
    "domain": {"clinic_app.domain"},
    "store": {"clinic_app.domain", "clinic_app.store", "clinic_app.paths", "clinic_app.files"},
    "printing": {"clinic_app.domain", "clinic_app.printing", "clinic_app.paths", "clinic_app", "clinic_app.wording"},
    # the shared words (messages, warnings, reasons): above the domain, below every face; the
    # translations are a bundled resource (resources/translations), found as every resource is
    "wording": {"clinic_app.domain", "clinic_app.wording", "clinic_app.paths"},
    "facade": {"clinic_app.domain", "clinic_app.store", "clinic_app.printing", "clinic_app.wording",
               "clinic_app.facade", *_SHARED},
    "gui": {"clinic_app.domain", "clinic_app.wording", "clinic_app.facade", "clinic_app.gui", "clinic_app.app_log",
            "clinic_app.window_options", "clinic_app.window_presence", *_SHARED},
    "cli": {"clinic_app.domain", "clinic_app.wording", "clinic_app.facade", "clinic_app.cli", "clinic_app.app_log",
            "clinic_app.window_options", *_SHARED},
}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_imports_point_down(layer: str) -> None:
    bad: list[str] = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            if name == "clinic_app" and "clinic_app" in ALLOWED[layer]:
                continue
            if name.startswith("clinic_app") and not any(
                name == ok or name.startswith(ok + ".") for ok in ALLOWED[layer] if ok != "clinic_app"
            ):
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
            if name.startswith("PySide6") and layer != "gui":
                bad.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not bad, "\n".join(bad)


def test_no_float_parsing_or_builtin_round_in_domain() -> None:
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in {"float", "round"}:
                offenders.append(f"{path.name}:{node.lineno} {node.func.id}()")
    assert not offenders, offenders
