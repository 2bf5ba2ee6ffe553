"""The whole product from the command line, as real `binder` subprocesses in a Sandbox.

Used by the no-network guarantee (with the socket guard in every subprocess, and
once more under `unshare -n`) and by the no-plaintext guarantee (with a canary in
every kind of record, every text-bearing field type, a bundle and a log entry).
Returns the files the user explicitly exported (the only place plain text may be).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from tests.promises.runner import Sandbox
from tests.records_for_tests import A1, R1, sample

NEW_PASSPHRASE = "en helt ny lösenfras"


@dataclass
class Outcome:
    exported: list[Path] = field(default_factory=list)
    vaults: dict[str, Path] = field(default_factory=dict)
    steps: list[str] = field(default_factory=list)


def sample_document(marker: str) -> dict:
    """The interchange JSON of a small binder with `marker` in every kind and text field type.

    The organisation's name is the one field left out: it is a public label by design,
    written in clear on the stick next to each bundle and in the publisher key file so
    that people can check them by eye (docs/bundle-format.md).
    """
    from binder.model import schema
    doc: dict = {"format": "krisparm-binder", "format_version": 1,
                 "binder": {"organisation": "Testkommun", "classification": f"Sekretess {marker}",
                            "approved_by": f"Kommunstyrelsen {marker}"},
                 "log": [{"occurred_at": "2026-11-20T07:00:00+01:00", "kind": "decision",
                          "text": f"Beslut {marker}", "author": f"Loggförare {marker}"}]}
    for kind, rid, data in sample(marker):
        doc.setdefault(schema.KINDS[kind].cli, []).append({"id": rid, **data})
    return doc


def run_workflow(box: Sandbox, marker: str = "Norrbacka") -> Outcome:
    out = Outcome()
    base = box.root / "work"
    stick, exports = base / "stick", base / "exports"
    stick.mkdir(parents=True)
    exports.mkdir()
    pub, lap, demo = base / "pub", base / "lap", base / "demo"
    out.vaults = {"pub": pub, "lap": lap, "demo": demo}

    def step(vault: Path | None, *args: str, **kw: object) -> str:
        out.steps.append(" ".join(args[:2]))
        return box.run(vault, *args, **kw).stdout  # type: ignore[arg-type]

    # Vaults: a coordinator's, a laptop's, the demo municipality.
    step(pub, "init", "--publisher", "--organisation", "Testkommun", "--organisation-id", "testkommun")
    step(lap, "init")
    step(demo, "demo")
    assert json.loads(step(demo, "search", "krisledning", "--json"))
    # The demo's binder moves through an export and an import; then a file with the marker.
    demo_json = exports / "demo-binder.json"
    step(demo, "export-data", str(demo_json))
    out.exported.append(demo_json)
    own = exports / "own-binder.json"
    own.write_text(json.dumps(sample_document(marker), ensure_ascii=False), encoding="utf-8")
    out.exported.append(own)
    step(pub, "import-data", str(demo_json))
    step(pub, "import-data", str(own))
    step(pub, "add", "contacts", "--set", f"name=Ny kontakt {marker}", "--set",
         f'channels=[{{"kind":"runner","value":"Skicka bud till {marker}"}}]', "--set", f"notes={marker}")
    assert marker in step(pub, "search", marker)
    step(pub, "log", "add", f"Publisher log {marker}", "--kind", "decision", "--decided-by", marker)
    step(pub, "backup")
    # USB sync: enrol the laptop, export a bundle to the stick, verify and import it.
    key = json.loads(step(pub, "publisher", "export-key", str(stick / "publisher.key"), "--json"))
    step(lap, "trust", "add", str(stick / "publisher.key"), "--fingerprint", key["fingerprint"])
    ident = json.loads(step(lap, "identity", "--json"))
    step(pub, "recipients", "add", "laptop-1", ident["recipient"])
    bundle = json.loads(step(pub, "bundle", "export", str(stick), "--json"))["path"]
    assert json.loads(step(lap, "bundle", "verify", bundle, "--json"))["ok"] is True
    step(lap, "bundle", "import", bundle, "--yes")
    # Laptop work during a crisis: amend, log, a routine run, restoration status.
    contact = next(c for c in json.loads(step(lap, "list", "contacts", "--json")) if marker in c["name"])
    step(lap, "amend", "contacts", contact["id"], "notes", f"Rättad lokalt {marker}")
    step(lap, "log", "add", f"Lägesbild {marker}", "--kind", "situation_report")
    step(lap, "log", "correct", "1", f"Rättelse {marker}")
    step(lap, "log", "verify")
    run = json.loads(step(lap, "runs", "start", R1, "--by", marker, "--json"))
    step(lap, "runs", "step", run["id"], "1", "done", "--by", marker, "--remark", f"Klart {marker}")
    step(lap, "status", A1, "rebuilding", "--by", marker, "--note", f"Återställs {marker}")
    step(lap, "add", "contacts", "--set", f"name=Lokal kontakt {marker}")
    # Re-export with a changed record: the second bundle carries an amendment conflict.
    step(pub, "edit", "contacts", contact["id"], "--set", f"notes=Ändrad centralt {marker}")
    second = json.loads(step(pub, "bundle", "export", str(stick), "--json"))["path"]
    step(lap, "bundle", "import", second, "--yes")
    step(lap, "conflicts", "list")
    # Paper: the binder PDF, a check code lookup, the print register.
    pdf = exports / "binder.pdf"
    codes = json.loads(step(lap, "pdf", str(pdf), "--json"))["codes"]
    out.exported.append(pdf)
    step(lap, "pdf-check", codes[0])          # an unknown code would exit 1
    step(lap, "prints", "list")
    for name in ("contacts.csv", "contacts.vcf", "laptop.json"):
        target = exports / name
        step(lap, "export-data", str(target))
        out.exported.append(target)
    step(lap, "backup")
    step(lap, "passwd", BINDER_NEW_PASSPHRASE=NEW_PASSPHRASE)
    step(lap, "list", "log", BINDER_PASSPHRASE=NEW_PASSPHRASE)
    return out
