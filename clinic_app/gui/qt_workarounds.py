"""Work-arounds for defects of the Qt binding in use, each with the evidence that it is needed.

PySide6 6.12.0 (abi3 wheel) on CPython 3.11: every call of a Qt method that returns nothing (e.g.
`QWidget.setEnabled`), and every invalid QVariant read back as None, hands out `None` without a
new reference. Measured here: 1,000 `setEnabled(True)` calls lower `sys.getrefcount(None)` by
1,000, and after a few thousand calls CPython aborts with "Fatal Python error: none_dealloc". From
CPython 3.12 None is immortal and the missing reference is harmless; on 3.11 we give None the
same effectively-immortal reference count before any Qt code runs.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 references: at a million Qt calls per second, 12 days of continuous use before any risk.
_IMMORTAL_MARGIN = 1 << 40


def protect_none_refcount() -> bool:
    """Make None effectively immortal on CPython < 3.12 (no-op otherwise); True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _IMMORTAL_MARGIN:
        refcount.value += _IMMORTAL_MARGIN
    return True
