"""One translation mechanism for the CLI, the GUI and the printed binder.

Source strings are English, written in code as ``tr("Wrong passphrase.")``.
Translations live in Qt Linguist files, ``resources/translations/<lang>/*.ts``
(one file per area: core, bundle, printing, gui, reports), so translators can use Linguist;
this module reads them with the standard library (the core never imports Qt) and the GUI uses this same function.
A translation whose ``{placeholders}`` differ from the source is ignored.
"""
from __future__ import annotations

import locale
import os
import re
import xml.etree.ElementTree as ET
from functools import cache

from binder.resources import resource_path

LANGUAGES = ("sv", "en")
_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_current: str | None = None


def _fields(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


@cache
def catalogue(lang: str) -> dict[str, str]:
    """Source text -> translation for one language (empty for English)."""
    if lang == "en":
        return {}
    out: dict[str, str] = {}
    messages: list[ET.Element] = []
    for path in sorted(resource_path("translations", lang).glob("*.ts")):
        messages.extend(ET.parse(path).getroot().iter("message"))
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or not (translation.text or "").strip():
            continue
        if translation.get("type") in ("unfinished", "obsolete"):
            continue
        if _fields(source) != _fields(translation.text or ""):
            continue  # placeholder guard: never format a mismatched translation
        out[source] = translation.text or ""
    return out


def system_language() -> str:
    for var in ("BINDER_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    loc = locale.getlocale()[0] or ""
    return "en" if loc.lower().startswith("en") else "sv"


def set_language(lang: str | None) -> None:
    global _current
    _current = lang if lang in LANGUAGES else None


def language() -> str:
    return _current or system_language()


def decimal(value: float, digits: int = 1, lang: str | None = None) -> str:
    """`value` with `digits` decimals and the language's decimal sign (Swedish writes 14,5)."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if (lang or language()) == "sv" else text


def tr(text: str, lang: str | None = None, **params: object) -> str:
    """Translate `text` into `lang` (default: the current language) and format it."""
    lang = lang or language()
    translated = catalogue(lang).get(text, text) if lang != "en" else text
    return translated.format(**params) if params else translated


def N_(text: str) -> str:
    """Mark a string for translation without translating it now."""
    return text
