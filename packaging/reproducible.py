"""Byte-for-byte reproducible build outputs: the app wheel, rewritten wheels, the frozen archive.

    python packaging/reproducible.py epoch ROOT                 # print SOURCE_DATE_EPOCH for ROOT
    python packaging/reproducible.py wheel ROOT OUT_DIR         # build the app wheel into OUT_DIR
    python packaging/reproducible.py archive FOLDER OUT.tar.xz  # pack FOLDER (the frozen program)

Two builds of the same commit, in different folders, on different days, give the same bytes:
every timestamp is SOURCE_DATE_EPOCH (the commit's time, or the variable if set), archive
members are sorted, owners are root and modes are 0644/0755, and no build folder path is
written (the wheel is built from a copy whose path is not recorded; xz stores no name or time).
Only the standard library is used, so the build venv needs nothing extra.
"""
from __future__ import annotations

import argparse
import lzma
import os
import shutil
import stat
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

ZIP_EPOCH_MIN = 315532800          # 1980-01-01: the earliest time a zip entry can hold
XZ_PRESET = 6                      # xz's default: -9 saves ~2 % more for twice the time


def source_date_epoch(root: Path) -> int:
    """SOURCE_DATE_EPOCH if set, else the time of the checkout's last commit."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    done = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%ct"],
                          capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit("reproducible.py: not a git checkout; set SOURCE_DATE_EPOCH "
                         "(seconds since 1970) to the release's time")
    return int(done.stdout.strip())


def _mode(executable: bool) -> int:
    return 0o755 if executable else 0o644


def write_zip(out: Path, members: Iterable[tuple[str, bytes, bool]], epoch: int) -> None:
    """A zip of (name, data, executable) members, sorted by name, every entry dated `epoch`."""
    date_time = time.gmtime(max(epoch, ZIP_EPOCH_MIN))[:6]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data, executable in sorted(members, key=lambda member: member[0]):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3                     # Unix, so the mode below is honoured
            info.external_attr = (stat.S_IFREG | _mode(executable)) << 16
            archive.writestr(info, data, compresslevel=9)


def zip_members(path: Path) -> list[tuple[str, bytes, bool]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info), bool((info.external_attr >> 16) & 0o111))
                for info in archive.infolist() if not info.is_dir()]


def normalise_zip(path: Path, epoch: int) -> None:
    """Rewrite a wheel in place with sorted members, fixed dates and modes."""
    members = zip_members(path)
    tmp = path.with_suffix(".tmp")
    write_zip(tmp, members, epoch)
    os.replace(tmp, path)


def _copy_tree(source: Path, target: Path, skip: Callable[[Path], bool]) -> None:
    for item in sorted(source.rglob("*")):
        if skip(item):
            continue
        dest = target / item.relative_to(source)
        if item.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(item, dest)


def _unwanted(path: Path) -> bool:
    return "__pycache__" in path.parts or path.suffix in {".pyc", ".pyo"} or ".egg-info" in path.name


def build_app_wheel(root: Path, out_dir: Path, epoch: int, python: str = sys.executable) -> Path:
    """Build krisparm-<version>-py3-none-any.whl from `root`, with resources/ as binder/_resources."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="krisparm-wheel-") as tmp:
        src = Path(tmp) / "src"
        _copy_tree(root / "binder", src / "binder", _unwanted)
        _copy_tree(root / "resources", src / "binder" / "_resources", _unwanted)
        shutil.copyfile(root / "pyproject.toml", src / "pyproject.toml")
        readme = root / "README.md"
        (src / "README.md").write_bytes(readme.read_bytes() if readme.is_file() else "Krispärm\n".encode())
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0"}
        built = Path(tmp) / "out"
        subprocess.run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                        "--no-index", "--wheel-dir", str(built), str(src)],
                       check=True, cwd=tmp, env=env, stdout=subprocess.DEVNULL)
        (wheel,) = built.glob("krisparm-*.whl")
        normalise_zip(wheel, epoch)
        target = out_dir / wheel.name
        shutil.move(wheel, target)
    return target


def write_archive(folder: Path, out: Path, epoch: int) -> None:
    """FOLDER as OUT (.tar.xz): sorted members named FOLDER's basename/..., root-owned, dated epoch.
    xz rather than gzip: the Qt libraries pack about a quarter smaller (the Linux kit's size target)."""
    def members() -> Iterable[Path]:
        yield folder
        yield from sorted(folder.rglob("*"), key=lambda path: path.relative_to(folder).as_posix())

    with lzma.open(out, "wb", format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64, preset=XZ_PRESET) as packed, \
            tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in members():
            name = (Path(folder.name) / path.relative_to(folder)).as_posix()
            info = tar.gettarinfo(str(path), arcname=name)
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            info.mtime = epoch
            info.pax_headers = {}
            if info.isdir():
                info.mode = 0o755
            elif info.isfile():
                info.mode = _mode(bool(path.stat().st_mode & 0o111))
            if info.isfile():
                with path.open("rb") as handle:
                    tar.addfile(info, handle)
            else:
                tar.addfile(info)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("epoch").add_argument("root", type=Path)
    wheel = sub.add_parser("wheel")
    wheel.add_argument("root", type=Path)
    wheel.add_argument("out_dir", type=Path)
    archive = sub.add_parser("archive")
    archive.add_argument("folder", type=Path)
    archive.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "epoch":
        print(source_date_epoch(args.root))
    elif args.command == "wheel":
        print(build_app_wheel(args.root.resolve(), args.out_dir, source_date_epoch(args.root)))
    else:
        write_archive(args.folder.resolve(), args.out, source_date_epoch(Path(__file__).parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
