"""Generate the Norrbacka kommun demo binder (interchange format version 1).

    python resources/demo/generate_demo.py                       # writes resources/demo/demo-binder.json
    python resources/demo/generate_demo.py --contacts 100000 --out /tmp/big.json   # benchmark set

The output is deterministic: a fixed seed, ids from uuid5 in a fixed namespace, dates relative to
a fixed "today" (2026-11-25) and sorted JSON keys, so two runs give byte-identical files. Every
record is passed through `binder.model.validate.clean_record` and written in its canonical form.
No network; standard library and `binder` only.
"""
from __future__ import annotations

import argparse
import json
import logging
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
for _path in (HERE, HERE.parent.parent):        # demo modules; the repository root for `binder`
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from demo_assets import build_assets  # noqa: E402
from demo_common import SEED, uid  # noqa: E402
from demo_people import build_contacts  # noqa: E402
from demo_plan import build_comms, build_log, build_partners, build_shifts, build_staff, metadata  # noqa: E402
from demo_routines import build_routines  # noqa: E402

from binder.fsutil import atomic_write  # noqa: E402
from binder.model import schema  # noqa: E402
from binder.model.validate import clean_metadata, clean_record  # noqa: E402

log = logging.getLogger(__name__)

FORMAT = "krisparm-binder"
FORMAT_VERSION = 1
DEMO_CONTACTS = 300
DEFAULT_OUT = HERE / "demo-binder.json"
SECTIONS = (("contacts", "contact"), ("routines", "routine"), ("assets", "asset"), ("comms", "comms"),
            ("staff", "staff"), ("shifts", "shift"), ("partners", "partner"))


def _rng(section: str) -> random.Random:
    """One generator per section, so a change in one section leaves the others as they were."""
    return random.Random(f"{SEED}:{section}")


def _canonical(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in record.items() if k != "id"}
    return {"id": record["id"]} | clean_record(schema.KINDS[kind], fields, where=f"{kind} {record['id']}")


def build_binder(contacts: int = DEMO_CONTACTS) -> dict[str, Any]:
    """The whole demo binder as an interchange-format document."""
    people, _units = build_contacts(_rng("contacts"), contacts)
    contact_records = [{"id": uid("contact", key)} | data for key, data in people.items()]
    staff = build_staff(people)
    sections: dict[str, list[dict[str, Any]]] = {
        "contacts": contact_records,
        "routines": build_routines(),
        "assets": build_assets(_rng("assets")),
        "comms": build_comms(),
        "staff": staff,
        "shifts": build_shifts(_rng("shifts"), staff),
        "partners": build_partners(),
    }
    document: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION,
                                "binder": clean_metadata(metadata())}
    for section, kind in SECTIONS:
        document[section] = [_canonical(kind, record) for record in sections[section]]
    document["log"] = build_log(people)
    return document


def render(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate the Norrbacka kommun demo binder.")
    parser.add_argument("--contacts", type=int, default=DEMO_CONTACTS,
                        help=f"number of contacts (default {DEMO_CONTACTS}; large values for benchmarks)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output file (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.contacts < DEMO_CONTACTS:
        parser.error(f"--contacts must be at least {DEMO_CONTACTS}")
    document = build_binder(args.contacts)
    atomic_write(args.out, render(document), mode=0o644)
    print(f"{args.out}: " + ", ".join(f"{len(document[s])} {s}" for s, _ in SECTIONS)
          + f", {len(document['log'])} log entries")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    sys.exit(main())
