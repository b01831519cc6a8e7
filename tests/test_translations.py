"""The window's translations: every string pyside6-lupdate finds has a finished French translation
that keeps the source's placeholders and figures, and English has its plural forms (LANG-1, LANG-4)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402 - packaging/translations.py, the tool the build runs

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")
FIGURES = re.compile(r"[0-9]+")


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    return [(context.findtext("name") or "", message)
            for context in ET.parse(ts).getroot().iter("context") for message in context.iter("message")]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files brought up to date by pyside6-lupdate over today's source, in a copy."""
    folder = tmp_path_factory.mktemp("ts")
    found = {}
    for language, (target, options) in translations.LANGUAGES.items():
        ts = folder / f"clinic_{language}.ts"
        shutil.copy2(translations.TRANSLATIONS / ts.name, ts)
        subprocess.run([translations.tool("pyside6-lupdate"), *translations.sources(), "-no-obsolete",
                        "-target-language", target, *options, "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)
        found[language] = ts
    return found


def test_every_source_string_has_a_finished_french_translation(extracted: dict[str, Path]) -> None:
    """LANG-1: a window string, message or printed word added without its French fails here
    (run `packaging/dev.sh translations`, then translate the new entries of clinic_fr.ts)."""
    messages = _messages(extracted["fr"])
    assert len(messages) > 700
    untranslated = []
    for context, message in messages:
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") is not None or not all(forms):
            untranslated.append(f"{context}: {message.findtext('source')}")
    assert untranslated == [], "\n".join(untranslated)


def test_english_says_its_plurals(extracted: dict[str, Path]) -> None:
    """LANG-1: "%n item(s)" reads "1 item" / "2 items": every numerus message has both English forms."""
    messages = _messages(extracted["en"])
    assert messages, "the window has %n plurals"
    for context, message in messages:
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), f"{context}: {message.findtext('source')}"
        assert message.find("translation").get("type") is None  # type: ignore[union-attr]


def test_a_translation_keeps_every_placeholder_and_figure_of_its_source() -> None:
    """LANG-4: the same values in the same sentence ({dose}, %n) and the same figures (2.54 -> 2,54)."""
    for context, message in _messages(translations.TRANSLATIONS / "clinic_fr.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]:
            where = f"{context}: {source!r} -> {text!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert sorted(FIGURES.findall(text)) == sorted(FIGURES.findall(source)), where


def test_the_committed_files_are_what_lupdate_writes(extracted: dict[str, Path]) -> None:
    """No string is translated only in a copy: the repository's .ts holds every current source."""
    for language, ts in extracted.items():
        committed = {(c, m.findtext("source")) for c, m in _messages(translations.TRANSLATIONS / ts.name)}
        current = {(c, m.findtext("source")) for c, m in _messages(ts)}
        assert current == committed, f"run `packaging/dev.sh translations` ({language})"


# French keeps the accent on a capital: "Événements", "État", "Écart", "Échec", "Étape", "Élément"...
# An E followed by v, t, c, l, m or q then a lower-case letter opens one of those words written
# without it; the few French words that really start so are listed.
UNACCENTED_CAPITAL_E = re.compile(r"\bE[vtclmq][a-zà-ÿ]")
REALLY_WITH_E = {"Elle", "Elles", "Et", "Etc"}


def test_no_french_capital_e_lost_its_accent() -> None:
    """"Evénements indésirables" is "Événements indésirables": every translation, mnemonics removed."""
    from clinic_app.wording.catalogue import read_ts, translations_file

    wrong = []
    for (context, source), forms in read_ts(translations_file("fr")).items():
        for form in forms:
            text = re.sub(r"&(?=\w)", "", form)  # "E&vénements": the mnemonic marker is not a letter
            for match in UNACCENTED_CAPITAL_E.finditer(text):
                word = re.match(r"\w+", text[match.start():])
                if word is not None and word.group() not in REALLY_WITH_E:
                    wrong.append((context, source, word.group()))
    assert not wrong, wrong
    assert UNACCENTED_CAPITAL_E.search("Evénements indésirables") and UNACCENTED_CAPITAL_E.search("Etat")
    assert not UNACCENTED_CAPITAL_E.search("Événements indésirables")
    assert read_ts(translations_file("fr"))[("PatientView", "Adverse e&vents")] == ("Événements indésira&bles",)
