"""The window's translations with Qt's own tools (LANG-1).

    python packaging/translations.py update    the command line's help texts listed (`help`), then
                                              pyside6-lupdate: every tr()/translate()/QT_TRANSLATE_NOOP
                                              string of clinic_app/ into resources/translations/*.ts
                                              (French in full; English for its %n plural forms only)
    python packaging/translations.py help      clinic_app/cli/help_strings.py: the parser's help texts
                                              marked for pyside6-lupdate (lupdate reads literals only)
    python packaging/translations.py release   pyside6-lrelease: each .ts into its .qm when the .qm is
                                              missing or older (the .qm files are built, never committed)

The tools come with PySide6-Essentials, next to the Python that runs this script.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from clinic_app.wording.typography import french_spacing  # noqa: E402 - the project's own rule, from its source

# A translation's text as lupdate writes it (one form, or each %n form), escaped for XML.
_TRANSLATED = re.compile(r"(<translation(?: [^>]*)?>|<numerusform>)([^<]*)(</translation>|</numerusform>)")
TRANSLATIONS = ROOT / "resources" / "translations"
# language -> (lupdate's target language, extra options): English is the source language, so its
# file holds only the plural forms ("1 day" / "2 days") that the source "%n day(s)" cannot say.
LANGUAGES = {"fr": ("fr_FR", []), "en": ("en", ["-pluralonly"])}


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (packaging/dev.sh sets it up)")
    return found


def sources() -> list[str]:
    """Every Python file of the program, relative to the project (stable locations in the .ts)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "clinic_app").rglob("*.py"))


HELP_STRINGS = ROOT / "clinic_app" / "cli" / "help_strings.py"


def help_strings() -> bool:
    """Write clinic_app/cli/help_strings.py from the command line's parser; True when it changed."""
    from clinic_app.cli import build_parser
    from clinic_app.cli.help_text import help_strings_module, help_texts

    text = help_strings_module(help_texts(build_parser()))
    changed = not HELP_STRINGS.exists() or HELP_STRINGS.read_text(encoding="utf-8") != text
    if changed:
        HELP_STRINGS.write_text(text, encoding="utf-8")
    return changed


def update() -> None:
    help_strings()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language, (target, options) in LANGUAGES.items():
        ts = TRANSLATIONS / f"clinic_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "relative",
                        "-target-language", target, *options, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    punctuate_french(TRANSLATIONS / "clinic_fr.ts")


def _escape(text: str) -> str:
    """XML text escaped the way lupdate writes it."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
            .replace('"', "&quot;"))


def punctuate_french(ts: Path) -> bool:
    """Every French translation of `ts` with French spacing (a no-break space before : ; ? ! and
    inside « »: clinic_app.wording.typography); True when the file changed."""
    before = ts.read_text(encoding="utf-8")
    after = _TRANSLATED.sub(lambda m: m.group(1) + _escape(french_spacing(html.unescape(m.group(2)))) + m.group(3),
                            before)
    if after != before:
        ts.write_text(after, encoding="utf-8")
    return after != before


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("clinic_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    commands = {"update": update, "release": release, "help": help_strings}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()
