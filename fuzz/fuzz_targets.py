"""Coverage-guided fuzzing (atheris / libFuzzer) of every parser of untrusted input.

    .venv/bin/python fuzz/fuzz_targets.py TARGET [libFuzzer options] [CORPUS_DIR …]

TARGET is one of: bundle (frame, strict-JSON DSSE envelope, header checks, age header),
json, csv, vcard (the interchange readers), checkcode. Only `binder.errors.BinderError`
may escape a target, and it must carry a message in English and Swedish; anything else
is reported by libFuzzer as a crash with its input saved (crash-<sha1>).

Examples (see docs/promises.md):
    .venv/bin/python fuzz/fuzz_targets.py bundle -runs=1000000 fuzz/corpus/bundle
    .venv/bin/python fuzz/fuzz_targets.py json -max_total_time=600 fuzz/corpus/json
Seeds: `fuzz/make_corpus.py` writes a genuine bundle and real exports into fuzz/corpus/.
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("BINDER_LANG", "en")

with atheris.instrument_imports(include=["binder"]):
    from binder.bundle import age_header, dsse, frame, limits
    from binder.bundle import header as header_mod
    from binder.bundle.errors import FrameError
    from binder.bundle.strict_json import loads
    from binder.errors import BinderError
    from binder.interchange import csv_format, json_format, vcard_format
    from binder.model import schema
    from binder.printing import check_codes

TARGETS = ("bundle", "json", "csv", "vcard", "checkcode")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def human(exc: BinderError) -> None:
    if not exc.message("en").strip() or not exc.message("sv").strip():
        raise AssertionError(f"{type(exc).__name__} without a human message")
    missing = set(_PLACEHOLDER.findall(exc.text)) - set(exc.params)
    if missing:
        raise AssertionError(f"unfilled placeholders {missing} in {exc.text!r}")


def bundle(data: bytes) -> None:
    framed = frame.parse(data)
    envelope = loads(framed.header, "bundle header", error=FrameError)
    body_raw, _signatures = dsse.open_envelope(envelope, limits.HEADER_PAYLOAD_TYPE)
    body = loads(body_raw, "bundle header", error=FrameError)
    if isinstance(body, dict):
        header_mod.check(body)
    age_header.parse(framed.payload)


def run_target(name: str, data: bytes) -> None:
    if name == "bundle":
        bundle(data)
    elif name == "json":
        json_format.parse(Path("binder.json"), data)
    elif name == "csv":
        csv_format.parse("contacts.csv", data, schema.KINDS["contact"])
    elif name == "vcard":
        vcard_format.parse("contacts.vcf", data)
    else:
        check_codes.normalise(data.decode("utf-8", "replace"))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: fuzz_targets.py {{{','.join(TARGETS)}}} [libFuzzer options] [corpus]")
    name = sys.argv.pop(1)
    tempfile.tempdir = tempfile.mkdtemp(prefix="krisparm-fuzz-")

    def test_one_input(data: bytes) -> None:
        try:
            run_target(name, data)
        except BinderError as exc:
            human(exc)

    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
