"""Write small seed inputs for the fuzzers into fuzz/corpus/<target>/: a genuine bundle (and
its header alone) and JSON, CSV and vCard exports of a binder with one or more records of
every kind, a few check codes.

    .venv/bin/python fuzz/make_corpus.py
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("BINDER_KDF_TARGET_MS", "30")
CORPUS = Path(__file__).resolve().parent / "corpus"


def main() -> int:
    from binder.bundle import export_bundle, recipients, trust
    from binder.interchange import export_file
    from binder.vault.vault import Vault
    fast = {"iterations": 1, "memory_kib": 64 * 1024, "lanes": 4}
    for target in ("bundle", "json", "csv", "vcard", "checkcode"):
        (CORPUS / target).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        from tests.records_for_tests import load_sample
        pub, _ = Vault.create(base / "pub", "fuzz corpus passphrase", publisher=True, organisation="Fuzz",
                              organisation_id="fuzz", kdf=fast)
        lap, _ = Vault.create(base / "lap", "fuzz corpus passphrase", kdf=fast)
        load_sample(pub, marker="<b>Fuzz</b> åäö")
        key = trust.export_key(pub, base / "pub.key")
        trust.add_trust(lap, base / "pub.key", key["fingerprint"])
        recipients.add(pub, "lap", recipients.own_recipient(lap)["recipient"])
        bundle = export_bundle(pub, base).path.read_bytes()
        (CORPUS / "bundle" / "genuine.kbundle").write_bytes(bundle)
        header_end = 18 + 4 + int.from_bytes(bundle[18:22], "big")
        (CORPUS / "bundle" / "header-and-age-head.kbundle").write_bytes(bundle[:header_end + 400])
        export_file(pub, CORPUS / "json" / "demo.json")
        export_file(pub, CORPUS / "csv" / "contacts.csv")
        export_file(pub, CORPUS / "vcard" / "contacts.vcf")
        pub.close()
        lap.close()
    for i, code in enumerate(["AB3D-7KQ2", "ab3d 7kq2", "0O1I-LUVX", ""]):
        (CORPUS / "checkcode" / f"code{i}").write_text(code)
    print(f"seeds written to {CORPUS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
