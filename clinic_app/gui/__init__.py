"""The desktop window (PySide6) over the application facade; no clinical logic of its own."""
