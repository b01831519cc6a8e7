"""The Today list is kept off the UI thread, by a facade of its own on a thread of its own.

The worker follows the facade's due list (`due_update`: the rows of the patients whose list moved
since its last look, one query when nothing did), keeps every patient's rows, and works out what the
table shows (sorted, filtered: today_listing.py); the UI thread only applies the result. Only the
newest request's answer is shown. The worker's facade shares the window's (a connection of its own,
because a SQLite connection belongs to its thread) and is kept between requests.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from clinic_app.domain.language import current_language, writing_in

from .messages import translate
from .today_listing import View, Words, listing

log = logging.getLogger(__name__)


class _Worker(QObject):
    done = Signal(int, object)  # generation, Listing
    failed = Signal(int, object)  # generation, exception

    def __init__(self, open_clinic: Callable[[], Any], latest: Callable[[], int]) -> None:
        super().__init__()
        self._open_clinic = open_clinic
        self._latest = latest
        self._clinic: Any = None
        self._mark: Any = None  # the facade's mark of the last update read
        self._rows: dict[str, list[Any]] = {}  # every patient's rows, by subject code
        self._words: Words | None = None
        self._language: Any = None  # the language the kept rows were worded in
        self._texts: dict[int, tuple[Any, tuple[str, ...]]] = {}  # id(row) -> (row, its cells' words)

    @Slot(int, object, object, str)
    def load(self, generation: int, session: Any, view: View, language: Any) -> None:
        if generation != self._latest():
            return  # a newer request is queued behind this one
        try:
            if self._clinic is None:
                self._clinic = self._open_clinic()
            if language != self._language:  # rows hold words: read them again in the new language
                self._language, self._mark, self._rows, self._texts = language, None, {}, {}
            with writing_in(language):  # the window's language, on this thread too (LANG-1)
                update = self._clinic.due_update(session, view.today, self._mark)
                if update.complete:
                    self._rows = update.rows
                else:
                    self._rows.update(update.rows)
                self._mark = update.mark
                rows = [row for code in sorted(self._rows) for row in self._rows[code]]
                if self._words is None:
                    self._words = Words(self._clinic.protocol, translate)  # QCoreApplication.translate: thread-safe
                shown = listing(self._words, rows, view, self._texts_of, language)
                if len(self._texts) > 2 * len(rows) + 100:  # words of rows no longer kept
                    live = {id(row) for row in rows}
                    self._texts = {k: v for k, v in self._texts.items() if k in live}
        except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            log.exception("due list failed")
            self._mark = None  # start afresh next time
            self.failed.emit(generation, exc)
            return
        self.done.emit(generation, shown)

    def _texts_of(self, row: Any) -> tuple[str, ...]:
        """The words of a row's cells, worked out once for each row the facade keeps (an unchanged
        patient's rows are the same objects from one update to the next)."""
        kept = self._texts.get(id(row))
        if kept is not None and kept[0] is row:
            return kept[1]
        assert self._words is not None
        texts = self._words.texts(row)
        self._texts[id(row)] = (row, texts)
        return texts

    def close(self) -> None:
        if self._clinic is not None:
            self._clinic.close()
            self._clinic = None


class DueListLoader(QObject):
    """`request(session, view)` returns at once; `loaded(listing)` arrives for the newest request."""

    loaded = Signal(object)
    failed = Signal(object)
    _requested = Signal(int, object, object, str)

    def __init__(self, open_clinic: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._generation = 0
        self._thread = QThread()
        self._thread.setObjectName("due-list")
        self._worker = _Worker(open_clinic, self._latest)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.load)
        # Closed on the worker's own thread, where its connection was opened.
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def _latest(self) -> int:
        with self._lock:
            return self._generation

    @property
    def busy(self) -> bool:
        return self._pending is not None

    _pending: int | None = None

    def request(self, session: Any, view: View) -> None:
        with self._lock:
            self._generation += 1
            generation = self._generation
        self._pending = generation
        self._requested.emit(generation, session, view, current_language())

    def _on_done(self, generation: int, shown: Any) -> None:
        if generation == self._latest():
            self._pending = None
            self.loaded.emit(shown)

    def _on_failed(self, generation: int, exc: Any) -> None:
        if generation == self._latest():
            self._pending = None
            self.failed.emit(exc)

    def shutdown(self) -> None:
        """Stop the thread (after the request in progress) and close its facade."""
        self._thread.quit()
        self._thread.wait()
