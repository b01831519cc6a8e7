"""What every subcommand shares: exit codes, JSON output and error reporting."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

from clinic_app.domain.errors import DomainError, InputError
from clinic_app.domain.language import Language, writing_in
from clinic_app.wording.catalogue import catalogue
from clinic_app.wording.errors import describe_error

EXIT_OK = 0
EXIT_FAULT = 1
EXIT_INVALID = 2


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def dump_json(obj: Any) -> None:
    """Print one JSON document; Decimals become strings, dates ISO 8601."""
    sys.stdout.write(json.dumps(obj, default=_default, indent=2, ensure_ascii=False) + "\n")


def report_error(exc: BaseException, as_json: bool, language: Language = "en") -> int | None:
    """Report a domain error, or a file that cannot be read or written, as one stderr line in the
    user's `language` (LANG-5) and, with --json, a JSON object (its message in English, like all JSON
    output). Returns the exit code, or None for anything else (a real bug).
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
        shown = describe_error(exc, words)
    sys.stderr.write(words.translate("Commands", "error: {message}").format(message=shown) + "\n")
    if as_json:
        with writing_in("en"):
            message = describe_error(exc)
        dump_json({"error": {"field": exc.values.get("field", exc.values.get("key")), "code": exc.code,
                             "message": message}})
    return EXIT_INVALID if isinstance(exc, (InputError,)) or exc.code.startswith("invalid") else EXIT_FAULT
