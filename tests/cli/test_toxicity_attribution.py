"""An adverse event's drug is chosen by the person on the command line as in the window, never
taken as "not attributed" from a missing option (TOX-1: chosen, never pre-selected). Found by the
independent review: `toxicity --term anaphylaxis --grade 4` without `--drug` was recorded as not
attributed, so PACLitaxel went on as if nothing had happened (TOX-5 never saw it).

IMP-001 (`ready_cli`): C1D1 on Mon 05-Jan-2026, nothing given yet.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

from .conftest import Cli

TOXICITY = ["toxicity", "--patient", "IMP-001", "--term", "anaphylaxis", "--grade", "4", "--onset", "2026-01-05"]


def _events(cli: Cli) -> list[tuple[str, int, str | None]]:
    """The toxicity rows written (term, grade, drug), read straight from the file."""
    with closing(sqlite3.connect(f"file:{cli.db}?mode=ro", uri=True)) as db:
        return [(str(r[0]), int(r[1]), r[2]) for r in db.execute("SELECT term, grade, drug FROM toxicities")]


def test_a_toxicity_without_its_drug_is_refused_and_writes_nothing(ready_cli: Cli) -> None:
    """TOX-1: no `--drug`: exit 2, the message names --drug, nothing recorded."""
    answer = ready_cli.run("nurse.nora", *TOXICITY)
    assert answer.code == 2, answer
    assert "--drug" in answer.err, answer.err
    assert _events(ready_cli) == []


def test_none_says_not_attributed_and_a_drug_discontinues(ready_cli: Cli) -> None:
    """TOX-1: `--drug none` records an event attributed to no drug (PACLitaxel can still be
    calculated); TOX-5: `--drug paclitaxel` at grade 4 discontinues it (calculate refused)."""
    assert ready_cli.run("nurse.nora", *TOXICITY, "--drug", "none").code == 0
    assert _events(ready_cli) == [("anaphylaxis", 4, None)]
    slot = ["check", "--patient", "IMP-001", "--drug", "paclitaxel", "--cycle", "1", "--day", "1",
            "--action", "calculate"]
    assert ready_cli.run("pharm.paul", *slot).code == 0
    assert ready_cli.run("nurse.nora", *TOXICITY, "--drug", "paclitaxel").code == 0
    refused = ready_cli.run("pharm.paul", *slot)
    assert refused.code == 1
    assert "drug_discontinued" in str(refused.out), refused.out
