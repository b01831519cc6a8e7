"""What every subcommand shares: exit codes, JSON output and error reporting."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from typing import Any

from clinic_app.domain.errors import DomainError, InputError
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


def report_error(exc: BaseException, as_json: bool) -> int | None:
    """Report a domain error, or a file that cannot be read or written, as one stderr line (and a
    JSON object with --json). Returns the exit code, or None for anything else (a real bug).
    """
    if isinstance(exc, OSError) and exc.filename is not None:
        # A file named on the command line that cannot be read or written: bad input, not a bug.
        message = f"{exc.filename}: {exc.strerror or exc}"
        sys.stderr.write(f"error: {message}\n")
        if as_json:
            dump_json({"error": {"field": "file", "code": "file_error", "message": message}})
        return EXIT_INVALID
    if not isinstance(exc, DomainError):
        return None
    message = describe_error(exc)
    sys.stderr.write(f"error: {message}\n")
    if as_json:
        dump_json({"error": {"field": exc.values.get("field", exc.values.get("key")), "code": exc.code,
                             "message": message}})
    return EXIT_INVALID if isinstance(exc, (InputError,)) or exc.code.startswith("invalid") else EXIT_FAULT
