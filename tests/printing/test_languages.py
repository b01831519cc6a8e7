"""Every document in English and in French: the same figures, French practice for writing them, and
no English left on a French page (LANG-2, LANG-4)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from clinic_app.domain.language import Language, writing_in
from clinic_app.domain.protocol import Protocol
from clinic_app.printing.blinded_copy import render_blinded_checker_copy
from clinic_app.printing.blocks import role_text
from clinic_app.printing.checklist import render_visit_checklist
from clinic_app.printing.dosing_sheet import render_dosing_sheet
from clinic_app.printing.patient_calendar import render_patient_calendar
from clinic_app.printing.worklist import render_worklist

from .pdftools import BANNED, NAKED_POINT, text
from .samples import C1D1, calendar_input, checklist_input, dosing_input, worklist_input

# name -> (input as the facade builds it, renderer): inputs carry text of their own (the
# premedication's basis), so they are built in the document's language, as the facade does.
DOCUMENTS: dict[str, tuple[Callable[[Protocol], Any], Callable[[Any], bytes]]] = {
    "dosing_sheet": (lambda p: dosing_input(p, level=-1, verified=True), render_dosing_sheet),
    "blinded_checker_copy": (lambda p: dosing_input(p), render_blinded_checker_copy),
    "visit_checklist": (lambda p: checklist_input(p, C1D1 + timedelta(days=84)), render_visit_checklist),
    "visit_checklist_c1d1": (lambda p: checklist_input(p, C1D1), render_visit_checklist),
    "patient_calendar": (lambda p: calendar_input(p, C1D1 - timedelta(days=3)), render_patient_calendar),
    "worklist": (lambda p: worklist_input(p, 12), render_worklist),
}
BASIS = {"en": "cycle 1: given before every infusion", "fr": "cycle 1\u00a0: avant chaque perfusion"}
CONTACT = {"en": "Day unit (08:00-18:00)", "fr": "Hôpital de jour (08:00-18:00)"}
_DECIMAL_COMMA = re.compile(r"(?<=[0-9]),(?=[0-9])")
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Words that would betray an English sentence on a French page (names and codes aside).
# ("minutes", "signature", "patient" are French too; the protocol's own title and people's names
# and typed reasons are left as written.)
ENGLISH = re.compile(r"\b(?:the|and|of|with|before|after|dose record|weight|height|printed|sheet|page \d+ of|"
                     r"cohort|date of birth|day|week|labs?|verified|prepared|checked|not|give|hold|omit|due|"
                     r"over|hours?|concentrate|bag|vials?|left over|accepted|time|pharmacist|nurse)\b",
                     re.IGNORECASE)
ENGLISH_DATES = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [0-9]{2}-"
                           r"|-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-")
# A decimal written with a point; version numbers ("0.1.0", "CTCAE v5.0") are not decimals.
DECIMAL_POINT = re.compile(r"(?<![0-9.v])[0-9]+\.[0-9]+(?![0-9.])")


def render(protocol: Protocol, name: str, language: Language) -> str:
    """The document's text in `language`; what the samples type in English as a person would (the
    premedication's basis, the clinic's contact) is given in that language, as the facade does."""
    build, draw = DOCUMENTS[name]
    with writing_in(language):
        inp = build(protocol)
        ctx = inp.ctx.model_copy(update={"language": language,
                                         "printed_by": f"P. Harmacist ({role_text('pharmacist')})"})
    update: dict[str, Any] = {"ctx": ctx}
    if getattr(inp, "premedication", None) is not None:
        update["premedication"] = inp.premedication.model_copy(update={"basis": BASIS[language]})
    if hasattr(inp, "clinic_contact"):
        update["clinic_contact"] = CONTACT[language]
    return text(draw(inp.model_copy(update=update)))


def figures(page: str) -> list[str]:
    """Every number on the page, French decimal commas read back as points."""
    return sorted(_FIGURE.findall(_DECIMAL_COMMA.sub(".", page)))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_same_figures_in_both_languages(protocol: Protocol, name: str) -> None:
    """LANG-4: mg, mL, BSA, the arithmetic, dates, thresholds and counts: the same numbers."""
    english, french = render(protocol, name, "en"), render(protocol, name, "fr")
    assert english != french
    assert figures(french) == figures(english)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_french_page_is_written_in_french(protocol: Protocol, name: str) -> None:
    """LANG-2: decimal comma, French dates, routes written out; no English word left."""
    french = render(protocol, name, "fr")
    leftover = sorted({m.group(0) for m in (*ENGLISH.finditer(french), *ENGLISH_DATES.finditer(french))})
    assert leftover == [], leftover
    assert DECIMAL_POINT.findall(french) == [], "a decimal point on a French page"
    assert not NAKED_POINT.search(french) and not BANNED.search(french)
    assert re.search(r"\b(?:lun|mar|mer|jeu|ven|sam|dim)\. [0-9]{2}-[a-zéû.]+-[0-9]{4}", french)


def test_french_dosing_sheet_keeps_every_ismp_rule(protocol: Protocol) -> None:
    """LANG-2: "0,25 mg"-style doses, mg/m² beside the dose, tall-man name, IV; the flat dose in
    French words."""
    french = render(protocol, "dosing_sheet", "fr")
    assert "PACLitaxel 127 mg IV (70 mg/m² × 1,82 m²)" in french, french
    assert "1,25 mg par voie sous-cutanée" in french
    assert "1,8181186857 arrondi au demi supérieur à 0,01 = 1,82 m²" in french
    assert "NE PAS ADMINISTRER" not in french  # verified
    assert "VÉRIFIÉE par" in french
