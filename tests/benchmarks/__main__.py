"""`python -m tests.benchmarks [NAME ...]`: run every bench_*.py module's main() (or the named ones)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    chosen = [n for n in names if not argv or n in argv or n.removeprefix("bench_") in argv]
    for name in chosen:
        print(f"=== {name}")
        started = time.perf_counter()
        importlib.import_module(f"tests.benchmarks.{name}").main()
        print(f"=== {name} done in {time.perf_counter() - started:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
