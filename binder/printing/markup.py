"""Turning plain text into safe Paragraph markup.

ReportLab's Paragraph reads a small XML language: an unescaped ``<img src=…>``
in a contact's name would make it open a local file, ``<font color=…>`` would
recolour text. So every user, bundle and label string goes through `text()`
(XML-escaped, then fonts fallback) before it is put into markup; markup is
only ever composed from the outputs of the functions below.
"""
from __future__ import annotations

from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import pyphen
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _getFragWords, cleanBlockQuotedText

from binder.printing.fonts import with_fallback


class Markup(str):
    """A string that is already safe Paragraph markup."""


# A word wider than its column (a long Swedish compound in a narrow cell) is broken with a visible
# hyphen at the language's hyphenation points (pyphen's dictionaries), never cut silently mid-word
# as ReportLab would: `Para.wrap` notices ReportLab splitting a long word and breaks it first.
DICTIONARIES = {"sv": "sv_SE", "en": "en_GB"}
_language = "sv"


def hyphenate_for(lang: str) -> None:
    """The language whose hyphenation rules long words follow (set once per binder print)."""
    global _language
    _language = lang if lang in DICTIONARIES else "sv"


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES[lang])


def break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """`word` in pieces that each fit `width`, every piece but the last ending in a hyphen: at
    hyphenation points (or after a hyphen it has) where possible, else where the width ends."""
    points = set(_dictionary(_language).positions(word)) | {i + 1 for i, ch in enumerate(word) if ch == "-"}

    def piece(start: int, end: int) -> str:
        return word[start:end] + ("" if word[end - 1] == "-" else "-")

    pieces: list[str] = []
    start = 0
    while stringWidth(word[start:], font, size) > width:
        fitting = [p for p in sorted(points)
                   if start < p < len(word) and stringWidth(piece(start, p), font, size) <= width]
        end = fitting[-1] if fitting else start + 1
        if not fitting:
            while end + 1 < len(word) and stringWidth(piece(start, end + 1), font, size) <= width:
                end += 1
        pieces.append(piece(start, end))
        start = end
    pieces.append(word[start:])
    return pieces


def fit_long_words(markup: str, frags: list[Any], width: float) -> str:
    """`markup` with each word wider than `width` broken by `break_word` (pieces joined by a space:
    the whole word never fits a line, so the pieces never share one). Numbers are left alone."""
    for word in _getFragWords(frags, width):
        if word[0] <= width or len(word) < 2:
            continue
        frag, plain = word[1][0], "".join(text for _, text in word[1:])
        escaped = escape(plain)
        if any(ch.isdigit() for ch in plain) or escaped not in markup:
            continue
        markup = markup.replace(escaped, " ".join(escape(p) for p in break_word(plain, frag.fontName,
                                                                                frag.fontSize, width)))
    return markup


def text(value: Any) -> Markup:
    """Plain text (anything) as safe markup; line breaks kept."""
    plain = "" if value is None else str(value)
    escaped = with_fallback(plain.replace("\r\n", "\n").replace("\r", "\n"))
    return Markup(escaped.replace("\n", "<br/>"))


NBSP = "\xa0"


def unbroken(value: Any) -> str:
    """Plain text that never breaks over lines: its spaces become non-breaking (phone numbers)."""
    return ("" if value is None else str(value)).replace(" ", NBSP)


def number(value: Any) -> Markup:
    """A phone number in bold, never split over lines."""
    return bold(unbroken(value))


def address(value: Any) -> Markup:
    """An e-mail address in bold that may wrap after its '@' (a zero-width space), never mid-name."""
    return bold(("" if value is None else str(value)).replace("@", "@\u200b"))


def bold(value: Any) -> Markup:
    return Markup(f"<b>{text(value)}</b>")


def join(parts: list[Markup], sep: str = "<br/>") -> Markup:
    """Join safe pieces with a fixed separator (a line break by default)."""
    return Markup(sep.join(p for p in parts if p))


def labelled(label: str, value: Any) -> Markup:
    """'Label: value' with the label in bold; empty when the value is empty."""
    if value in (None, "", []):
        return Markup("")
    return Markup(f"<b>{text(label)}:</b> {text(value)}")


class Para(Paragraph):
    """A Paragraph that keeps its line breaks for the width it was last wrapped at.

    A table wraps every cell to measure its rows, again when it splits over a page and again to
    draw it; line breaking is most of a binder's layout time, so it is done once per width."""

    _wrapped_at: float | None = None
    _refitted = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if getattr(self, "_splitLongWordCount", 0) and not self._refitted:   # ReportLab cut a word
            line = availWidth - self.style.leftIndent - self.style.rightIndent - self.style.firstLineIndent
            fitted = fit_long_words(self.text, self.frags, line)
            if fitted != self.text:
                self._refitted = True
                self._setup(fitted, self.style, self.bulletText, None, cleanBlockQuotedText)
                size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


def para(value: Any, style: ParagraphStyle) -> Paragraph:
    """A Paragraph showing `value` literally."""
    return Para(text(value), style)


def para_markup(markup: Markup, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup built with this module's functions."""
    if not isinstance(markup, Markup):
        raise TypeError("para_markup needs Markup built by binder.printing.markup")
    return Para(markup, style)
