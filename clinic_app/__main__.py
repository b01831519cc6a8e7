"""`python -m clinic_app`: the window with no subcommand, the command line otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence

_CLI_ONLY_FLAGS = frozenset({"-h", "--help", "--version"})


def _wants_window(argv: Sequence[str]) -> bool:
    """No subcommand first: the window (its own options, such as --db or --screenshot, may follow)."""
    from clinic_app.cli import command_names

    if argv[:1] and argv[0] in _CLI_ONLY_FLAGS:
        return False
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first is None or first not in command_names()


def main() -> int:
    argv = sys.argv[1:]
    if _wants_window(argv):
        from clinic_app.gui.launch import run_window

        return run_window(argv)
    from clinic_app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
