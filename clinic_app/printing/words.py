"""The words on paper in the document's language (LANG-1, LANG-2).

A document is written in one language: its render function sets it (`writing_in`) for the numbers
and dates (domain.formatting) and for the sentences here. The sentences are the `.ts` catalogue's,
the same file the window's translations are compiled from, read without Qt (wording.catalogue).
`translate` keeps QCoreApplication.translate's name and signature so pyside6-lupdate collects each
sentence under its document's context.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Protocol

from clinic_app.domain.language import writing_in
from clinic_app.wording.catalogue import translate, words

from .context import PrintContext

__all__ = ["in_document_language", "translate", "words"]


class _Document(Protocol):
    @property
    def ctx(self) -> PrintContext: ...


def in_document_language[D: _Document, R](render: Callable[[D], R]) -> Callable[[D], R]:
    """A render function (PDF bytes, or one part of a PDF) that writes the whole document in its
    context's language (LANG-1)."""
    @wraps(render)
    def written(inp: D) -> R:
        with writing_in(inp.ctx.language):
            return render(inp)
    return written
