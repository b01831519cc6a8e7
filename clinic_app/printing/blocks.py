"""Building blocks several documents share: patient identifiers, the large cohort box, key/value
tables, tick boxes and signature blocks. Every value is written with the domain's ISMP formatter."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from clinic_app.domain.formatting import format_birth_date, format_datetime
from clinic_app.wording.values import word

from .context import PatientIdentifiers, SignatureBlock
from .fonts import SANS_BOLD
from .styles import BODY, HUGE, LABEL, LARGE, SMALL, FontTable, cell, grid_table, para
from .words import translate, words

BOX = "☐"  # ballot box, drawn with DejaVu Sans
TICKED = "☑"
BLANK = "________________"


def meaning_text(meaning: str) -> str:
    """A signature's meaning as printed ("Prepared", in French "Préparé")."""
    return word(meaning, words())


def role_text(role: str) -> str:
    """A signer's role as printed ("pharmacist", in French "pharmacien")."""
    return word(role, words())


def running_head(patient: PatientIdentifiers) -> str:
    """The two identifiers repeated at the top of every page (WRITE-3)."""
    return translate("Paper", "{code} · DOB {dob} · {initials}").format(
        code=patient.subject_code, dob=format_birth_date(patient.date_of_birth), initials=patient.initials)


def patient_rows(patient: PatientIdentifiers) -> list[tuple[str, str]]:
    """Label/value rows of the patient's identifiers: subject code and date of birth, with name and
    hospital number when known (WRITE-3)."""
    rows = [(translate("Paper", "Subject code"), translate("Paper", "{code} (initials {initials})").format(
                code=patient.subject_code, initials=patient.initials)),
            (translate("Paper", "Date of birth"), format_birth_date(patient.date_of_birth))]
    if patient.full_name:
        rows.append((translate("Paper", "Name"), patient.full_name))
    if patient.hospital_number:
        rows.append((translate("Paper", "Hospital number"), patient.hospital_number))
    return rows


def kv_table(rows: Sequence[tuple[str, str | Flowable]], width: float, label_share: float = 0.3) -> Table:
    """A two-column label/value grid; string values are plain text, wrapped when they must."""
    label_width, value_width = width * label_share, width * (1 - label_share)
    data = [[cell([(label, LABEL)], label_width),
             value if isinstance(value, Flowable) else cell([(value, BODY)], value_width)] for label, value in rows]
    return grid_table(data, [label_width, value_width])


def cohort_box(letter: str, width: float = 32 * mm, *, compact: bool = False) -> Table:
    """The cohort letter, large, in a heavy box: the three IMP321 doses differ 5-fold (WRITE-4)."""
    table = FontTable([[para(translate("Paper", "COHORT"), LABEL)], [para(letter, LARGE if compact else HUGE)]],
                      colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 2.5, colors.black),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 1), (-1, 1), 0 if compact else 2),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 5 if compact else 8),
    ]))
    return table


def signature_table(blocks: Sequence[SignatureBlock], width: float) -> Table:
    """One column per signature: meaning, printed name, role, date and time (with zone), signature
    (ROLE-3).

    A block not yet signed electronically prints blank lines to sign by hand.
    """
    column = width / len(blocks)
    header = [cell([(meaning_text(block.meaning), LABEL)], column) for block in blocks]
    names = [cell([(translate("Paper", "Printed name: {name} · Role: {role}").format(
        name=block.printed_name or BLANK, role=role_text(block.role) if block.role else BLANK), BODY)], column)
        for block in blocks]
    times = [cell([(translate("Paper", "Date/time: {when} · Signature: signed electronically").format(
                    when=format_datetime(block.signed_at))
                    if block.signed_at else translate("Paper", "Date/time: {when} · Signature: {blank}").format(
                        when=BLANK, blank=BLANK), BODY)], column)
             for block in blocks]
    table = grid_table([header, names, times], [column] * len(blocks))
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                               ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5)]))
    return table


def note(text: str) -> Flowable:
    """Small print under a block."""
    return para(text, SMALL)

