"""The user guides shipped with the program: where they are and what they are made of (no Qt).

The guides are Markdown files in `resources/guides/<lang>/` (shipped like every other
resource), with screenshots in `resources/guides/images/<lang>/`. They use a small subset of
Markdown, read here into blocks for the PDF (`binder.printing.guide_pdf`) and the checks
(`tests/test_guides.py`); the window shows them with Qt's own Markdown reader.

Bold is only used for something on screen (a shortcut, a menu path, a button), so the
tests can check every bold phrase against the real window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from binder.errors import BinderError
from binder.i18n import N_
from binder.resources import resource_path

LAPTOP = "laptop"
COORDINATOR = "coordinator"
GUIDES = (LAPTOP, COORDINATOR)
FILE_NAMES = {("sv", LAPTOP): "krisdatorn.md", ("sv", COORDINATOR): "samordnaren.md",
              ("en", LAPTOP): "laptop.md", ("en", COORDINATOR): "coordinator.md"}

_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)\)$")
_NUMBERED = re.compile(r"^(?P<number>\d+)\.\s+(?P<text>.*)$")
_BOLD = re.compile(r"\*\*(?P<text>[^*]+)\*\*")
_CODE = re.compile(r"`(?P<text>[^`]+)`")


@dataclass(frozen=True)
class Block:
    """One piece of a guide: `kind` is heading1..3, paragraph, step, bullet or image."""
    kind: str
    text: str
    number: str = ""          # a numbered step's number
    source: str = ""          # an image's path relative to the guide


def guides_root() -> Path:
    return resource_path("guides")


def guide_path(name: str, lang: str) -> Path:
    path = guides_root() / lang / FILE_NAMES[(lang if lang in ("sv", "en") else "sv", name)]
    if not path.is_file():
        raise BinderError(N_("The guide {name} is not installed with this copy of Krispärm. "
                             "Reinstall Krispärm from the installation stick."), name=path.name)
    return path


def read_guide(name: str, lang: str) -> str:
    return guide_path(name, lang).read_text(encoding="utf-8")


def parse(text: str) -> list[Block]:
    """The guide's blocks in order; lines of one paragraph or list item are joined."""
    blocks: list[Block] = []
    current: list[str] = []
    head: Block | None = None

    def flush() -> None:
        nonlocal head
        if head is not None:
            blocks.append(Block(head.kind, " ".join([head.text, *current]).strip(), head.number))
        elif current:
            blocks.append(Block("paragraph", " ".join(current).strip()))
        head = None
        current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        image = _IMAGE.match(line)
        numbered = _NUMBERED.match(line)
        if heading:
            flush()
            blocks.append(Block(f"heading{len(heading.group(1))}", heading.group(2).strip()))
        elif image:
            flush()
            blocks.append(Block("image", image.group("alt"), source=image.group("src")))
        elif numbered:
            flush()
            head = Block("step", numbered.group("text"), numbered.group("number"))
        elif line.startswith(("- ", "* ")):
            flush()
            head = Block("bullet", line[2:])
        else:
            current.append(line)
    flush()
    return blocks


def bold_phrases(text: str) -> list[str]:
    """Every `**phrase**`: a shortcut, a menu path ("Binder → Lock") or a control's text."""
    return [m.group("text") for m in _BOLD.finditer(text)]


def commands(text: str) -> list[list[str]]:
    """Every `binder …` command written as code, split into words (quotes respected)."""
    import shlex
    found = []
    for match in _CODE.finditer(text):
        code = match.group("text")
        if code.startswith("binder ") or code == "binder":
            found.append(shlex.split(code))
    return found


def images(text: str) -> list[str]:
    return [b.source for b in parse(text) if b.kind == "image"]


def headings(text: str) -> list[str]:
    return [b.text for b in parse(text) if b.kind.startswith("heading")]
