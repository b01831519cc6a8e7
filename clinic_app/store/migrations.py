"""Schema versions as named sqlite-utils migrations, and the upgrade procedure.

Rules: a migration, once released, is never edited (add a new one); each is transactional;
`PRAGMA user_version` = number of migrations applied; the file is backed up (online backup API)
before any pending migration runs; a file carrying a migration this program does not know, or a
higher user_version, is refused with `SchemaTooNew` and left untouched.

Decimals are stored as TEXT (exact; never REAL), dates as ISO "YYYY-MM-DD", times as ISO 8601
with offset. Tables are STRICT so a wrong type is refused by SQLite itself.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlite_utils import Database, Migrations

from clinic_app.store.errors import SchemaTooNew

log = logging.getLogger(__name__)

MIGRATION_SET = "clinic_store"
migrations = Migrations(MIGRATION_SET)

_ROLES = "'nurse','pharmacist','investigator','administrator'"
_APPEND_ONLY = """
CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t} BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;
CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t} BEGIN SELECT RAISE(ABORT, '{t} is append-only'); END;
"""

SCHEMA_0001 = f"""
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (length(username) BETWEEN 2 AND 40 AND username = lower(username)),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) >= 3),
    role TEXT NOT NULL CHECK (role IN ({_ROLES})),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    must_change INTEGER NOT NULL DEFAULT 0 CHECK (must_change IN (0, 1)),
    reset_expires_at TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    subject_code TEXT NOT NULL UNIQUE,
    initials TEXT NOT NULL,
    date_of_birth TEXT NOT NULL CHECK (date(date_of_birth) = date_of_birth),
    cohort TEXT NOT NULL,
    c1d1 TEXT CHECK (c1d1 IS NULL OR date(c1d1) = c1d1),
    planned_c1d1 TEXT CHECK (planned_c1d1 IS NULL OR date(planned_c1d1) = planned_c1d1),
    enrolled_on TEXT NOT NULL CHECK (date(enrolled_on) = enrolled_on),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE cohort_assignments (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    cohort TEXT NOT NULL,
    assigned_on TEXT NOT NULL CHECK (date(assigned_on) = assigned_on),
    assigned_by TEXT NOT NULL REFERENCES users(username),
    reason TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX cohort_assignments_patient ON cohort_assignments(patient_id);
CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    measured_on TEXT NOT NULL CHECK (date(measured_on) = measured_on),
    height_cm TEXT NOT NULL,
    weight_kg TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(username),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX measurements_patient ON measurements(patient_id);
CREATE TABLE labs (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    drawn_on TEXT NOT NULL CHECK (date(drawn_on) = drawn_on),
    anc_10e9_per_l TEXT NOT NULL,
    platelets_10e9_per_l TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users(username),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX labs_patient ON labs(patient_id);
CREATE TABLE dose_records (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    drug TEXT NOT NULL,
    cycle INTEGER NOT NULL CHECK (cycle >= 1),
    day INTEGER NOT NULL CHECK (day >= 1),
    snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)),
    snapshot_sha256 TEXT NOT NULL CHECK (length(snapshot_sha256) = 64),
    protocol_version TEXT NOT NULL,
    protocol_sha256 TEXT NOT NULL CHECK (length(protocol_sha256) = 64),
    status TEXT NOT NULL CHECK (status IN ('calculated', 'prepared', 'verified')),
    calculated_by TEXT NOT NULL REFERENCES users(username),
    calculated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX dose_records_patient ON dose_records(patient_id);
CREATE TABLE preparations (
    id INTEGER PRIMARY KEY,
    dose_record_id INTEGER NOT NULL UNIQUE REFERENCES dose_records(id),
    prepared_by TEXT NOT NULL REFERENCES users(username),
    prepared_at TEXT NOT NULL,
    details_json TEXT NOT NULL CHECK (json_valid(details_json)),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE verifications (
    id INTEGER PRIMARY KEY,
    dose_record_id INTEGER NOT NULL UNIQUE REFERENCES dose_records(id),
    verified_by TEXT NOT NULL REFERENCES users(username),
    verified_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE administrations (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    dose_record_id INTEGER REFERENCES dose_records(id),
    drug TEXT NOT NULL,
    cycle INTEGER NOT NULL CHECK (cycle >= 1),
    day INTEGER NOT NULL CHECK (day >= 1),
    status TEXT NOT NULL CHECK (status IN ('given', 'held', 'omitted')),
    given_on TEXT NOT NULL CHECK (date(given_on) = given_on),
    dose_mg TEXT,
    dose_mcg INTEGER CHECK (dose_mcg IS NULL OR dose_mcg > 0),
    started_at TEXT,
    ended_at TEXT,
    tolerance TEXT CHECK (tolerance IS NULL OR tolerance IN
        ('well_tolerated', 'mild_reaction', 'severe_hypersensitivity')),
    reason TEXT,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users(username),
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK ((status = 'given' AND reason IS NULL AND (dose_mg IS NOT NULL OR dose_mcg IS NOT NULL))
        OR (status IN ('held', 'omitted') AND reason IS NOT NULL AND dose_mg IS NULL AND dose_mcg IS NULL))
) STRICT;
CREATE INDEX administrations_patient ON administrations(patient_id);
-- One given dose per drug and protocol slot; a held slot may later be given (a delayed D1).
CREATE UNIQUE INDEX administrations_one_given ON administrations(patient_id, drug, cycle, day)
    WHERE status = 'given';
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER REFERENCES patients(id),
    kind TEXT NOT NULL,
    choice TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) >= 1),
    cycle INTEGER,
    day INTEGER,
    subject TEXT,
    decided_by TEXT NOT NULL REFERENCES users(username),
    decided_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX decisions_patient ON decisions(patient_id);
CREATE TABLE visit_completions (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit TEXT NOT NULL,
    done_on TEXT NOT NULL CHECK (date(done_on) = done_on),
    recorded_by TEXT NOT NULL REFERENCES users(username),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (patient_id, visit)
) STRICT;
CREATE TABLE signatures (
    id INTEGER PRIMARY KEY,
    meaning TEXT NOT NULL CHECK (meaning IN ('Prepared', 'Verified', 'Administered', 'Approved')),
    user_id INTEGER NOT NULL REFERENCES users(id),
    printed_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ({_ROLES})),
    signed_at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    entity_row_version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64)
) STRICT;
CREATE INDEX signatures_entity ON signatures(entity, entity_id);
CREATE TABLE site_settings (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    old_json TEXT,
    new_json TEXT,
    reason TEXT NOT NULL,
    mac TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
{_APPEND_ONLY.format(t="audit_log")}
{_APPEND_ONLY.format(t="signatures")}
"""

# Added after the first release: the point-of-care identity (name, hospital number) kept apart
# from the pseudonymous patient row, and the site calendar of closed days.
SCHEMA_0002 = """
CREATE TABLE point_of_care (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL UNIQUE REFERENCES patients(id),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) >= 2),
    hospital_number TEXT NOT NULL UNIQUE CHECK (length(trim(hospital_number)) >= 1),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE closed_days (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL UNIQUE CHECK (date(day) = day),
    reason TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
"""


# Signed acts, voids and toxicities (the clinical-rules and record-integrity issues):
# - users.credentials_version moves on every password change or reset: a signature or session
#   proven under an older version is refused (a reset ends open sessions);
# - administrations.late_entry_reason: an administration recorded after its window closed, on its
#   real date, says why it was entered late;
# - voids: a record withdrawn with a reason (a dose record replaced by a new calculation or made
#   stale by a change of weight, level, cohort or protocol; a half-signed record of an older
#   version); append-only;
# - toxicities: CTCAE v5 term + grade + onset, recorded by nurses and investigators;
# - signatures gain the meanings Held (a dose not given, with its reason) and Authorised (an
#   administrator's account change); SQLite cannot alter a CHECK, so the table is rebuilt (same
#   ids, same rows; DROP TABLE fires no DELETE trigger).
_SIGNATURE_MEANINGS = "'Prepared', 'Verified', 'Administered', 'Approved', 'Held', 'Authorised'"
SCHEMA_0003 = f"""
ALTER TABLE users ADD COLUMN credentials_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE administrations ADD COLUMN late_entry_reason TEXT NOT NULL DEFAULT '';
CREATE TABLE voids (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    voided_at TEXT NOT NULL,
    voided_by TEXT NOT NULL REFERENCES users(username),
    reason TEXT NOT NULL CHECK (length(trim(reason)) >= 3),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (entity, entity_id)
) STRICT;
CREATE TABLE toxicities (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    term TEXT NOT NULL CHECK (length(term) BETWEEN 2 AND 80),
    term_text TEXT NOT NULL DEFAULT '',
    grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 5),
    onset TEXT NOT NULL CHECK (date(onset) = onset),
    drug TEXT,
    administration_id INTEGER REFERENCES administrations(id),
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users(username),
    recorded_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX toxicities_patient ON toxicities(patient_id);
CREATE TABLE signatures_0003 (
    id INTEGER PRIMARY KEY,
    meaning TEXT NOT NULL CHECK (meaning IN ({_SIGNATURE_MEANINGS})),
    user_id INTEGER NOT NULL REFERENCES users(id),
    printed_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ({_ROLES})),
    signed_at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    entity_row_version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64)
) STRICT;
INSERT INTO signatures_0003 SELECT id, meaning, user_id, printed_name, role, signed_at, entity, entity_id,
    entity_row_version, content_sha256 FROM signatures;
DROP TABLE signatures;
ALTER TABLE signatures_0003 RENAME TO signatures;
CREATE INDEX signatures_entity ON signatures(entity, entity_id);
{_APPEND_ONLY.format(t="signatures")}
{_APPEND_ONLY.format(t="voids")}
"""


# Record integrity (issue 11):
# - password_resets: an administrator's request (the hash of the half of the one-time code they
#   were shown) confirmed by an investigator (who is shown the other half); `applied_version` is
#   the account's credentials_version the confirmed reset produced, so the half-code is honoured
#   only until the person sets a password of their own;
# - imports, provenance and imported_signatures: rows loaded from an exchange document are written
#   by (and credited to) the importing user; who did each act at the source, and the source's
#   signatures, are kept here as data (an imported decision is in force through its imported
#   "Approved"); all three append-only.
# No existing row is widened. The site's random `site_id` setting (restore accepts only backups of
# the same site) is added to existing databases by the store's audited migration hook.
_MEANINGS_0004 = _SIGNATURE_MEANINGS
SCHEMA_0004 = f"""
CREATE TABLE password_resets (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    requested_by TEXT NOT NULL REFERENCES users(username),
    requested_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    first_half_hash TEXT NOT NULL CHECK (first_half_hash LIKE '$argon2id$%'),
    confirmed_by TEXT REFERENCES users(username),
    confirmed_at TEXT,
    applied_version INTEGER,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX password_resets_user ON password_resets(user_id);
CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL REFERENCES users(username),
    source_site TEXT NOT NULL,
    document_sha256 TEXT NOT NULL CHECK (length(document_sha256) = 64),
    staff_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(staff_json)),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE TABLE provenance (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    source_actor TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (entity, entity_id)
) STRICT;
CREATE TABLE imported_signatures (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL REFERENCES imports(id),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    meaning TEXT NOT NULL CHECK (meaning IN ({_MEANINGS_0004})),
    signer TEXT NOT NULL,
    printed_name TEXT,
    role TEXT NOT NULL CHECK (role IN ({_ROLES})),
    signed_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX imported_signatures_entity ON imported_signatures(entity, entity_id);
{_APPEND_ONLY.format(t="imports")}
{_APPEND_ONLY.format(t="provenance")}
{_APPEND_ONLY.format(t="imported_signatures")}
"""


def _run_script(db: Database, script: str) -> None:
    """Run a schema script statement by statement INSIDE the open transaction.

    sqlite3's executescript() commits any open transaction first, which would let a crash leave a
    half-migrated file; complete_statement() splits the script without breaking trigger bodies.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete statement in migration script: {statement[:60]!r}")


# A premedication belongs to one attempt at its infusion: when the infusion is held after the
# premedication was given (labs came back low), the next attempt needs it again, on its own day.
# So a premedication may be given more than once for a slot, never twice on one day; every other
# dose stays once per slot. `kind` says which (set by the facade from the protocol).
SCHEMA_0005 = """
ALTER TABLE administrations ADD COLUMN kind TEXT NOT NULL DEFAULT 'dose' CHECK (kind IN ('dose', 'premedication'));
DROP INDEX administrations_one_given;
CREATE UNIQUE INDEX administrations_one_given ON administrations(patient_id, drug, cycle, day)
    WHERE status = 'given' AND kind = 'dose';
CREATE UNIQUE INDEX administrations_premedication_once_a_day ON administrations(patient_id, drug, cycle, day, given_on)
    WHERE status = 'given' AND kind = 'premedication';
"""


# State derived from the records, kept for speed and held to them, never audited row by row (the
# audit trail is for what people recorded): each row carries an HMAC under the audit key and
# `verify` recomputes it.
# - chain_checkpoint: the audit rows up to `seq` were found to chain at an open (a later open
#   checks only the rows after it) and when the last full check ran and what it found;
# - due_state: each patient's due items as the dose gate answered on `planned_on`, the days it
#   holds, and a change counter readers follow (clinic_app/facade/due_state.py).
SCHEMA_0006 = """
CREATE TABLE chain_checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    mac TEXT NOT NULL,
    full_at TEXT,
    full_fault TEXT,
    tag TEXT NOT NULL
) STRICT;
CREATE TABLE due_state (
    patient_id INTEGER PRIMARY KEY REFERENCES patients(id),
    planned_on TEXT NOT NULL CHECK (date(planned_on) = planned_on),
    computed_at TEXT NOT NULL,
    holds_until TEXT NOT NULL CHECK (date(holds_until) = holds_until),
    expires_at TEXT,
    protocol_sha256 TEXT NOT NULL,
    lines_json TEXT NOT NULL CHECK (json_valid(lines_json)),
    items_json TEXT NOT NULL,
    items_sha256 TEXT NOT NULL,
    change INTEGER NOT NULL,
    mac TEXT NOT NULL
) STRICT;
CREATE INDEX due_state_change ON due_state(change);
"""
# Tables of derived state (above): left out of the row-to-trail check, restore floors and the
# "records without a trail" test.
DERIVED_TABLES = frozenset({"chain_checkpoint", "due_state"})


# The language a patient reads (the take-home calendar is printed in it, LANG-1): a row of its own
# beside the patient, as the point-of-care identity, so no existing row is widened; a patient
# without one reads the site's language.
SCHEMA_0007 = """
CREATE TABLE patient_languages (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL UNIQUE REFERENCES patients(id),
    language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;
"""


@migrations(name="0001_initial")
def _m0001(db: Database) -> None:
    _run_script(db, SCHEMA_0001)
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_point_of_care_and_closed_days")
def _m0002(db: Database) -> None:
    _run_script(db, SCHEMA_0002)
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_signed_acts_voids_toxicities")
def _m0003(db: Database) -> None:
    _run_script(db, SCHEMA_0003)
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_resets_imports_provenance")
def _m0004(db: Database) -> None:
    _run_script(db, SCHEMA_0004)
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_premedication_per_attempt")
def _m0005(db: Database) -> None:
    _run_script(db, SCHEMA_0005)
    db.execute("PRAGMA user_version = 5")


@migrations(name="0006_derived_state")
def _m0006(db: Database) -> None:
    _run_script(db, SCHEMA_0006)
    db.execute("PRAGMA user_version = 6")


@migrations(name="0007_patient_language")
def _m0007(db: Database) -> None:
    _run_script(db, SCHEMA_0007)
    db.execute("PRAGMA user_version = 7")


# Every registered migration is pending on an empty database: the names this program knows, in order.
KNOWN = [m.name for m in migrations.pending(Database(memory=True))]
SCHEMA_VERSION = len(KNOWN)


def applied_names(db: Database) -> list[str]:
    """Names of the migrations recorded in the file, oldest first."""
    return [m.name for m in migrations.applied(db)]


def pending_names(db: Database) -> list[str]:
    """Names of the migrations this program would apply to the file."""
    return [m.name for m in migrations.pending(db)]


def check_not_newer(db: Database) -> None:
    """Raise SchemaTooNew when the file was written by a program with a later schema."""
    unknown = [n for n in applied_names(db) if n not in KNOWN]
    file_version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if unknown or file_version > SCHEMA_VERSION:
        raise SchemaTooNew(
            "schema_too_new",
            {"known_version": SCHEMA_VERSION, "file_version": file_version, "unknown_migrations": unknown},
        )


def backup_file(db: Database, dest: Path) -> None:
    """Copy the open database to `dest` with SQLite's online backup API (consistent snapshot)."""
    target = sqlite3.connect(str(dest))
    try:
        db.conn.backup(target)
    finally:
        target.close()


def upgrade(
    db: Database, db_path: Path | None, *, stop_before: str | None = None,
    on_applied: Callable[[list[str], list[str]], None] | None = None,
) -> list[str]:
    """Apply pending migrations (all, or those before `stop_before`); returns the names applied.

    `on_applied(before, done)` runs inside the same transaction after the migrations (the store
    writes its audit row there, so a migration and its record commit together).

    Refuses a newer file (SchemaTooNew). An existing file is first copied (online backup) to
    `<db>.pre-<first pending>-<UTC stamp>.bak`. All pending migrations run inside one
    `BEGIN IMMEDIATE` transaction (each in its own savepoint), so a failure leaves the file at
    its old version and a concurrent opener waits rather than migrating twice.
    """
    check_not_newer(db)
    pending = [m.name for m in migrations.pending(db)]
    if stop_before in pending:
        pending = pending[: pending.index(stop_before)]
    if not pending:
        return []
    if db_path is not None and applied_names(db):
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        dest = db_path.with_name(f"{db_path.name}.pre-{pending[0]}-{stamp}.bak")
        backup_file(db, dest)
        log.info("backed up %s to %s before migrating", db_path, dest)
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        check_not_newer(db)
        before = set(applied_names(db))
        migrations.apply(db, stop_before=stop_before)
        done = [n for n in applied_names(db) if n not in before]
        if on_applied is not None and done:
            on_applied([n for n in applied_names(db) if n in before], done)
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
    log.info("applied migrations %s", done)
    return done


# Tables whose rows a migration changed in place (a column added): their new content is recorded
# in the audit trail by the store, so that `verify` can hold every row to its last audited content.
ROWS_CHANGED_BY = {"0003_signed_acts_voids_toxicities": ("users", "administrations"),
                   "0005_premedication_per_attempt": ("administrations",)}


def rebind_migrated_rows(db: Database, writer: Any, done: list[str]) -> None:
    """Record, in the migration's own transaction, the content of every row a migration changed
    (action "migrate_row", the whole row as `new`, as an insert records it)."""
    for name in done:
        for table in ROWS_CHANGED_BY.get(name, ()):
            cur = db.execute(f"SELECT * FROM {table} ORDER BY id")
            columns = [c[0] for c in cur.description]
            for values in cur.fetchall():
                row = dict(zip(columns, values))
                writer.event(action="migrate_row", entity=table, entity_id=str(row["id"]), old=None, new=row,
                             reason=f"schema {name}")
