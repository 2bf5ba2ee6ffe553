"""Take the user guides' screenshots from the real window (offscreen) on the demo municipality.

    python tools/guide_screenshots.py            # both languages, into resources/guides/images/
    python tools/guide_screenshots.py --lang sv --out /tmp/shots

See binder/gui/guide_shots.py for what is shown; tests/test_guides.py runs the same into a
temporary folder and checks the guides against the window.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots for the user guides.")
    parser.add_argument("--lang", choices=("sv", "en"), action="append", help="default: both")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "guides" / "images",
                        help="folder; one subfolder per language")
    args = parser.parse_args()
    from binder.gui.guide_shots import take
    for lang in args.lang or ["sv", "en"]:
        take(lang, args.out / lang)
        print(f"{args.out / lang}: {', '.join(sorted(p.name for p in (args.out / lang).glob('*.png')))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
