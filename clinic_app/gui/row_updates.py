"""Replace a table model's rows in place: remove, move, insert and change rows with their own
signals, never a model reset, so the user's selection, current row and scroll position survive a
refresh (Today and the patient view follow other windows' changes every second or two).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex

Key = Callable[[Any], Hashable]


def replace_rows(model: QAbstractItemModel, rows: list[Any], new: Sequence[Any], key: Key) -> None:
    """Make `rows` (the list `model` shows, mutated here) equal `new`, in `new`'s order.

    Rows are matched by `key`; when keys are not unique the model is reset instead.
    """
    new_keys = [key(row) for row in new]
    old_keys = [key(row) for row in rows]
    if len(set(new_keys)) != len(new_keys) or len(set(old_keys)) != len(old_keys):
        model.beginResetModel()
        rows[:] = list(new)
        model.endResetModel()
        return
    _remove_gone(model, rows, old_keys, set(new_keys))
    _reorder(model, rows, old_keys, {k: n for n, k in enumerate(new_keys)})
    _insert_new(model, rows, old_keys, new_keys, new)
    _refresh_changed(model, rows, new)


def _remove_gone(model: QAbstractItemModel, rows: list[Any], keys: list[Hashable], keep: set[Hashable]) -> None:
    end = len(rows) - 1
    while end >= 0:
        if keys[end] in keep:
            end -= 1
            continue
        start = end
        while start > 0 and keys[start - 1] not in keep:
            start -= 1
        model.beginRemoveRows(QModelIndex(), start, end)
        del rows[start:end + 1]
        del keys[start:end + 1]
        model.endRemoveRows()
        end = start - 1


def _reorder(model: QAbstractItemModel, rows: list[Any], keys: list[Hashable], order: dict[Hashable, int]) -> None:
    wanted = sorted(range(len(keys)), key=lambda n: order[keys[n]])
    if wanted == list(range(len(keys))):
        return
    model.layoutAboutToBeChanged.emit()
    moved_to = {old: new for new, old in enumerate(wanted)}
    persistent = model.persistentIndexList()
    rows[:] = [rows[n] for n in wanted]
    keys[:] = [keys[n] for n in wanted]
    model.changePersistentIndexList(
        persistent, [model.index(moved_to[index.row()], index.column()) for index in persistent])
    model.layoutChanged.emit()


def _insert_new(model: QAbstractItemModel, rows: list[Any], keys: list[Hashable], new_keys: list[Hashable],
                new: Sequence[Any]) -> None:
    """`keys` is now a subsequence of `new_keys` in the same order: insert the missing runs."""
    position = 0
    while position < len(new_keys):
        if position < len(keys) and keys[position] == new_keys[position]:
            position += 1
            continue
        end = position
        kept_next = position < len(keys)  # the run ends at the next kept row, or at the end
        while end < len(new_keys) and not (kept_next and new_keys[end] == keys[position]):
            end += 1
        model.beginInsertRows(QModelIndex(), position, end - 1)
        rows[position:position] = list(new[position:end])
        keys[position:position] = new_keys[position:end]
        model.endInsertRows()
        position = end


def _refresh_changed(model: QAbstractItemModel, rows: list[Any], new: Sequence[Any]) -> None:
    last_column = max(model.columnCount() - 1, 0)
    start: int | None = None
    for n in range(len(new) + 1):
        changed = n < len(new) and rows[n] != new[n]
        if changed:
            rows[n] = new[n]
            start = n if start is None else start
        elif start is not None:
            model.dataChanged.emit(model.index(start, 0), model.index(n - 1, last_column))
            start = None
