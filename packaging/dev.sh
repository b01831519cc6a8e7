#!/usr/bin/env sh
# One entry point for a fresh checkout: creates .venv from the hash-pinned lock files when they
# changed, then runs the program or the tests.
#   packaging/dev.sh run [ARGS...]   the window (or any `python -m clinic_app` subcommand)
#   packaging/dev.sh test [PYTEST ARGS...]
#   packaging/dev.sh bench           every benchmark, each printing its figures
#   packaging/dev.sh build           the one-folder app in dist/ (packaging/build.sh)
#   packaging/dev.sh translations    pyside6-lupdate: new window strings into resources/translations/*.ts
# Every command first compiles a .ts newer than its .qm (pyside6-lrelease; the .qm files are not committed).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv="$root/.venv"
py="${PYTHON:-python3}"

lock=requirements-test.lock
stamp="$venv/.installed-$(cat "$lock" pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    echo "setting up $venv from $lock ..." >&2
    [ -x "$venv/bin/python" ] || "$py" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet --require-hashes -r "$lock" >&2
    # the .qm files first: the project's setup.py (in pip's isolated build) needs them built
    "$venv/bin/python" packaging/translations.py release
    "$venv/bin/python" -m pip install --quiet --no-deps -e . >&2
    rm -f "$venv"/.installed-*
    touch "$stamp"
fi

"$venv/bin/python" packaging/translations.py release

cmd="${1:-run}"
[ $# -gt 0 ] && shift
case "$cmd" in
    run) exec "$venv/bin/python" -m clinic_app "$@" ;;
    test) exec "$venv/bin/python" -m pytest "$@" ;;
    bench) exec "$venv/bin/python" -m tests.benchmarks "$@" ;;
    build) exec "$root/packaging/build.sh" "$@" ;;
    translations) exec "$venv/bin/python" packaging/translations.py update ;;
    *) echo "usage: packaging/dev.sh run|test|bench|build|translations [args]" >&2; exit 2 ;;
esac
