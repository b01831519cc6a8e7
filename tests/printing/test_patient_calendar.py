"""The take-home patient calendar, read back as text."""

from __future__ import annotations

import re
from datetime import timedelta

from clinic_app.domain.protocol import Protocol
from clinic_app.printing.patient_calendar import render_patient_calendar

from .pdftools import ismp_problems, text
from .samples import C1D1, calendar_input

DATE = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d-[A-Z][a-z]{2}-\d{4}\b")


def test_whole_plan_before_the_first_dose(protocol: Protocol) -> None:
    content = text(render_patient_calendar(calendar_input(protocol, C1D1 - timedelta(days=3))))
    assert "Produced on Fri 02-Jan-2026" in content
    # C1D1 Mon 05-Jan-2026 (study day 1); IMP321 the day after; Week 13 on day 85 = Mon 30-Mar-2026 (C4D1);
    # last infusion C6D15 = day 155 = Mon 08-Jun-2026, last IMP321 C6D16 = Tue 09-Jun-2026;
    # Week 25 post-study visit day 169 = Mon 22-Jun-2026.
    for expected in ["Mon 05-Jan-2026 PACLitaxel", "Tue 06-Jan-2026 IMP321", "Mon 12-Jan-2026 PACLitaxel",
                     "Mon 30-Mar-2026 Week 13 assessment", "Mon 08-Jun-2026 PACLitaxel",
                     "Tue 09-Jun-2026 IMP321", "Mon 22-Jun-2026 Week 25 post-study visit"]:
        assert expected in content, expected
    # 18 infusion days + 12 injection days + the Week 25 day (Week 13 shares C4D1): 31 dated rows.
    assert len(set(DATE.findall(content)) - {"Fri 02-Jan-2026"}) == 31
    assert content.count("(subcutaneously)") == 12
    assert content.count("a drip into a vein (IV)") == 18
    assert "dexamethasone (IV) before it (cycle 1, day 15)" in content
    assert "dexamethasone before it only if your doctor decides so (cycle 2, day 1)" in content
    assert " mg" not in content  # no amounts on the take-home calendar
    assert not ismp_problems(content)


def test_only_what_remains(protocol: Protocol) -> None:
    produced = C1D1 + timedelta(days=84)  # Mon 30-Mar-2026, the Week 13 / C4D1 day
    content = text(render_patient_calendar(calendar_input(protocol, produced)))
    assert "Produced on Mon 30-Mar-2026" in content
    assert "Mon 16-Mar-2026" not in content and "Mon 05-Jan-2026" not in content
    assert "Mon 30-Mar-2026 Week 13 assessment" in content
    assert "Mon 22-Jun-2026 Week 25 post-study visit" in content
    assert "Anna Example" in content and "14-Mar-1961" in content and "IMP-B-004" in content


def test_after_the_last_visit(protocol: Protocol) -> None:
    content = text(render_patient_calendar(calendar_input(protocol, C1D1 + timedelta(days=200))))
    assert "No further visits are planned." in content
