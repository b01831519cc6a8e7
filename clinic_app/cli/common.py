"""What every subcommand shares: exit codes, JSON output and error reporting."""

from __future__ import annotations

import functools
import json
import sys
from decimal import Decimal
from typing import Any

from clinic_app.domain.errors import DomainError, InputError
from clinic_app.domain.language import Language, writing_in
from clinic_app.domain.protocol import load_protocol
from clinic_app.paths import default_protocol_path
from clinic_app.wording.catalogue import catalogue
from clinic_app.wording.command_line import line
from clinic_app.wording.errors import describe_error
from clinic_app.wording.values import Translate, drug_names, untranslated
from clinic_app.wording.warnings import warning_text

EXIT_OK = 0
EXIT_FAULT = 1
EXIT_INVALID = 2


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def json_text(obj: Any, *, readable: bool) -> str:
    """One JSON document; Decimals become strings, dates ISO 8601. `readable` indents it by two
    spaces; otherwise it is one line with the same content, written by json's C encoder (any
    indentation forces its pure-Python one: 0.1-0.2 s for `due` at 1,000 patients)."""
    return json.dumps(obj, default=_default, indent=2 if readable else None, ensure_ascii=False)


def dump_json(obj: Any) -> None:
    """Print one JSON document: indented for a person on a terminal, one line for a program
    reading a pipe or a file (the same content; `python -m json.tool` indents it)."""
    out = sys.stdout
    out.write(json_text(obj, readable=out.isatty()) + "\n")


@functools.cache
def _drug_names() -> dict[str, str]:
    """Drugs as the protocol prints them ("PACLitaxel"), for messages; none when the protocol file
    itself is what failed."""
    try:
        return drug_names(load_protocol(default_protocol_path()))
    except (DomainError, OSError):
        return {}


def report_error(exc: BaseException, as_json: bool, language: Language = "en",
                 in_english: DomainError | None = None) -> int | None:
    """Report a domain error, or a file that cannot be read or written, as one stderr line in the
    user's `language` (LANG-5) and, with --json, a JSON object (its message in English, like all JSON
    output; from `in_english` when the error was worded in the user's language as it was raised).
    Returns the exit code, or None for anything else (a real bug).
    """
    if isinstance(exc, OSError) and exc.filename is not None:
        # A file named on the command line that cannot be read or written: bad input, not a bug.
        message = f"{exc.filename}: {exc.strerror or exc}"
        sys.stderr.write(catalogue(language).translate("Commands", "error: {message}").format(message=message) + "\n")
        if as_json:
            dump_json({"error": {"field": "file", "code": "file_error", "message": message}})
        return EXIT_INVALID
    if not isinstance(exc, DomainError):
        return None
    words = catalogue(language)
    with writing_in(language):
        shown = _message(exc, words)
    sys.stderr.write(words.translate("Commands", "error: {message}").format(message=shown) + "\n")
    if as_json:
        with writing_in("en"):
            message = _message(in_english or exc, None)
        error: dict[str, Any] = {"field": exc.values.get("field", exc.values.get("key")), "code": exc.code,
                                 "message": message}
        # Codes and values a script acts on: every refusal of the gate, the decision it waits for,
        # the warnings to confirm.
        if isinstance(exc.values.get("reasons"), list):
            error["reasons"] = exc.values["reasons"]
        if exc.code == "decision_required":
            error["decision"] = {key: exc.values.get(key) for key in ("decision", "by", "drug", "cycle", "day",
                                                                      "proposed", "because")}
        warnings = _warnings(exc)
        if warnings:
            error["warnings"] = [{"code": w.get("code"), "values": w.get("values", {})} for w in warnings]
        dump_json({"error": error})
    return EXIT_INVALID if isinstance(exc, (InputError,)) or exc.code.startswith("invalid") else EXIT_FAULT


def _warnings(exc: DomainError) -> list[dict[str, Any]]:
    return [w for w in exc.values.get("warnings", ()) if isinstance(w, dict)]


def _message(exc: DomainError, words: Translate | None) -> str:
    """The error in words (in English when `words` is None), with, for warnings to acknowledge,
    which ones and how a script confirms each."""
    tr = words or untranslated
    message = describe_error(exc, words, drug_names=_drug_names())
    if exc.code == "acknowledgement_required":
        message += " " + " ".join(
            line("confirm", {"warning": warning_text(str(w.get("code")), w.get("values", {}), tr),
                             "code": w.get("code")}, tr) for w in _warnings(exc))
    return message


def emit(as_json: bool, document: Any, lines: list[str]) -> int:
    """Print a command's result: the JSON document with --json, else the lines for people."""
    if as_json:
        dump_json(document)
    else:
        sys.stdout.write("".join(text + "\n" for text in lines))
    return EXIT_OK
