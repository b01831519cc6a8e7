"""French punctuation (LANG-2): a no-break space before ":" ";" "?" "!" and inside « », in the
catalogue's translations and in labels the program builds in code; English unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clinic_app.cli import main
from clinic_app.domain.language import writing_in
from clinic_app.wording.catalogue import read_ts, translations_file
from clinic_app.wording.typography import NBSP, bare_punctuation, clauses, french_spacing, labelled, punctuate

DEMO_PASSWORD = "demo-clinic-2026"


def test_the_rule() -> None:
    assert french_spacing("Dexaméthasone: administrée") == f"Dexaméthasone{NBSP}: administrée"
    assert french_spacing("Administrable maintenant ?") == f"Administrable maintenant{NBSP}?"
    assert french_spacing("a ; b ! «x»") == f"a{NBSP}; b{NBSP}! «{NBSP}x{NBSP}»"
    assert french_spacing("; perfuser en 60 minutes") == f"{NBSP}; perfuser en 60 minutes"
    assert french_spacing("&Imprimer...") == "&Imprimer\u2026"
    assert french_spacing("Contrôle complet : en cours...") == f"Contrôle complet{NBSP}: en cours\u2026"
    for kept in ("12:40 UTC+01:00", "http://agence-prd.ansm.sante.fr", "C1D1", "-> 146 mg", "1,82 m²", "../x",
                 "a....b"):
        assert french_spacing(kept) == kept
    with writing_in("fr"):
        assert labelled("C1D16", "décision requise") == f"C1D16{NBSP}: décision requise"
        assert clauses(["a", "b"]) == f"a{NBSP}; b"
    assert labelled("C1D16", "decision required") == "C1D16: decision required"
    assert clauses(["a", "b"]) == "a; b" and punctuate("a: b") == "a: b"
    assert bare_punctuation("Statut: prévue") and bare_punctuation("Statut : prévue")
    assert not bare_punctuation(f"Statut{NBSP}: prévue à 12:40")


def test_every_french_translation_is_punctuated_the_french_way() -> None:
    """What `packaging/dev.sh translations` writes; a translation typed with an ordinary space fails."""
    wrong = {source: form for (_context, source), forms in read_ts(translations_file("fr")).items()
             for form in forms if french_spacing(form) != form}
    assert not wrong, f"{len(wrong)} translations, e.g. {list(wrong.items())[:3]} (run packaging/dev.sh translations)"


def test_french_menus_and_buttons_end_in_an_ellipsis_not_three_dots() -> None:
    """A French entry that opens a dialog ends in "…"; its English source keeps "..."."""
    french = read_ts(translations_file("fr"))
    assert not [form for forms in french.values() for form in forms if "..." in form]
    assert french[("PdfPreviewDialog", "&Print...")] == ("&Imprimer\u2026",)
    dotted = [(context, source) for (context, source) in french if source.endswith("...")]
    assert len(dotted) > 30 and all(french[key][0].endswith("\u2026") for key in dotted), dotted[:5]


def _french_lines(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main([*argv, "--lang", "fr"])
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_the_command_line_in_french_has_no_bare_colon_or_semicolon(
        demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines built in code ("; " between a due item's states, "C1D16: ..." under the schedule)
    follow the rule like the catalogue's sentences."""
    monkeypatch.setenv("CLINIC_APP_PASSWORD", DEMO_PASSWORD)
    db = ["--db", str(demo_db)]
    text = "".join([
        _french_lines(capsys, "due", *db, "--user", "nurse.okafor", "--date", "2026-11-23"),
        _french_lines(capsys, "dose", "--height-cm", "170", "--weight-kg", "70,5"),
        _french_lines(capsys, "schedule", "--c1d1", "2026-01-05", "--today", "2026-03-02"),
        _french_lines(capsys, "schedule"),  # refused by argparse: its own message in French
        _french_lines(capsys, "dose-records", *db, "--user", "pharm.chen", "--patient", "IMP-A08"),
        _french_lines(capsys, "dose", "--height-cm", "1 500", "--weight-kg", "70"),
    ])
    assert "bloqué" in text and "Surface corporelle" in text
    assert not bare_punctuation(text), bare_punctuation(text)[:10]


def test_french_documents_have_no_colon_glued_to_a_word(demo_db: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF's text loses the difference between a space and a no-break space (the font draws
    both with one glyph), so on paper the test looks for a label glued to its ":" or ";"."""
    from pypdf import PdfReader

    from clinic_app.facade import Clinic

    with Clinic.open(demo_db) as clinic:
        clinic.set_site_language(clinic.login("sam.admin", DEMO_PASSWORD), "fr")
    monkeypatch.setenv("CLINIC_APP_PASSWORD", DEMO_PASSWORD)
    glued = re.compile(r"[^\s][:;?!](?=\s|$)")
    for document in (["dosing-sheet", "--dose-record", "77"], ["visit-sheet", "--patient", "IMP-B04"],
                     ["calendar", "--patient", "IMP-B04"], ["worklist"]):
        out = tmp_path / f"{document[0]}.pdf"
        assert main(["print", *document, "--db", str(demo_db), "--user", "pharm.chen", "--date", "2026-11-23",
                     "-o", str(out), "--lang", "fr"]) == 0, capsys.readouterr().err
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert not [text[m.start() - 15:m.end() + 5] for m in glued.finditer(text)], document


def test_argparse_refuses_in_french_and_json_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    """LANG-5: argparse's own messages and headings from the catalogue; the JSON error in English."""
    assert main(["due", "--bogus", "--lang", "fr"]) == 2
    assert capsys.readouterr().err.startswith(f"erreur{NBSP}: Arguments non reconnus{NBSP}: --bogus")
    assert main(["due", "--bogus", "--lang", "fr", "--json"]) == 2
    assert '"message": "Unrecognized arguments: --bogus' in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["due", "--help", "--lang", "fr"])
    shown = capsys.readouterr().out
    assert shown.startswith(f"utilisation{NBSP}: ") and f"options{NBSP}:" in shown
    assert "afficher cette aide et quitter" in shown and "show this help" not in shown
