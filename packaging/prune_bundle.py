"""Leave out Qt plugins a desktop app never loads, with the shared libraries only they pulled in.

Used by clinic-dosing-assistant.spec after PyInstaller's analysis. PySide6's hooks collect every
plugin of a category; on Linux that includes embedded-device platforms and the GTK3 theme, whose
dependencies (cairo, pango, gdk-pixbuf, atk ...) are a fifth of the folder. The GTK3 theme would
also load the desktop's own GTK next to the glib copied from the build machine, a known cause of
crashes; Qt's own style and the XDG portal theme remain. On Windows and macOS nothing matches.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from fnmatch import fnmatch

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, typecode)

UNNEEDED_PLUGINS: tuple[str, ...] = (
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    # framebuffer, EGL full-screen, VNC server and Vulkan display: kiosks and embedded boards
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",  # raw evdev/TUIO input, only used without a window system
)


def _closure(start: Iterable[str], deps: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(deps.get(name, ()))
    return seen


def prune(binaries: Sequence[Entry], datas: Sequence[Entry], patterns: Sequence[str],
          imports_of: Callable[[str], Iterable[str | None]]) -> tuple[list[Entry], list[Entry], list[str]]:
    """(binaries, datas, removed destinations) without the entries matching `patterns` and the
    libraries reachable only from them. `imports_of(source)` lists the full paths a binary links to
    (PyInstaller's bindepend.get_imports). Symbolic links to a removed file go too."""
    dropped = {dest for dest, _, _ in binaries if any(fnmatch(dest, p) for p in patterns)}
    if not dropped:
        return list(binaries), list(datas), []
    by_source = {os.path.realpath(src): dest for dest, src, _ in binaries}
    deps = {dest: {by_source[os.path.realpath(path)] for path in imports_of(src)
                   if path and os.path.realpath(path) in by_source}
            for dest, src, _ in binaries}
    imported = set().union(*deps.values())
    # Python extensions and anything no binary links to (plugins, ctypes-loaded libraries) are loaded
    # by name at run time: they are the roots of what must stay.
    roots = {dest for dest, _, kind in binaries
             if dest not in dropped and (kind == "EXTENSION" or dest not in imported)}
    needed = _closure(roots, deps)
    removed = dropped | (_closure(dropped, deps) - needed)
    kept_binaries = [entry for entry in binaries if entry[0] not in removed]
    kept_datas = [entry for entry in datas if not (entry[2] == "SYMLINK" and entry[1] in removed)]
    return kept_binaries, kept_datas, sorted(removed)
