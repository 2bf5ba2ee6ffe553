"""Turning plain text into safe Paragraph markup.

ReportLab's Paragraph reads a small XML language: an unescaped ``<img src=…>``
in a contact's name would make it open a local file, ``<font color=…>`` would
recolour text. So every user, bundle and label string goes through `text()`
(XML-escaped, then fonts fallback) before it is put into markup; markup is
only ever composed from the outputs of the functions below.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from binder.printing.fonts import with_fallback


class Markup(str):
    """A string that is already safe Paragraph markup."""


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

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab's names)
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:
            return self.width, self.height
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
