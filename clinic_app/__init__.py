"""Clinic Dosing Assistant: offline dosing assistant for the IMP321 + weekly paclitaxel trial."""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    """`__version__`, read from the installed package's metadata when first asked for: importing
    importlib.metadata costs a command such as `due` tens of milliseconds it does not need."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("clinic-dosing-assistant")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
