"""The desktop window (PySide6) over the application facade; no clinical logic of its own."""

from .qt_workarounds import protect_none_refcount

protect_none_refcount()
