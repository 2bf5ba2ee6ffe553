"""The binder's fonts: bundled TrueType files, registered once, with per-character fallback.

ReportLab embeds (subsets) every TrueType font it draws with, so the PDF is
readable on any machine. DejaVu Sans covers Latin, Greek, Cyrillic, Arabic,
Hebrew and many symbols but no CJK; Droid Sans Fallback covers CJK. ReportLab
has no automatic fallback, so `with_fallback` splits escaped text into runs by
which font has the glyph and wraps the fallback runs in ``<font name=…>``.
"""
from __future__ import annotations

import logging
import threading
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from binder.resources import resource_path

log = logging.getLogger(__name__)

SANS = "KrisSans"
SANS_BOLD = "KrisSans-Bold"
MONO = "KrisMono"
FALLBACK = "KrisFallback"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    MONO: "DejaVuSansMono.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}
_lock = threading.Lock()
_registered = False
_primary_glyphs: frozenset[int] = frozenset()
_fallback_glyphs: frozenset[int] = frozenset()


def register() -> None:
    """Register the bundled fonts with ReportLab (idempotent, thread-safe)."""
    global _registered, _primary_glyphs, _fallback_glyphs
    with _lock:
        if _registered:
            return
        fonts = {}
        for name, filename in _FILES.items():
            font = TTFont(name, str(resource_path("fonts", filename)))
            pdfmetrics.registerFont(font)
            fonts[name] = font
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, SANS_BOLD)
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        primary = set(fonts[SANS].face.charToGlyph)
        _primary_glyphs = frozenset(primary & set(fonts[SANS_BOLD].face.charToGlyph))
        _fallback_glyphs = frozenset(fonts[FALLBACK].face.charToGlyph)
        _registered = True
        log.debug("registered %d fonts", len(fonts))


def has_glyph(char: str) -> bool:
    """True when the primary font (regular and bold) draws `char`."""
    register()
    return ord(char) in _primary_glyphs


def with_fallback(text: str) -> str:
    """Escape plain `text` for a Paragraph; characters DejaVu lacks go to the fallback font.

    Characters neither font has are kept (ReportLab draws a missing-glyph box);
    the fallback covers CJK, so names in Chinese, Japanese and Korean print.
    """
    register()
    if all(ord(ch) in _primary_glyphs or ch in "\n\t" for ch in text):
        return escape(text)
    out: list[str] = []
    run: list[str] = []
    run_is_fallback = False
    for ch in text:
        code = ord(ch)
        fallback = code not in _primary_glyphs and code in _fallback_glyphs and ch not in "\n\t"
        if run and fallback != run_is_fallback:
            out.append(_wrap("".join(run), run_is_fallback))
            run = []
        run_is_fallback = fallback
        run.append(ch)
    if run:
        out.append(_wrap("".join(run), run_is_fallback))
    return "".join(out)


def width(value: str, *, bold: bool = False, size: float = 9) -> float:
    """The printed width of `value` in points (primary font)."""
    register()
    return float(stringWidth(value, SANS_BOLD if bold else SANS, size))


def fit(value: str, font: str, size: float, width: float) -> str:
    """`value` shortened with an ellipsis until it fits `width` points (a single line)."""
    register()
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"


def _wrap(run: str, fallback: bool) -> str:
    escaped = escape(run)
    return f'<font name="{FALLBACK}">{escaped}</font>' if fallback else escaped
