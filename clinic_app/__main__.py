"""`python -m clinic_app`: the window with no subcommand, the command line otherwise."""

from __future__ import annotations

import sys


def main() -> int:
    from clinic_app.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
