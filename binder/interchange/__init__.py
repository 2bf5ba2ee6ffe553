"""Import and export of binder data: JSON (whole binder), CSV and .xlsx (one kind per file or
sheet), vCard (contacts); the incident log and routine runs are exported as tables.

Public API:
    import_file(vault, path, kind=None, progress=None, *, dry_run=False, skip_invalid=False) -> ImportResult
    export_file(vault, path, kind=None, delimiter=",") -> int   (records written)
Import validates completely before anything is written, then writes in one
transaction; a bad row is reported with file, line and field.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from binder.errors import StorageError, ValidationError
from binder.fsutil import atomic_write
from binder.i18n import N_
from binder.interchange import csv_format, json_format, log_export, vcard_format, xlsx_format
from binder.interchange.document import Batch
from binder.interchange.load import ImportResult, Progress, load
from binder.model import schema
from binder.store import incident_log, metadata, records
from binder.vault.vault import Vault

MAX_IMPORT_BYTES = 512 * 1024 * 1024
FORMATS = (".json", ".csv", ".xlsx", ".vcf", ".vcard")
TABLES = ("log", "runs")       # exported as tables, never imported

__all__ = ["FORMATS", "ImportResult", "export_file", "import_file", "read_batch"]


def kind_named(name: str) -> schema.Kind | None:
    """The kind a file or sheet name means: `contacts`, `contact`, `Kontakter`, `Contacts`…"""
    return xlsx_format.kind_named(name)


def _kind_for(path: Path, kind: str | None) -> schema.Kind:
    found = records.kind_of(kind) if kind else kind_named(path.stem)
    if found is None:
        raise ValidationError(N_("cannot tell which kind of record this CSV holds; name the file after "
                                 "the kind (e.g. contacts.csv) or give --kind"), where=path.name)
    return found


def _check_file(path: Path) -> None:
    """A regular file under the size cap (never a FIFO or device)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise StorageError("Cannot read {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(N_("is not a regular file"), where=str(path))
    if info.st_size > MAX_IMPORT_BYTES:
        raise ValidationError(N_("is larger than {limit} MB"), where=path.name, limit=MAX_IMPORT_BYTES // 2**20)


def read_file(path: Path) -> bytes:
    """Read a regular file under the size cap (never a FIFO or device)."""
    _check_file(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise StorageError("Could not read {path} ({reason}); was the USB stick removed? Nothing was changed.",
                           path=str(path), reason=exc.strerror or str(exc)) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise ValidationError(N_("is larger than {limit} MB"), where=path.name, limit=MAX_IMPORT_BYTES // 2**20)
    return data


def read_batch(path: Path, kind: str | None = None) -> Batch:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(N_("unsupported file type '{suffix}'; use .json, .csv, .xlsx or .vcf"),
                              where=path.name, suffix=suffix)
    raw = read_file(path)
    if suffix == ".json":
        return json_format.parse(path, raw)
    if suffix == ".csv":
        return csv_format.parse(path.name, raw, _kind_for(path, kind))
    if suffix == ".xlsx":
        return xlsx_format.parse(path.name, raw, records.kind_of(kind) if kind else kind_named(path.stem))
    return vcard_format.parse(path.name, raw)


def import_file(vault: Vault, path: Path, kind: str | None = None, progress: Progress | None = None,
                backup: bool = True, *, dry_run: bool = False, skip_invalid: bool = False) -> ImportResult:
    """Read, validate completely, back up the vault, then write in one transaction.

    `dry_run` validates and classifies (new / changed / unchanged / possible duplicate) and writes
    nothing; `skip_invalid` leaves out bad rows (listed in `result.skipped`) instead of refusing all.
    A refused import leaves no backup behind (nothing changed).
    """
    path = Path(path)
    if path.suffix.lower() != ".json":
        return _load_backed_up(vault, read_batch(path, kind), progress, backup and not dry_run,
                               dry_run=dry_run, skip_invalid=skip_invalid)
    _check_file(path)
    try:
        handle = open(path, "rb")    # noqa: SIM115 (a read error here is told apart from one while loading)
    except OSError as exc:
        raise StorageError("Could not read {path} ({reason}); was the USB stick removed? Nothing was changed.",
                           path=str(path), reason=exc.strerror or str(exc)) from exc
    with handle:        # the JSON reader streams: records are read as they are written
        return _load_backed_up(vault, json_format.stream(handle, path.name), progress, backup and not dry_run,
                               dry_run=dry_run, skip_invalid=skip_invalid)


def _load_backed_up(vault: Vault, batch: Batch, progress: Progress | None, backup: bool,
                    **options: bool) -> ImportResult:
    made = vault.backup("before-import") if backup else None
    try:
        return load(vault, batch, progress or (lambda *_: None), **options)
    except BaseException:
        if made is not None:
            vault.discard_backup(made)      # refused: nothing changed, so no backup (issue 11 §5)
        raise


def _record_rows(vault: Vault, kind: str) -> list[dict]:
    out = []
    for rec in records.list_records(vault, kind, effective=False):
        out.append({"id": rec.id, **rec.data})
    return out


def _table(vault: Vault, name: str) -> tuple[list[str], list[list[str]]]:
    return log_export.log_table(vault) if name == "log" else log_export.runs_table(vault)


def _table_name(path: Path, kind: str | None) -> str | None:
    name = (kind or path.stem).casefold()
    return {"log": "log", "logg": "log", "runs": "runs", "run": "runs", "körningar": "runs"}.get(name)


def export_file(vault: Vault, path: Path, kind: str | None = None, delimiter: str = ",") -> int:
    """Write the binder (JSON, .xlsx), one kind (CSV, .xlsx), the contacts (vCard) or the log/runs
    (CSV, .xlsx). Returns the number of records (or table rows) written."""
    path = Path(path)
    suffix = path.suffix.lower()
    table = _table_name(path, kind) if suffix in (".csv", ".xlsx") else None
    if suffix == ".json":
        rows = {k: _record_rows(vault, k) for k in schema.KINDS}
        log = [{key: value for key, value in e.to_json().items()
                if key in ("id", "occurred_at", "recorded_at", "kind", "priority", "text", "author", "role",
                           "decided_by", "basis", "affected") and value not in ("", None)}
               for e in incident_log.entries(vault)]
        doc = json_format.build(metadata.get(vault), rows, log)
        atomic_write(path, json_format.dumps(doc))
        return sum(len(v) for v in rows.values()) + len(log)
    if table is not None:
        header, table_rows = _table(vault, table)
        data = (csv_format.write_rows(header, table_rows, delimiter) if suffix == ".csv"
                else xlsx_format.dumps([(table, header, table_rows)]))
        atomic_write(path, data)
        return len(table_rows)
    if suffix == ".csv":
        k = _kind_for(path, kind)
        rows_k = _record_rows(vault, k.name)
        atomic_write(path, csv_format.dumps(k, rows_k, delimiter))
        return len(rows_k)
    if suffix == ".xlsx":
        named = kind_named(path.stem)
        chosen = [records.kind_of(kind)] if kind else [named] if named else list(schema.KINDS.values())
        sheets, count = [], 0
        for k in chosen:
            rows_k = _record_rows(vault, k.name)
            sheets.append(xlsx_format.kind_sheet(k, rows_k))
            count += len(rows_k)
        if not kind and len(chosen) > 1:
            for name in TABLES:
                sheets.append((name, *_table(vault, name)))
        atomic_write(path, xlsx_format.dumps(sheets))
        return count
    if suffix in (".vcf", ".vcard"):
        contacts = _record_rows(vault, "contact")
        atomic_write(path, vcard_format.dumps(contacts))
        return len(contacts)
    raise ValidationError(N_("unsupported file type '{suffix}'; use .json, .csv, .xlsx or .vcf"), where=path.name,
                          suffix=suffix)
