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
_CODE = re.compile(r"--?[\w-]+|\$\w+|\{[^}]*\}|'[^']*'|\b\w*_\w*\b|\b[A-Z][A-Z0-9.-]+\b|\b\w+(?:\.\w+)+\b")


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


def test_a_mistyped_subcommand_or_option_is_refused_in_the_user_language() -> None:
    """`python -m clinic_app --lang fr nosuch`: the command line's refusal (exit 2, one line, the
    subcommands to choose from), in French, where the window's parser refused in English."""
    for argv in (["--lang", "fr", "nosuch"], ["--lang", "fr", "--bogus"], ["--db", "x.sqlite3", "nosuch", "--lang=fr"]):
        done = _run(*argv)
        assert done.returncode == 2 and done.stdout == "", argv
        assert done.stderr.startswith("erreur\u00a0: ") and done.stderr.count("\n") == 1, done.stderr
        assert _english_words(f"usage\n\n{done.stderr}") == [], done.stderr
    assert "choix non valide\u00a0: 'nosuch' (choisir parmi 'dose'," in _run("nosuch", LANG="fr_FR.UTF-8").stderr
    french, english = _run("--lang", "fr", "nosuch", "--json"), _run("--lang", "en", "nosuch", "--json")
    assert french.stdout == english.stdout and '"code": "invalid_arguments"' in french.stdout


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_hints_and_account_lines_in_french_and_json_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The hints raised in store/, domain/, files.py and the command line, and `user`'s lines."""
    from clinic_app.cli.access import PASSWORD_ENV

    monkeypatch.setenv(PASSWORD_ENV, "first-admin-password")
    db = tmp_path / "clinic.sqlite3"
    assert main(["init", "--db", str(db), "--site", "Day Unit", "--user", "ivan.it", "--full-name",
                 "Ivan Itsupport"]) == 0
    capsys.readouterr()
    user = ["--db", str(db), "--user", "ivan.it"]
    refusals = {
        ("dose", "--height-cm", "170", "--weight-kg", "70", "--formula", "nosuch"):
            "(au choix\u00a0: mosteller, dubois, haycock, gehan-george, boyd)",
        ("dose", "--height-cm", "170", "--weight-kg", "70", "--cohort", "Z"): "Z",
        ("print", "visit-sheet", *user, "-o", str(tmp_path / "v.pdf")): "visit-sheet concerne un seul patient",
        ("init", *user, "--site", "X", "--full-name", "Ivan Itsupport"):
            "init ne crée qu'une nouvelle base de données du centre",
        ("print", "worklist", *user, "-o", str(tmp_path)): "indiquez un fichier, pas un dossier",
        ("print", "worklist", *user, "-o", str(db)): "choisissez un autre nom",
        ("user", *user, "add", "ivan.itt", "--full-name", "Ivan Itsupport", "--role", "nurse"):
            "ressemble au nom de ivan.it\u00a0: ajoutez l'initiale d'un second prénom",
    }
    for argv, french in refusals.items():
        code, out, err = _cli(capsys, *argv, "--lang", "fr")
        assert code == 2 and french in err, (argv, err)
        assert _english_words(f"usage\n\n{err}".replace(str(tmp_path), "")) == [], err
        as_json = [_cli(capsys, *argv, "--lang", language, "--json")[1] for language in ("fr", "en")]
        assert as_json[0] == as_json[1] and '"error"' in as_json[0], argv
    code, out, _ = _cli(capsys, "user", *user, "add", "nora.nurse", "--full-name", "Nora Nurse", "--role", "nurse",
                        "--lang", "fr")
    assert code == 0 and out.startswith("nora.nurse\u00a0: code à usage unique (à montrer une seule fois"), out
    code, out, _ = _cli(capsys, "user", *user, "deactivate", "nora.nurse", "--reason", "départ", "--lang", "fr")
    assert out == "nora.nurse\u00a0: désactivé\u00a0; ses sessions ouvertes prennent fin maintenant\n"
    listing = _cli(capsys, "user", *user, "list", "--lang", "fr")[1]
    assert "inactif" in listing and "infirmier" in listing and "(doit choisir un mot de passe)" in listing
    as_json = [_cli(capsys, "user", *user, "list", "--json", "--lang", language)[1] for language in ("fr", "en")]
    assert as_json[0] == as_json[1] and '"role": "nurse"' in as_json[0]
