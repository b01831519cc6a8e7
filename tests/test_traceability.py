"""Every clinical rule is traced (docs/clinical-rules.md): each rule ID has code that cites it and
tests that cite it, the table names files that exist, and nothing cites an ID the page lacks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RULES = REPO / "docs" / "clinical-rules.md"
PREFIXES = ("REG", "CAL", "PLAN", "MISS", "INT", "DOSE", "PREP", "LAB", "TOX", "PREMED", "REC", "HOLD", "ROLE",
            "COH", "WRITE", "INPUT", "PROT", "LANG")
CITED = re.compile(r"\b(" + "|".join(PREFIXES) + r")-([0-9]+)\b")
DEFINED = re.compile(r"^- \*\*([A-Z]+-[0-9]+)\*\*", re.MULTILINE)
ROW = re.compile(r"^\| ([A-Z]+-[0-9]+) \| (.+?) \| (.+?) \|$", re.MULTILINE)


def _files(cell: str) -> list[Path]:
    return [REPO / name for name in re.findall(r"`([^`]+)`", cell)]


def _rows() -> dict[str, tuple[list[Path], list[Path]]]:
    text = RULES.read_text(encoding="utf-8")
    return {m.group(1): (_files(m.group(2)), _files(m.group(3))) for m in ROW.finditer(text)}


def _defined() -> list[str]:
    return DEFINED.findall(RULES.read_text(encoding="utf-8"))


def test_every_rule_has_exactly_one_row_and_every_row_a_rule() -> None:
    defined = _defined()
    assert len(defined) == len(set(defined)), "a rule ID is defined twice"
    assert sorted(_rows()) == sorted(defined)


@pytest.mark.parametrize("rule", _defined())
def test_rule_is_applied_by_code_and_proved_by_tests_that_cite_it(rule: str) -> None:
    code, tests = _rows()[rule]
    assert code and tests, f"{rule}: the table names no code or no test"
    for path in [*code, *tests]:
        assert path.is_file(), f"{rule}: {path.relative_to(REPO)} does not exist"
    pattern = re.compile(rf"\b{re.escape(rule)}\b")
    assert any(pattern.search(p.read_text(encoding="utf-8")) for p in code), \
        f"{rule}: none of its code files cites it"
    for path in tests:
        assert pattern.search(path.read_text(encoding="utf-8")), f"{rule}: {path.relative_to(REPO)} does not cite it"


def test_nothing_cites_a_rule_the_page_does_not_define() -> None:
    defined = set(_defined())
    unknown: set[str] = set()
    for folder, suffixes in ((REPO / "clinic_app", (".py",)), (REPO / "tests", (".py", ".toml"))):
        for path in folder.rglob("*"):
            if path.suffix in suffixes and path.is_file():
                found = {f"{a}-{b}" for a, b in CITED.findall(path.read_text(encoding="utf-8"))}
                unknown |= {f"{rule} in {path.relative_to(REPO)}" for rule in found - defined}
    assert not unknown
