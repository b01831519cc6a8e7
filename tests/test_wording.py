"""The shared words: arithmetic in words, the planner's reasons with dates and drug names as printed."""

from __future__ import annotations

from datetime import date

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
