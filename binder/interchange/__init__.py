"""Import and export of binder data: JSON (whole binder), CSV (one kind per file), vCard (contacts).

Public API:
    import_file(vault, path, kind=None, progress=None) -> ImportResult
    export_file(vault, path, kind=None) -> int   (records written)
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
from binder.interchange import csv_format, json_format, vcard_format
from binder.interchange.document import Batch
from binder.interchange.load import ImportResult, Progress, load
from binder.model import schema
from binder.store import incident_log, metadata, records
from binder.vault.vault import Vault

MAX_IMPORT_BYTES = 512 * 1024 * 1024
FORMATS = (".json", ".csv", ".vcf", ".vcard")

__all__ = ["ImportResult", "import_file", "export_file", "read_batch", "FORMATS"]


def _kind_for(path: Path, kind: str | None) -> schema.Kind:
    name = kind or path.stem.lower()
    try:
        return records.kind_of(name)
    except ValidationError:
        raise ValidationError(N_("cannot tell which kind of record this CSV holds; name the file after "
                                 "the kind (e.g. contacts.csv) or give --kind"), where=path.name) from None


def read_file(path: Path) -> bytes:
    """Read a regular file under the size cap (never a FIFO or device)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise StorageError("Cannot read {path}: {reason}.", path=str(path), reason=exc.strerror or str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError(N_("is not a regular file"), where=str(path))
    if info.st_size > MAX_IMPORT_BYTES:
        raise ValidationError(N_("is larger than {limit} MB"), where=path.name, limit=MAX_IMPORT_BYTES // 2**20)
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
        raise ValidationError(N_("unsupported file type '{suffix}'; use .json, .csv or .vcf"), where=path.name,
                              suffix=suffix)
    raw = read_file(path)
    if suffix == ".json":
        return json_format.parse(path, raw)
    if suffix == ".csv":
        return csv_format.parse(path.name, raw, _kind_for(path, kind))
    return vcard_format.parse(path.name, raw)


def import_file(vault: Vault, path: Path, kind: str | None = None, progress: Progress | None = None,
                backup: bool = True) -> ImportResult:
    """Read, validate completely, back up the vault, then write in one transaction."""
    batch = read_batch(Path(path), kind)
    made = vault.backup("before-import") if backup else None
    try:
        return load(vault, batch, progress or (lambda *_: None))
    except BaseException:
        if made is not None:
            vault.discard_backup(made)      # refused: nothing changed, so no backup (issue 11 §5)
        raise


def _record_rows(vault: Vault, kind: str) -> list[dict]:
    out = []
    for rec in records.list_records(vault, kind, effective=False):
        out.append({"id": rec.id, **rec.data})
    return out


def export_file(vault: Vault, path: Path, kind: str | None = None) -> int:
    """Write the binder (JSON), one kind (CSV) or the contacts (vCard). Returns the record count."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        rows = {k: _record_rows(vault, k) for k in schema.KINDS}
        log = [{key: value for key, value in e.to_json().items()
                if key in ("id", "occurred_at", "recorded_at", "kind", "priority", "text", "author", "role",
                           "decided_by", "basis", "affected") and value not in ("", None)}
               for e in incident_log.entries(vault)]
        doc = json_format.build(metadata.get(vault), rows, log)
        atomic_write(path, json_format.dumps(doc))
        return sum(len(v) for v in rows.values()) + len(log)
    if suffix == ".csv":
        k = _kind_for(path, kind)
        rows_k = _record_rows(vault, k.name)
        atomic_write(path, csv_format.dumps(k, rows_k))
        return len(rows_k)
    if suffix in (".vcf", ".vcard"):
        contacts = _record_rows(vault, "contact")
        atomic_write(path, vcard_format.dumps(contacts))
        return len(contacts)
    raise ValidationError(N_("unsupported file type '{suffix}'; use .json, .csv or .vcf"), where=path.name,
                          suffix=suffix)
