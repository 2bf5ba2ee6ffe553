"""List the translatable English source strings in Krispärm's code.

A string is translatable when it is a literal passed as
- the first positional argument of `tr(...)`, `N_(...)` (also `i18n.tr(...)`);
- the first positional argument of a `BinderError` subclass (any call whose name
  ends in `Error`, or names a class derived from `BinderError`, e.g. `NotFound`;
  Python's own exceptions such as `ValueError`, and other libraries' exceptions such as
  `sqlcipher3.OperationalError`, are for programmers and skipped);
- the first positional argument of the CLI helpers that translate their text:
  `ctx.say(...)`, `ctx.warn(...)`, `fail(...)`;
- the second positional argument of `_err(where, "...")` (binder/model/validate.py).

Implicitly concatenated literals ("a " "b") and `"a" + "b"` are joined as Python
would. A message made only of placeholders ("{problem}") needs no translation.
An f-string in one of these places cannot be translated and is reported
as a problem.

Usage:
    tools/extract_strings.py PATH...                       list strings (file:line<TAB>text)
    tools/extract_strings.py --area core                   the same, for one area's files
    tools/extract_strings.py --area core --missing         strings without a finished
                                                            translation in the area's .ts
    tools/extract_strings.py PATH... --ts FILE --missing   the same for any files and .ts
    tools/extract_strings.py --area core --add-stubs       append absent strings to the .ts as
                                                            <translation type="unfinished">
    --json prints the result as JSON. Exit status 1 with --missing when something is missing.
"""
from __future__ import annotations

import argparse
import ast
import builtins
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# Which source files each area's translation file covers (paths relative to ROOT).
AREAS: dict[str, tuple[str, ...]] = {
    "core": (
        "binder/*.py", "binder/vault", "binder/store", "binder/model", "binder/interchange",
        "binder/cli/main.py", "binder/cli/context.py", "binder/cli/vault_commands.py",
        "binder/cli/record_commands.py", "binder/cli/log_commands.py",
        "binder/cli/operations_commands.py", "binder/cli/interchange_commands.py",
        "binder/cli/lookup_commands.py", "binder/cli/help_text.py", "binder/cli/guide_commands.py",
    ),
    "bundle": ("binder/bundle", "binder/cli/bundle_commands.py"),
    "printing": ("binder/printing", "binder/cli/print_commands.py"),
    "gui": ("binder/gui", "binder/cli/gui_commands.py"),
    "reports": ("binder/reports", "binder/cli/report_commands.py"),
}
# Files declaring BinderError subclasses that may be raised anywhere.
ERROR_MODULES = ("binder/errors.py", "binder/bundle/errors.py")

FIRST_ARG_CALLS = {"tr", "N_", "say", "warn", "fail", "t"}   # t: BinderContext.t (printing)
SECOND_ARG_CALLS = {"_err"}
BUILTINS = set(dir(builtins))  # ValueError("...") etc. are for programmers, not translated
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@dataclass(frozen=True)
class Found:
    text: str
    file: str
    line: int


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    reason: str


def placeholders(text: str) -> list[str]:
    """The sorted `{name}` fields of a message (the loader's placeholder guard)."""
    return sorted(PLACEHOLDER.findall(text))


def area_files(area: str, root: Path = ROOT) -> list[Path]:
    return python_files([root / pattern for pattern in AREAS[area]], root)


def python_files(paths: Iterable[Path], root: Path = ROOT) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if "*" in path.name:
            out.extend(sorted(path.parent.glob(path.name)))
        elif path.is_dir():
            out.extend(sorted(path.rglob("*.py")))
        else:
            out.append(path)
    return sorted(set(out))


def error_class_names(files: Iterable[Path], root: Path = ROOT) -> set[str]:
    """Names of every class derived (directly or not) from BinderError in `files`."""
    bases: dict[str, set[str]] = {}
    for path in [ROOT / m for m in ERROR_MODULES] + list(files):
        if not path.is_file():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_name(b) for b in node.bases)
    known = {"BinderError"}
    grew = True
    while grew:
        grew = False
        for name, parents in bases.items():
            if name not in known and parents & known:
                known.add(name)
                grew = True
    return known


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    """The value of a string literal, or of literals joined with `+`; None otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def foreign_names(tree: ast.Module) -> set[str]:
    """Names a file imports from outside Krispärm (`sqlcipher3`, `from json import ...`)."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update((a.asname or a.name).split(".")[0] for a in node.names
                       if not a.name.startswith("binder"))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 \
                and not (node.module or "").startswith("binder"):
            out.update(a.asname or a.name for a in node.names)
    return out


def _message_arg(call: ast.Call, errors: set[str], foreign: frozenset[str] | set[str] = frozenset()) -> ast.expr | None:
    name = _name(call.func)
    owner = call.func.value if isinstance(call.func, ast.Attribute) else call.func
    if isinstance(owner, ast.Name) and owner.id in foreign and name not in FIRST_ARG_CALLS:
        return None  # e.g. sqlcipher3.OperationalError("...") is another library's exception
    if name in FIRST_ARG_CALLS or name in errors or (name.endswith("Error") and name not in BUILTINS):
        index = 0
    elif name in SECOND_ARG_CALLS:
        index = 1
    else:
        return None
    return call.args[index] if len(call.args) > index else None


def scan_file(path: Path, errors: set[str], root: Path = ROOT) -> Iterator[Found | Problem]:
    rel = str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    foreign = foreign_names(tree) - errors
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        arg = _message_arg(node, errors, foreign)
        if arg is None:
            continue
        text = _literal(arg)
        if text is not None:
            yield Found(text, rel, node.lineno)
        elif isinstance(arg, ast.JoinedStr):
            yield Problem(rel, node.lineno, "f-string passed as a message: it cannot be translated")


def extract(files: Iterable[Path], root: Path = ROOT) -> tuple[list[Found], list[Problem]]:
    """Every translatable string in `files` (sorted by file and line) and any problems."""
    files = list(files)
    errors = error_class_names(files, root)
    found: list[Found] = []
    problems: list[Problem] = []
    for path in files:
        for item in scan_file(path, errors, root):
            if isinstance(item, Found):
                found.append(item)
            else:
                problems.append(item)
    found.sort(key=lambda f: (f.file, f.line, f.text))
    return found, problems


def unique_texts(found: Iterable[Found]) -> list[str]:
    """Source texts in first-seen order, each once."""
    return list(dict.fromkeys(f.text for f in found))


def ts_messages(ts_path: Path) -> dict[str, str | None]:
    """Source -> finished translation (None when absent, empty or unfinished) in one .ts file."""
    out: dict[str, str | None] = {}
    for message in ET.parse(ts_path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        finished = (translation is not None and (translation.text or "").strip()
                    and translation.get("type") not in ("unfinished", "obsolete", "vanished"))
        out[source] = (translation.text or "") if finished and translation is not None else None
    return out


def needs_translation(text: str) -> bool:
    """False for a message made only of placeholders and punctuation, such as "{problem}"."""
    return any(ch.isalpha() for ch in PLACEHOLDER.sub("", text))


def missing(texts: Iterable[str], *ts_paths: Path) -> list[str]:
    """The texts that need a translation and have no finished one in any of `ts_paths`."""
    done: set[str] = set()
    for ts_path in ts_paths:
        if ts_path.is_file():
            done.update(s for s, t in ts_messages(ts_path).items() if t is not None)
    return [t for t in texts if t not in done and needs_translation(t)]


def add_stubs(ts_path: Path, texts: Iterable[str]) -> int:
    """Append every text absent from `ts_path` as an unfinished message; return how many."""
    present = set(ts_messages(ts_path))
    new = [t for t in dict.fromkeys(texts) if t not in present]
    if not new:
        return 0
    stubs = "".join(
        "    <message>\n"
        f"        <source>{escape(t)}</source>\n"
        '        <translation type="unfinished"></translation>\n'
        "    </message>\n"
        for t in new)
    content = ts_path.read_text(encoding="utf-8")
    cut = content.rindex("</context>")
    ts_path.write_text(content[:cut] + stubs + content[cut:], encoding="utf-8")
    ET.parse(ts_path)  # still well-formed
    return len(new)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("Usage:")[1])
    parser.add_argument("paths", nargs="*", type=Path, help="Python files or directories")
    parser.add_argument("--area", choices=sorted(AREAS), help="scan this area's files")
    parser.add_argument("--lang", default="sv", help="translation language (default: sv)")
    parser.add_argument("--ts", type=Path, help="the .ts file to compare with "
                        "(default with --area: resources/translations/<lang>/<area>.ts)")
    parser.add_argument("--missing", action="store_true", help="list strings without translation")
    parser.add_argument("--add-stubs", action="store_true",
                        help="append absent strings to the .ts file as unfinished")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    if not args.paths and not args.area:
        parser.error("give PATH... or --area")
    files = python_files([p.resolve() for p in args.paths]) if args.paths else []
    if args.area:
        files += area_files(args.area)
    ts_path = args.ts or (TRANSLATIONS / args.lang / f"{args.area}.ts" if args.area else None)
    if (args.missing or args.add_stubs) and ts_path is None:
        parser.error("--missing and --add-stubs need --ts or --area")
    found, problems = extract(sorted(set(files)))
    for problem in problems:
        print(f"{problem.file}:{problem.line}: {problem.reason}", file=sys.stderr)
    if args.add_stubs:
        assert ts_path is not None
        print(f"{add_stubs(ts_path, unique_texts(found))} stubs added to {ts_path}")
        return 0
    if args.missing:
        assert ts_path is not None
        absent = set(missing(unique_texts(found), ts_path))
        found = [f for f in found if f.text in absent]
    if args.json:
        json.dump([asdict(f) for f in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for f in found:
            print(f"{f.file}:{f.line}\t{f.text}")
        if args.missing:
            print(f"{len(unique_texts(found))} missing from {ts_path}", file=sys.stderr)
    return 1 if args.missing and found else 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # output piped into `head`
        sys.stderr.close()
        raise SystemExit(0) from None
