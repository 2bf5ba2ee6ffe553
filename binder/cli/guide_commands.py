"""`binder guide`: the user guides shipped with the program, in the terminal or as PDF."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from binder import guides, i18n
from binder.cli.context import Context
from binder.i18n import tr


def cmd_guide(ctx: Context) -> int:
    name = guides.COORDINATOR if ctx.args.coordinator else guides.LAPTOP
    lang = i18n.language()
    if ctx.args.pdf:
        from binder.printing.guide_pdf import build_guide_pdf
        path = build_guide_pdf(Path(ctx.args.pdf), name, lang)
        ctx.say("Wrote the guide to {path}. Print it and keep it with the paper binder.", path=str(path))
        return 0
    sys.stdout.write(guides.read_guide(name, lang))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("guide", help=tr("show the user guide (the crisis laptop, or the coordinator's)"),
                            description=tr("Show the step-by-step guide in the terminal, or write it as a PDF "
                                           "to print. The same guide opens in the window with F1."))
    parser.add_argument("--coordinator", action="store_true",
                        help=tr("the coordinator's guide (default: the crisis laptop's)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS,
                        help=tr("language of the guide (sv or en)"))
    parser.add_argument("--pdf", metavar="FILE", help=tr("write the guide as a PDF to FILE"))
    parser.set_defaults(func=cmd_guide)
