"""`python -m clinic_app`: the window with no subcommand, the command line otherwise."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

_CLI_ONLY_FLAGS = frozenset({"-h", "--help", "--version"})


def _wants_window(argv: Sequence[str]) -> bool:
    """No subcommand: the window (its own options, such as --db X or --screenshot F, may come first).
    A word that is not a window option's value is a subcommand, or a mistyped one, and an option the
    window does not know is mistyped too: the command line runs the one and refuses the others in the
    user's language (LANG-5), where the window's parser would refuse them in English."""
    from clinic_app.window_options import is_window_option, takes_value

    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _CLI_ONLY_FLAGS:  # `--lang fr --help` too: the command line's help, in French
            return False
        elif arg.startswith("-") and is_window_option(arg):
            skip = takes_value(arg)
        else:
            return False
    return True


# Installing these is enough for the window of the one-folder build on a clean Debian 12.
_WINDOW_LIBRARIES = "libgl1 libegl1 libfontconfig1"
EXIT_NO_WINDOW = 3


def start_window(argv: Sequence[str]) -> int:
    """Open the window; a system library Qt needs but cannot find (libGL, libEGL, fontconfig...) is
    one clear message on stderr and one line in the log, never a traceback."""
    try:
        from clinic_app.gui.launch import run_window
    except ImportError as exc:
        import logging

        from clinic_app.app_log import configure_file_logging
        from clinic_app.domain.language import language_from_environment, writing_in
        from clinic_app.wording.catalogue import translate

        configure_file_logging()
        logging.getLogger(__name__).error("the window cannot start, a system library is missing: %s", exc)
        with writing_in(language_from_environment(os.environ)):  # the window's own choice is not read yet
            sys.stderr.write(translate("Commands", "The window cannot start: a system library is missing ({error}).\n"
                                                   "Install the window's libraries (on Debian or Ubuntu: apt-get "
                                                   "install {packages}) and start again; the command line (--help) "
                                                   "works without them.").format(error=exc,
                                                                                 packages=_WINDOW_LIBRARIES) + "\n")
        return EXIT_NO_WINDOW
    return run_window(argv)


def main() -> int:
    argv = sys.argv[1:]
    if _wants_window(argv):
        return start_window(argv)
    from clinic_app.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
