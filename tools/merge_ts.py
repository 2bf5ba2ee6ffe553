"""Merge Qt Linguist catalogues message by message (a git merge driver), or repair one.

Line-based merging (git's default, or `merge=union`) can splice two appended <message>
blocks into one and silently lose translations. This driver parses both sides and keeps
every message once, by source text; for a source both sides translate, a finished
translation wins over an unfinished one, else ours.

    git config merge.tsmessages.driver "python3 tools/merge_ts.py %O %A %B"
    # .gitattributes: resources/translations/**/*.ts merge=tsmessages
    python3 tools/merge_ts.py --repair resources/translations/sv/core.ts
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, unescape

_PAIR = re.compile(r"<source>(.*?)</source>\s*<translation([^>]*)>(.*?)</translation>", re.S)
_HEAD = re.compile(r"^(.*?<context>\s*<name>[^<]*</name>\n)", re.S)


def messages(text: str) -> dict[str, tuple[str, str]]:
    """source → (translation attributes, translation), in file order, from possibly spliced text."""
    out: dict[str, tuple[str, str]] = {}
    for source, attrs, translation in _PAIR.findall(text):
        src = unescape(source)
        unfinished = "unfinished" in attrs
        if (src in out and not unfinished and "unfinished" in out[src][0]) or src not in out:
            out[src] = (attrs, unescape(translation))
    return out


def render(head: str, items: dict[str, tuple[str, str]]) -> str:
    body = "".join(f"    <message>\n        <source>{escape(src)}</source>\n"
                   f"        <translation{attrs}>{escape(text)}</translation>\n    </message>\n"
                   for src, (attrs, text) in items.items())
    return f"{head}{body}</context>\n</TS>\n"


def _head(text: str) -> str:
    found = _HEAD.match(text)
    if not found:
        raise SystemExit("merge_ts: not a Qt Linguist file with one <context>")
    return found.group(1)


def merge(ours_text: str, theirs_text: str) -> str:
    merged = messages(ours_text)
    for src, (attrs, text) in messages(theirs_text).items():
        if src not in merged or ("unfinished" in merged[src][0] and "unfinished" not in attrs):
            merged[src] = (attrs, text)
    return render(_head(ours_text), merged)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--repair":
        path = Path(argv[1])
        text = path.read_text(encoding="utf-8")
        path.write_text(render(_head(text), messages(text)), encoding="utf-8")
        return 0
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    _base, ours, theirs = (Path(a) for a in argv)
    ours.write_text(merge(ours.read_text(encoding="utf-8"), theirs.read_text(encoding="utf-8")),
                    encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
