"""Can the window start here? The install's post-install check and the build's library check.

    python qt_check.py                  # installed wheels: load Qt's platform plugins
    binder --krisparm-qt-check          # the same, in the frozen program (frozen_entry.py)
    python qt_check.py --bundle DIR     # build: every library the frozen program DIR needs exists

The post-install check starts a child process that opens a window on the `offscreen` platform
and, where a display exists ($DISPLAY), on `xcb` (X11); on Windows, on `windows`. Qt aborts a process whose platform
plugin cannot load, hence the child. When one fails, `ldd` names the system libraries the
plugin lacks and the table below the Debian/Ubuntu package that has each. Without a display,
missing X11 libraries are only warned about (the program works, its window would not).
Exit status 0: all good; 1: the window cannot start (the message says why).
Standard library only: it runs in the installed program's Python before Qt is imported.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

CHILD_TIMEOUT = 90
# soname -> Debian/Ubuntu package (the libraries Qt's xcb and offscreen platforms load)
DEBIAN_PACKAGES = {
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0", "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0", "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libpcre2-8.so.0": "libpcre2-8-0", "libsystemd.so.0": "libsystemd0", "libgcrypt.so.20": "libgcrypt20",
    "libgpg-error.so.0": "libgpg-error0", "liblz4.so.1": "liblz4-1", "libcap.so.2": "libcap2",
    "libzstd.so.1": "libzstd1", "liblzma.so.5": "liblzma5",
}
NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)
QT_CHECK_FLAG = "--krisparm-qt-check"


def package_of(soname: str) -> str:
    return f"package {DEBIAN_PACKAGES[soname]}" if soname in DEBIAN_PACKAGES else "package not known here"


def missing_libraries(files: list[Path], library_path: list[Path]) -> dict[str, list[Path]]:
    """{soname: [files needing it]} for every shared library `ldd` cannot find ({} without ldd)."""
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(map(str, library_path))}
    missing: dict[str, list[Path]] = {}
    for file in files:
        try:
            done = subprocess.run(["ldd", str(file)], capture_output=True, text=True, env=env)
        except FileNotFoundError:
            return {}
        for soname in NOT_FOUND.findall(done.stdout):
            missing.setdefault(soname, []).append(file)
    return missing


def describe(missing: dict[str, list[Path]]) -> str:
    names = ", ".join(f"{soname} ({package_of(soname)})" for soname in sorted(missing))
    packages = " ".join(sorted({DEBIAN_PACKAGES[soname] for soname in missing if soname in DEBIAN_PACKAGES}))
    fix = f"; install with: sudo apt-get install {packages}" if packages else ""
    return f"missing system libraries: {names}{fix}"


# -- the installed program -------------------------------------------------------------

def pyside_dir() -> Path | None:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6"
    spec = importlib.util.find_spec("PySide6")
    return Path(next(iter(spec.submodule_search_locations))) if spec and spec.submodule_search_locations else None


def child_command(platform: str) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, QT_CHECK_FLAG, "--child", platform]
    return [sys.executable, str(Path(__file__).resolve()), "--child", platform]


def run_child(platform: str) -> int:
    """In the child: open a window on `platform` (Qt aborts the process if the plugin cannot load)."""
    os.environ["QT_QPA_PLATFORM"] = platform
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication(["binder"])
    window = QWidget()
    window.show()
    app.processEvents()
    print(f"qt-check: platform {app.platformName()} loaded", flush=True)
    window.close()
    return 0


def plugin_missing(platform: str) -> dict[str, list[Path]]:
    pyside = pyside_dir()
    if pyside is None:
        return {}
    plugin = pyside / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    search = [pyside / "Qt" / "lib"]
    if getattr(sys, "frozen", False):
        search.insert(0, Path(getattr(sys, "_MEIPASS", "")))
    return missing_libraries([plugin], search) if plugin.is_file() else {}


def check_platform(platform: str) -> tuple[bool, str]:
    """(usable, message) for one Qt platform plugin."""
    try:
        done = subprocess.run(child_command(platform), capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired:
        return False, f"Qt platform '{platform}': the test window did not open within {CHILD_TIMEOUT} s"
    if done.returncode == 0:
        return True, f"Qt platform '{platform}': the window can start"
    missing = plugin_missing(platform)
    if missing:
        return False, f"Qt platform '{platform}' cannot load: {describe(missing)}"
    output = (done.stderr + done.stdout).strip()
    if platform == "xcb" and "could not connect to display" in output:
        return True, f"Qt platform 'xcb': no X server reachable at DISPLAY={os.environ.get('DISPLAY')} (not checked)"
    last = output.splitlines()[-3:] if output else [f"exit status {done.returncode}"]
    return False, f"Qt platform '{platform}' cannot load: " + " | ".join(last)


def check_installed() -> int:
    failed = False
    if sys.platform == "win32":
        platforms = ["offscreen", "windows"]
    else:
        platforms = ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    for platform in platforms:
        usable, message = check_platform(platform)
        print(("ok: " if usable else "FAILED: ") + message, flush=True)
        failed |= not usable
    if "xcb" not in platforms and sys.platform.startswith("linux"):
        missing = plugin_missing("xcb")
        if missing:
            print(f"warning: no display here to try the window on; on X11 it would not start: "
                  f"{describe(missing)}", flush=True)
    return 1 if failed else 0


# -- the build ---------------------------------------------------------------------------

def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def check_bundle(folder: Path) -> int:
    """Every library that a file of the frozen program links against exists (bundled or system)."""
    internal = folder / "_internal"
    search = [internal, internal / "PySide6" / "Qt" / "lib", internal / "PySide6", internal / "shiboken6"]
    files = elf_files(folder)
    missing = missing_libraries(files, search)
    if not missing:
        print(f"qt-check: all {len(files)} binaries of the frozen program find their libraries")
        return 0
    for soname, needers in sorted(missing.items()):
        shown = ", ".join(str(path.relative_to(folder)) for path in needers[:3])
        print(f"qt-check: MISSING {soname} (Debian {package_of(soname)}), needed by {shown}",
              file=sys.stderr)
    print(f"qt-check: the frozen program would fail on laptops: {describe(missing)} "
          f"(on this build machine, so that the build bundles them)", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check that Krispärm's window can start")
    parser.add_argument("--bundle", type=Path, help="check the libraries of a frozen program folder")
    parser.add_argument("--child", metavar="PLATFORM", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return run_child(args.child)
    if args.bundle:
        return check_bundle(args.bundle)
    return check_installed()


if __name__ == "__main__":
    raise SystemExit(main())
