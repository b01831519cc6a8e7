"""Entry script of the frozen app: the same `main` as `python -m clinic_app` (window or subcommand)."""

import sys

from clinic_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
