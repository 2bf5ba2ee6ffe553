"""The paper binder: a PDF a crisis team can work from with pen and paper (ReportLab, no Qt).

Public API:
- `build_pdf(vault, out_path, *, sections=None, lang=None, since_print=False, paper="a4",
  copy_number=None, progress=None) -> PrintResult`
- `check_code(vault, code) -> CodeCheck`
- `send_to_printer(pdf_path, printer=None) -> Job` (answer, printer, job id)
- `list_prints(vault) -> list[PrintEntry]`
- `binder.printing.worker`: the same build in a subprocess, with progress lines (for the GUI).
"""
from __future__ import annotations

from binder.printing.build import PrintResult, build_pdf, parse_sections, render
from binder.printing.printer import send_to_printer
from binder.printing.register import PrintEntry, list_prints
from binder.printing.sections import ORDER as SECTIONS
from binder.printing.verify import CodeCheck, check_code

__all__ = [
           "SECTIONS",
           "CodeCheck",
           "PrintEntry",
           "PrintResult",
           "build_pdf",
           "check_code",
           "list_prints",
           "parse_sections",
           "render",
           "send_to_printer",
]
