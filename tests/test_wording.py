"""The shared words: arithmetic in words, the planner's reasons with dates and drug names as printed."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from clinic_app.domain.protocol import Protocol
from clinic_app.domain.schedule_model import RULE_TEXT, Rule
from clinic_app.wording.arithmetic import step_expression
from clinic_app.wording.errors import placeholders
from clinic_app.wording.rules import RULES, rule_text


def test_rounding_is_written_in_words() -> None:
    assert step_expression("round_half_up(1.8256657841, 0.01)") == "1.8256657841 rounded half-up to 0.01"
    assert step_expression("round_half_up(145.60, 1)") == "145.6 rounded half-up to 1"
    assert step_expression("round_half_up(146 / (250 + 24.3), 0.01)") == "146 / (250 + 24.3) rounded half-up to 0.01"
    assert step_expression("min(2.47, 2.0)") == "2.47 capped at 2.0"
    assert step_expression("sqrt(170 × 70 / 3600)") == "sqrt(170 × 70 / 3600)"


def test_every_planner_reason_has_a_translatable_template_with_the_same_values() -> None:
    assert set(RULES) == set(RULE_TEXT)
    for code, template in RULE_TEXT.items():
        assert placeholders(template) == placeholders(RULES[code]), code


def test_reasons_show_dates_and_drugs_as_people_read_them(protocol: Protocol) -> None:
    rule = Rule(code="anchored", values={"basis": "actual", "anchor": "paclitaxel C2D1",
                                         "anchor_date": date(2026, 2, 9), "offset_days": 7})
    assert rule_text(rule, protocol) == "anchored on actual PACLitaxel C2D1 Mon 09-Feb-2026 + 7 days"


FIXED_CONTEXTS = {"command_line.py": "CommandLine", "protocol_text.py": "ProtocolText",
                  "worklist_words.py": "Worklist"}


def test_every_template_is_marked_for_the_translator_under_a_class_that_shows_it() -> None:
    """pyside6-lupdate reads QT_TRANSLATE_NOOP("Context", "text") with literal strings only, and the
    window asks for a translation under the class that shows the text: both must hold. Words read by
    an explicit context rather than a window class keep that one context: the command line's own
    lines (command_line.py, "CommandLine", which no window shows), the protocol file's sentences
    (protocol_text.py, "ProtocolText") and the worklist's (worklist_words.py, "Worklist")."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "clinic_app"
    classes = {node.name for path in (package / "gui").rglob("*.py")
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ClassDef)}
    marked = 0
    for path in (package / "wording").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant), \
                    f"{path.name}:{node.lineno}: literal strings only"
                if path.name in FIXED_CONTEXTS:
                    assert context.value == FIXED_CONTEXTS[path.name], f"{path.name}:{node.lineno}"
                else:
                    assert context.value in classes, f"{path.name}:{node.lineno}: no class {context.value} in gui/"
                marked += 1
    assert marked > 250


# Hints that are not the program's own words: shown as they come.
RUNTIME_HINTS = {
    ("cli/__init__.py", "message"): "argparse's refusal, worded by argparse from the catalogue ('ArgumentParser')",
    ("facade/maintenance.py", "first['msg']"): "pydantic's description of an export file's first invalid key",
}
_HINT_NAME = re.compile(r"(?i)(?:^|_)hint(?:$|_)")


def _hint_values(tree: ast.Module) -> Iterator[tuple[ast.AST, ast.expr]]:
    """Every expression given as a hint: a "hint" key's value, a hint argument, a hint variable's value."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "hint":
                    yield node, value
        elif _names_a_hint(node):
            yield node, node.value  # type: ignore[attr-defined]


def _names_a_hint(node: ast.AST) -> bool:
    if isinstance(node, ast.keyword):
        return bool(node.arg and _HINT_NAME.search(node.arg))
    return isinstance(node, ast.Assign) and any(
        (isinstance(t, ast.Name) and _HINT_NAME.search(t.id) is not None)
        or (isinstance(t, ast.Subscript) and isinstance(t.slice, ast.Constant) and t.slice.value == "hint")
        for t in node.targets)


def test_every_hint_the_program_writes_is_marked_for_the_translator() -> None:
    """LANG-5: a hint raised with an error (a `"hint"` value, a `hint=`/`..._hint=` argument, a
    `HINT_...`/`..._hint` constant) is a literal in wording.values.HINTS, which describe_error
    translates under "ErrorText", or a domain.errors.Hint whose template is: never an f-string or a
    concatenation, which no catalogue can hold (build a Hint: the template is translated, then
    filled). A new English hint outside HINTS fails here."""
    from clinic_app.wording.values import HINTS, WORDS_CONTEXT

    assert WORDS_CONTEXT == "ErrorText"
    package = Path(__file__).resolve().parent.parent / "clinic_app"
    trees = {path.relative_to(package).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
             for path in package.rglob("*.py")}
    # names that carry a hint along: parameters and variables named so (their values are checked where assigned)
    carriers = {node.arg for tree in trees.values() for node in ast.walk(tree)
                if isinstance(node, ast.arg) and _HINT_NAME.search(node.arg)}
    wrong: list[str] = []
    checked = 0

    def check(where: str, node: ast.expr) -> None:
        nonlocal checked
        if isinstance(node, ast.IfExp):
            check(where, node.body)
            check(where, node.orelse)
            return
        checked += 1
        if isinstance(node, ast.Constant) and (node.value is None or node.value in HINTS):
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Hint":
            template = node.args[0] if node.args else None
            if isinstance(template, ast.Constant) and template.value in HINTS:
                return
        if isinstance(node, ast.Name) and (_HINT_NAME.search(node.id) or node.id in carriers):
            return
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.startswith("Q"):
            return  # a widget named hint (gui/lock_page.py), its text through tr()
        if (where.split(":")[0], ast.unparse(node)) in RUNTIME_HINTS:
            return
        wrong.append(f"{where}: {ast.unparse(node)[:100]}")

    for name, tree in trees.items():
        if not name.startswith("wording/"):  # wording/ is the catalogue of hints itself
            for node, value in _hint_values(tree):
                check(f"{name}:{getattr(node, 'lineno', '?')}", value)
    assert wrong == [], "\n".join(wrong)
    assert checked > 50
