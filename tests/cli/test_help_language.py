"""LANG-5: the command line's help in the user's language. Every help text of the parser is marked
for the translator (the generated clinic_app/cli/help_strings.py, compared here with the parser) and
French `--help` shows no English sentence; values built into a help text (codes, units) stay as the
program writes them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.cli import build_parser, command_names, main
from clinic_app.cli.help_text import help_strings_module, help_texts
from clinic_app.wording.catalogue import read_ts, translations_file

ROOT = Path(__file__).resolve().parent.parent.parent
HELP_STRINGS = ROOT / "clinic_app" / "cli" / "help_strings.py"
# Words of English sentences that French never writes (checked as whole words, code names removed).
ENGLISH = ("the", "of", "and", "with", "enter", "record", "records", "your", "when", "write", "only", "from",
           "this", "day", "file", "show", "sign", "for", "to", "or", "is", "it", "an", "by", "on", "in", "not",
           "default", "help", "optional", "use", "database", "number", "name", "reason", "why")
_CODE = re.compile(r"--?[\w-]+|\$\w+|\{[^}]*\}|'[^']*'|\b\w*_\w*\b|\b[A-Z][A-Z0-9.-]+\b|\S+\.(?:png|sqlite3)\b")


def _prose(shown: str) -> str:
    """The sentences of a help page: no usage block, no option or subcommand column, no code names."""
    kept = []
    for text in shown.split("\n\n", 1)[1].splitlines():  # the usage block ends at the first blank line
        entry = re.match(r"^ {2,6}\S.*?(?: {2,}(.*)|$)", text)  # "  --db DB   help" / "    dose   help"
        kept.append((entry.group(1) or "") if entry else text)
    return _CODE.sub(" ", "\n".join(kept))


def _english_words(shown: str) -> list[str]:
    prose = _prose(shown)
    return [word for word in ENGLISH if re.search(rf"(?<![\w'’-]){word}(?![\w'’-])", prose)]


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_the_marked_help_texts_are_the_parser_s() -> None:
    """help_strings.py lists every text --help can show (templates of the texts built from values):
    a help text added or changed without `packaging/dev.sh translations` fails here."""
    texts = help_texts(build_parser())
    assert len(texts) > 120
    assert HELP_STRINGS.read_text(encoding="utf-8") == help_strings_module(texts), \
        "run `packaging/dev.sh translations` (or `python packaging/translations.py help`)"
    assert all(len(line) <= 120 for line in HELP_STRINGS.read_text(encoding="utf-8").splitlines())
    assert "BSA formula: {formulas} (default: the protocol's)" in texts  # the template, not its English


def test_every_help_text_has_its_french() -> None:
    french = read_ts(translations_file("fr"))
    missing = [text for text in help_texts(build_parser()) if ("CommandHelp", text) not in french]
    assert missing == []


def _subcommands() -> list[list[str]]:
    found = [[name] for name in sorted(command_names())]
    return found + [["user", action] for action in ("add", "reset", "confirm-reset", "deactivate", "list")]


def test_french_help_of_every_subcommand_has_no_english_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    english = _help(capsys, "--lang", "en", "dose")
    assert {"the", "of"} <= set(_english_words(english)), "the check sees English"
    found = {}
    for argv in [[], *_subcommands()]:
        shown = _help(capsys, "--lang", "fr", *argv)
        assert shown.startswith("utilisation\u00a0: "), argv
        if words := _english_words(shown):
            found[" ".join(argv) or "(top)"] = words
    assert found == {}


def _unwrapped(shown: str) -> str:
    return re.sub(r"[ \n]+", " ", shown)  # argparse's line breaks; French's no-break spaces kept


def test_values_built_into_a_help_text_stay_as_the_program_writes_them(capsys: pytest.CaptureFixture[str]) -> None:
    shown = _unwrapped(_help(capsys, "--lang", "fr", "dose"))
    assert "formule de surface corporelle\u00a0: mosteller, dubois, haycock, gehan-george, boyd (par défaut" in shown
    shown = _unwrapped(_help(capsys, "--lang", "fr", "hold"))
    assert "motif codé\u00a0: low_anc, low_platelets" in shown
    assert "(PNN) en × 10⁹/L" in _unwrapped(_help(capsys, "--lang", "fr", "labs"))
    assert "BSA formula: mosteller, dubois" in _unwrapped(_help(capsys, "--lang", "en", "dose"))


def _run(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}}
    return subprocess.run([sys.executable, "-m", "clinic_app", *argv], capture_output=True, text=True,
                          env={**clean, **env}, cwd=ROOT, timeout=120, check=False)


def test_python_m_clinic_app_help_in_french_from_lang_or_the_environment() -> None:
    """`python -m clinic_app --lang fr --help` and `LANG=fr_FR.UTF-8 python -m clinic_app --help`."""
    by_option = _run("--lang", "fr", "--help")
    by_environment = _run("--help", LANG="fr_FR.UTF-8")
    assert by_option.returncode == by_environment.returncode == 0
    assert by_option.stdout == by_environment.stdout
    assert "calculer la surface corporelle" in by_option.stdout and _english_words(by_option.stdout) == []
    assert "calculate BSA" in _run("--help", LANG="en_GB.UTF-8").stdout
