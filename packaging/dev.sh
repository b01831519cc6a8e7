#!/usr/bin/env sh
# One entry point for a fresh checkout: creates .venv from the hash-pinned lock files when they
# changed, then runs the program or the tests.
#   packaging/dev.sh run [ARGS...]   the window (or any `python -m clinic_app` subcommand)
#   packaging/dev.sh test [PYTEST ARGS...]   on every core (pytest-xdist); `-n 0` for one process
#                                            (print output with -s, a debugger with --pdb)
#   packaging/dev.sh bench           every benchmark, each printing its figures
#   packaging/dev.sh build           the one-folder app in dist/ (packaging/build.sh)
#
# The program needs Python 3.12 or newer (on 3.11 the Qt binding in use drops references to True
# and None until the process aborts). The interpreter is found in this order: $PYTHON, python3.13,
# python3.12, a python3 that is new enough, pyenv's installed versions, `uv python find` (downloads
# off). A .venv made by an older Python is rebuilt.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv="$root/.venv"
lock=requirements-test.lock

# Usable: runs, is 3.12 or newer, and can make a venv with pip (Debian splits venv/ensurepip off).
usable() {
    "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1
}

version_of() {
    "$1" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null
}

find_python() {
    for name in python3.13 python3.12 python3; do
        # A pyenv shim exists for every version pyenv has, but fails unless that version is active:
        # run each candidate rather than trusting `command -v`.
        candidate=$(command -v "$name" 2>/dev/null) || continue
        if usable "$candidate"; then echo "$candidate"; return 0; fi
    done
    if command -v pyenv >/dev/null 2>&1; then
        pyenv_root=$(pyenv root 2>/dev/null) || pyenv_root=""
    else
        pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
    fi
    found=""
    for candidate in "$pyenv_root"/versions/3.1[2-9]*/bin/python; do
        # The glob sorts by name: the last usable one is the newest.
        if [ -x "$candidate" ] && usable "$candidate"; then found=$candidate; fi
    done
    if [ -n "$found" ]; then echo "$found"; return 0; fi
    if command -v uv >/dev/null 2>&1; then
        candidate=$(UV_PYTHON_DOWNLOADS=never uv python find '>=3.12' 2>/dev/null) || candidate=""
        if [ -n "$candidate" ] && usable "$candidate"; then echo "$candidate"; return 0; fi
    fi
    return 1
}

needs_python() {
    echo "dev.sh: needs Python 3.12 or newer$1: apt-get install python3.12-venv (or python3.13-venv), or pyenv install 3.12" >&2
    exit 2
}

# Keep an existing .venv if its Python is new enough (and is the one $PYTHON names, when set).
wanted=""
if [ -n "${PYTHON:-}" ]; then
    usable "$PYTHON" || needs_python " (PYTHON=$PYTHON is not, or lacks venv/ensurepip)"
    wanted=$PYTHON
fi
if [ -x "$venv/bin/python" ] && usable "$venv/bin/python" \
    && { [ -z "$wanted" ] || [ "$(version_of "$venv/bin/python")" = "$(version_of "$wanted")" ]; }; then
    :
else
    if [ -z "$wanted" ]; then
        wanted=$(find_python) || needs_python " (looked for python3.13, python3.12, python3, pyenv, uv)"
    fi
    if [ -e "$venv" ]; then
        echo "dev.sh: rebuilding $venv on $(version_of "$wanted") ($wanted)" >&2
        rm -rf "$venv"
    fi
    echo "dev.sh: creating $venv with Python $(version_of "$wanted") ($wanted)" >&2
    "$wanted" -m venv "$venv"
fi

# The stamp names the interpreter's version and the inputs: a change of either reinstalls.
stamp="$venv/.installed-py$(version_of "$venv/bin/python")-$(cat "$lock" pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    echo "setting up $venv from $lock ..." >&2
    "$venv/bin/python" -m pip install --quiet --upgrade pip >&2
    "$venv/bin/python" -m pip install --quiet --require-hashes -r "$lock" >&2
    "$venv/bin/python" -m pip install --quiet --no-deps -e . >&2
    rm -f "$venv"/.installed-*
    touch "$stamp"
fi

cmd="${1:-run}"
[ $# -gt 0 ] && shift
case "$cmd" in
    run) exec "$venv/bin/python" -m clinic_app "$@" ;;
    test) exec "$venv/bin/python" -m pytest -n auto "$@" ;;
    bench) exec "$venv/bin/python" -m tests.benchmarks "$@" ;;
    build) exec "$root/packaging/build.sh" "$@" ;;
    *) echo "usage: packaging/dev.sh run|test|bench|build [args]" >&2; exit 2 ;;
esac
