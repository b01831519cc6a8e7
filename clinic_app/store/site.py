"""Site settings (site name and other key/values) and the site calendar of closed days."""

from __future__ import annotations

import secrets
from datetime import date

from sqlite_utils import Database

from clinic_app.store.connection import fetch_all, fetch_one
from clinic_app.store.errors import NotFound, StoreInputError
from clinic_app.store.models import ClosedDay
from clinic_app.store.rows import require_type
from clinic_app.store.writer import StoreContext, Writer, writing

SITE_NAME = "site_name"
SITE_ID = "site_id"  # random, made with the first account (or by migration 0004): backups must match it
SERIAL = "print_serial"


def ensure_site_id(db: Database, w: Writer) -> None:
    """Give the site its random identity (in `w`'s transaction) unless it has one."""
    if db.execute("SELECT 1 FROM site_settings WHERE key = ?", [SITE_ID]).fetchone() is None:
        w.insert("site_settings", {"key": SITE_ID, "value": secrets.token_hex(16)}, action="create_site_id")


class Site:
    """Key/value settings and closed days; every change audited."""

    def __init__(self, ctx: StoreContext) -> None:
        self._ctx = ctx

    def setting(self, key: str) -> tuple[str, int] | None:
        """(value, row_version) of a setting, or None when unset."""
        row = fetch_one(self._ctx.db, "SELECT value, row_version FROM site_settings WHERE key = ?", [key])
        return None if row is None else (str(row["value"]), int(row["row_version"]))

    def settings(self) -> dict[str, str]:
        """Every setting as key -> value."""
        return {r["key"]: r["value"] for r in fetch_all(self._ctx.db, "SELECT key, value FROM site_settings")}

    def set_setting(self, key: str, value: str, expected_version: int | None, *, actor: str) -> int:
        """Create (expected_version None) or change a setting; returns its new row_version.

        Raises ConcurrencyConflict (stale version), DuplicateRecord (created twice), StoreInputError.
        """
        require_type(key, str, "key")
        require_type(value, str, "value")
        if not key.strip():
            raise StoreInputError("empty_key", {"field": "key"})
        with writing(self._ctx, actor) as w:
            if expected_version is None:
                w.insert("site_settings", {"key": key, "value": value}, action="create_setting")
                return 1
            row = self._ctx.db.execute("SELECT id FROM site_settings WHERE key = ?", [key]).fetchone()
            if row is None:
                raise NotFound("not_found", {"entity": "site_settings", "key": key})
            return w.update("site_settings", int(row[0]), expected_version, {"value": value},
                            action="change_setting")

    def site_id(self) -> str:
        """The site's random identity ("" before the first account)."""
        found = self.setting(SITE_ID)
        return "" if found is None else found[0]

    def next_serial(self, *, actor: str, count: int = 1) -> int:
        """The next printed-sheet serial (the first of `count` consecutive ones: a batch), counted in
        ONE write transaction (concurrent prints each get their own numbers, never a version conflict)."""
        if not isinstance(count, int) or count < 1:
            raise StoreInputError("invalid_value", {"entity": "site_settings", "field": "count", "detail": str(count)})
        with writing(self._ctx, actor) as w:
            row = w.row_where("site_settings", key=SERIAL)
            if row is None:
                w.insert("site_settings", {"key": SERIAL, "value": str(count)}, action="create_setting")
                return 1
            first = int(row["value"]) + 1
            w.update("site_settings", int(row["id"]), int(row["row_version"]), {"value": str(first + count - 1)},
                     action="change_setting")
            return first

    def site_name(self) -> str:
        """The site's name ("" until set)."""
        found = self.setting(SITE_NAME)
        return "" if found is None else found[0]

    def closed_days(self, start: date | None = None, end: date | None = None) -> list[ClosedDay]:
        """Closed days between `start` and `end` inclusive (either may be open), by date."""
        rows = fetch_all(self._ctx.db, "SELECT * FROM closed_days WHERE day >= ? AND day <= ? ORDER BY day",
                         [(start or date.min).isoformat(), (end or date.max).isoformat()])
        return [ClosedDay(r["id"], r["row_version"], date.fromisoformat(r["day"]), r["reason"]) for r in rows]

    def add_closed_day(self, day: date, reason: str, *, actor: str) -> ClosedDay:
        """Mark a day closed (holiday, closure). Raises DuplicateRecord when already closed."""
        require_type(day, date, "day")
        require_type(reason, str, "reason")
        with writing(self._ctx, actor) as w:
            row_id = w.insert("closed_days", {"day": day.isoformat(), "reason": reason}, action="close_day")
        return ClosedDay(row_id, 1, day, reason)

    def remove_closed_day(self, closed: ClosedDay, *, actor: str, reason: str) -> None:
        """Re-open a closed day (the removal and its reason stay in the audit trail)."""
        require_type(closed, ClosedDay, "closed")
        with writing(self._ctx, actor) as w:
            w.delete("closed_days", closed.id, closed.row_version, action="reopen_day", reason=reason)
