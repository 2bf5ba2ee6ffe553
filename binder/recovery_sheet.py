"""The one-page recovery sheet: the recovery key to keep in a sealed envelope (ReportLab, no Qt).

Written only where the user asks (an explicit export), atomically and owner-only.
Every text is drawn with canvas.drawString (never a Paragraph), so nothing in an
organisation name can be read as markup.
"""
from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

from binder.fsutil import atomic_write
from binder.i18n import N_, tr
from binder.printing import fonts

# What to do with the sheet, in the order a person needs it (each item wraps to the page width).
HOW_TO_HEADING = N_("What to do with this sheet")
LINES = (
    N_("1. Seal it now: put this sheet in an envelope, seal it, and sign and date across the seal "
       "(the box below). Make no copies and do not photograph it."),
    N_("2. Keep the envelope in a locked place away from the laptop: the safe, or the crisis room's "
       "locked cabinet. Write down who has the key to that place."),
    N_("3. Open it only when nobody remembers the passphrase. In Krispärm tick 'Use the recovery key "
       "instead', type the key, and choose a new passphrase."),
    N_("4. Make a new sheet when the envelope has been opened or may have been read, or a copy of the "
       "vault may be in the wrong hands: run 'binder rekey --sheet FILE' (in the window: Binder → "
       "Change all keys), print the new sheet, seal it, and shred this one. After that this key opens "
       "nothing."),
    N_("Anyone holding this key and a copy of the vault can read everything in it."),
)


def build_recovery_sheet(out_path: Path, recovery_key: str, *, organisation: str, vault_id: str,
                         lang: str | None = None) -> Path:
    """Write the recovery sheet PDF to `out_path` and return the path."""
    fonts.register()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setTitle(tr("Krispärm recovery sheet", lang=lang))
    width, height = A4
    x, y = 25 * mm, height - 30 * mm
    pdf.setFont(fonts.SANS_BOLD, 22)
    pdf.drawString(x, y, tr("Krispärm recovery sheet", lang=lang))
    y -= 12 * mm
    pdf.setFont(fonts.SANS, 12)
    pdf.drawString(x, y, fonts_safe(tr("Organisation: {name}", lang=lang, name=organisation)))
    y -= 7 * mm
    pdf.drawString(x, y, tr("Vault id: {id}", lang=lang, id=vault_id))
    y -= 7 * mm
    stamp = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")
    pdf.drawString(x, y, tr("Created: {date}", lang=lang, date=stamp))
    y -= 18 * mm
    pdf.setFont(fonts.SANS_BOLD, 13)
    pdf.drawString(x, y, tr("Recovery key", lang=lang))
    y -= 14 * mm
    pdf.setFont(fonts.MONO, 18)
    groups = recovery_key.split("-")
    per_line = 4
    for start in range(0, len(groups), per_line):
        pdf.drawString(x, y, "-".join(groups[start:start + per_line]))
        y -= 10 * mm
    y -= 10 * mm
    pdf.setFont(fonts.SANS_BOLD, 13)
    pdf.drawString(x, y, tr(HOW_TO_HEADING, lang=lang))
    y -= 8 * mm
    pdf.setFont(fonts.SANS, 11)
    for line in LINES:
        for part in simpleSplit(tr(line, lang=lang), fonts.SANS, 11, width - 2 * x):
            pdf.drawString(x, y, part)
            y -= 5.5 * mm
        y -= 2.5 * mm
    pdf.rect(x - 5 * mm, 20 * mm, width - 2 * x + 10 * mm, 25 * mm)
    pdf.drawString(x, 37 * mm, tr("Envelope sealed by (name, date):", lang=lang))
    pdf.showPage()
    pdf.save()
    path = Path(out_path)
    atomic_write(path, buffer.getvalue())
    return path


def fonts_safe(text: str) -> str:
    """One line, no control characters (drawString draws text literally)."""
    return "".join(ch for ch in text if ch.isprintable())[:120]
