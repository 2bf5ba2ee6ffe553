"""A printout that is not the binder (situation report, timeline), with the binder's paper rules.

Same header and footer (organisation, marking, title, version, valid-as-of, page X of Y,
check code per page), same fonts and escaping, written atomically and recorded in the
print register under its own section name, so `binder pdf-check` knows its pages.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable

from binder.fsutil import atomic_write
from binder.printing import check_codes, register
from binder.printing.build import PrintResult, check_destination
from binder.printing.context import BinderContext, content_hash
from binder.printing.layout import BinderDoc
from binder.printing.styles import Styles, make_styles
from binder.vault.vault import Vault

Story = Callable[[BinderContext, Styles], list[Flowable]]


def build_printout(vault: Vault, out_path: str | Path, section: str, story: Story, content: object, *,
                   lang: str | None = None, paper: str = "a4") -> PrintResult:
    """Lay out `story` as document `section`, write it to `out_path` and record the print."""
    check_destination(out_path)
    ctx = BinderContext.load(vault, lang, paper)
    buffer = io.BytesIO()
    doc = BinderDoc(buffer, ctx)
    doc.build_once(story(ctx, make_styles(ctx.lang)))
    path = Path(out_path)
    atomic_write(path, buffer.getvalue())
    print_id = register.record(vault, version=ctx.version, valid_as_of=ctx.valid_as_of.isoformat(),
                               copy_number=None, lang=ctx.lang, paper=ctx.paper, partial=False,
                               sections=[section], section_hashes={section: content_hash(content)},
                               page_codes=dict(doc.page_codes), path=str(path))
    codes = [check_codes.display(doc.page_codes[p][0]) for p in sorted(doc.page_codes)]
    return PrintResult(str(path), len(codes), ctx.version, codes, [section], ctx.valid_as_of.isoformat(),
                       print_id)
