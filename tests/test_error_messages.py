"""Every error code the program raises has a plain message in the one catalogue (clinic_app.wording.errors).

The codes are read from the source (AST): the first argument of every call to a DomainError
subclass, the code handed to numbers._reject, the code of every audit/backup Fault (which the
store raises as a DatabaseFault) and of every dose-gate Reason (the gate raises its first blocking
reason as a RuleError with the action and every reason's code added). A new raise without a
message, or a template naming a value its raise sites do not carry, fails here.
"""

from __future__ import annotations

import ast
import string
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from clinic_app.domain.errors import DomainError, InputError, ProtocolError
from clinic_app.wording.errors import PROTOCOL_CODES, TEMPLATES, describe_code, describe_error

PACKAGE = Path(__file__).resolve().parent.parent / "clinic_app"
# Calls that forward a code computed elsewhere (each forwards codes collected below).
FORWARDERS = {("store/backups.py", "fault.code"), ("store/audit.py", "head.code"), ("store/store.py", "fault.code"),
              ("facade/due_reader.py", "exc.code"), ("store/store.py", "found.code"),
              ("domain/numbers.py", "code"), ("domain/gate_model.py", "first.code"), ("store/backups.py", "refusal")}
# Codes named elsewhere than at their raise: what store/backups.py's _refusal returns.
INDIRECT_CODES = {"backup_trail_empty", "backup_schema_differs", "backup_of_another_site"}
# Gate reasons whose code comes from another vocabulary (each has its own words: wording.warnings for
# plausibility warnings and lab problems, wording.rules for the planner's reasons, the level events
# a decision is asked for).
FORWARDED_REASONS = {"event.code", "p.code", "change[0].code", "item.rule.code", "own.rule.code"}
_GATE_KEYS = frozenset({"action", "reasons"})  # what gate_model adds to the first reason's values
_REJECT_KEYS = frozenset({"field", "unit", "minimum", "maximum", "text", "hint"})
_FAULT_KEYS = frozenset({"check", "row_id", "reason"})


@dataclass(frozen=True)
class RaiseSite:
    where: str
    cls: str
    code: str
    keys: frozenset[str] | None  # None: values not a plain dict literal (not checked key by key)


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    classes = {"DomainError"}
    grew = True
    while grew:
        grew = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in classes and any(
                        isinstance(b, ast.Name) and b.id in classes for b in node.bases):
                    classes.add(node.name)
                    grew = True
    return classes


def _keys(node: ast.AST | None) -> frozenset[str] | None:
    if not isinstance(node, ast.Dict) or any(k is None for k in node.keys):
        return None
    return frozenset(k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str))


def raise_sites() -> tuple[list[RaiseSite], list[str]]:
    """Every place a code is raised, and the calls whose code is not a literal (must be FORWARDERS)."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")}
    classes = _error_classes(trees)
    sites: list[RaiseSite] = []
    computed: list[str] = []
    for path, tree in trees.items():
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else None
            where = f"{rel}:{node.lineno}"
            if name in classes and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    sites.append(RaiseSite(where, str(name), first.value,
                                           _keys(node.args[1]) if len(node.args) > 1 else frozenset()))
                elif (rel, ast.unparse(first)) not in FORWARDERS:
                    computed.append(f"{where}: {ast.unparse(node)}")
            elif name == "_reject" and node.args and isinstance(node.args[0], ast.Constant):
                # _reject's own values, and any extra keyword it hands on (e.g. decimals=)
                extra = frozenset(k.arg for k in node.keywords if k.arg is not None) - {"allowed"}
                sites.append(RaiseSite(where, "InputError", node.args[0].value, _REJECT_KEYS | extra))
            elif name == "Fault" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                sites.append(RaiseSite(where, "DatabaseFault", node.args[1].value, _FAULT_KEYS))
            elif name == "Reason":
                sites += _reason_sites(node, where, tree, computed)
    return sites, computed


def _statements_before(tree: ast.Module, node: ast.AST) -> list[ast.stmt]:
    """The statements before `node`'s own statement in the innermost block that holds it."""
    for block in ast.walk(tree):
        for field in ("body", "orelse"):
            statements = getattr(block, field, None)
            if not isinstance(statements, list):
                continue
            for position, statement in enumerate(statements):
                if isinstance(statement, ast.stmt) and any(n is node for n in ast.walk(statement)) and not any(
                        isinstance(inner, list) and any(any(n is node for n in ast.walk(s)) for s in inner)
                        for inner in (getattr(statement, "body", None), getattr(statement, "orelse", None))):
                    return statements[:position]
    return []


def _reason_sites(node: ast.Call, where: str, tree: ast.Module, computed: list[str]) -> list[RaiseSite]:
    keywords = {k.arg: k.value for k in node.keywords}
    code, values = keywords.get("code"), keywords.get("values")
    keys = _keys(values)
    keys = None if keys is None else keys | _GATE_KEYS
    if isinstance(code, ast.Constant) and isinstance(code.value, str):
        return [RaiseSite(where, "RuleError", code.value, keys)]
    if isinstance(code, ast.IfExp):  # "a" if ... else "b"
        return [RaiseSite(where, "RuleError", c.value, keys) for c in (code.body, code.orelse)
                if isinstance(c, ast.Constant) and isinstance(c.value, str)]
    if isinstance(code, ast.Name):  # code = "a" if ... else "b", or {...}.get(action, "c") just before
        literals = {c.value for statement in _statements_before(tree, node) for a in ast.walk(statement)
                    if isinstance(a, ast.Assign) and any(isinstance(t, ast.Name) and t.id == code.id for t in a.targets)
                    for c in ast.walk(a.value) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
        return [RaiseSite(where, "RuleError", literal, keys) for literal in sorted(literals)]
    if code is None or ast.unparse(code) not in FORWARDED_REASONS:
        computed.append(f"{where}: Reason({ast.unparse(code) if code is not None else '?'})")
    return []


SITES, COMPUTED = raise_sites()
BY_CODE: dict[str, list[RaiseSite]] = defaultdict(list)
for _site in SITES:
    BY_CODE[_site.code].append(_site)
for _code in INDIRECT_CODES:
    assert f'"{_code}"' in (PACKAGE / "store" / "backups.py").read_text(encoding="utf-8"), _code
    BY_CODE[_code].append(RaiseSite("store/backups.py", "DatabaseFault", _code, frozenset({"check", "path", "row_id"})))


def test_the_walk_finds_the_program_s_codes() -> None:
    assert len(BY_CODE) > 100 and {"four_eyes", "out_of_range", "mac_mismatch", "row_version_conflict"} <= set(BY_CODE)
    assert COMPUTED == [], "a code computed at a new place: collect its codes in this test"


@pytest.mark.parametrize("code", sorted(BY_CODE))
def test_every_code_has_a_message(code: str) -> None:
    sites = BY_CODE[code]
    if all(s.cls == "ProtocolError" for s in sites):
        assert code in PROTOCOL_CODES, f"{code} ({sites[0].where}): add it to PROTOCOL_CODES"
        return
    assert code in TEMPLATES, f"no message for {code!r} raised at {sites[0].where}"


@pytest.mark.parametrize("code", sorted(c for c in BY_CODE if c in TEMPLATES))
def test_a_message_names_only_values_its_raise_sites_carry(code: str) -> None:
    needed = {name for _t, name, _s, _c in string.Formatter().parse(TEMPLATES[code]) if name}
    for site in BY_CODE[code]:
        if site.cls == "ProtocolError" or site.keys is None:
            continue
        missing = needed - site.keys
        assert not missing, f"{code} at {site.where} carries no {sorted(missing)}"
        text = describe_code(code, {key: "x" for key in site.keys})
        assert text and "{" not in text and text[0].isupper() or text.startswith("-"), text


def test_protocol_errors_name_file_setting_and_problem() -> None:
    exc = ProtocolError("toml_syntax", {"file": "trial.toml", "key": "bsa", "problem": "expected '='"})
    assert describe_error(exc) == "Protocol file trial.toml, setting \"bsa\": expected '='."


def test_values_are_written_for_people() -> None:
    # ISO dates and times inside sentences, internal codes and tables become words.
    assert describe_code("not_yet_due", {"drug": "paclitaxel", "cycle": 2, "day": 8, "planned_date": "2026-02-16",
                                         "window_start": "2026-02-15"}, drug_names={"paclitaxel": "PACLitaxel"}) \
        == "PACLitaxel C2D8 is planned for Mon 16-Feb-2026; it can be given from Sun 15-Feb-2026."
    assert describe_code("permission_denied", {"action": "open_cohort", "role": "nurse"}) == \
        "Not allowed: your role (nurse) may not open a cohort."
    assert describe_code("row_version_conflict", {"entity": "dose_records", "id": 3}) == \
        "Someone else changed this dose record meanwhile: look at it again, then retry."
    assert describe_error(InputError("out_of_range", {
        "field": "ANC", "unit": "× 10⁹/L", "minimum": "0", "maximum": "50", "text": "90"})) == \
        "ANC: 90 × 10⁹/L is outside the accepted range 0 to 50 × 10⁹/L."


def test_an_unknown_code_still_reads_as_words() -> None:
    assert describe_error(DomainError("brand_new_code", {})) == "Not done: brand new code."
