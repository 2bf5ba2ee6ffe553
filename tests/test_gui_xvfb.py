"""The window on a real X server, not only offscreen: Qt's xcb platform plugin loads (every system
library it needs is installed, see packaging/dev-setup.sh), the unlock window is mapped and
exposed, and the pixels read back from the X server show it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

XVFB = shutil.which("Xvfb")
SIZE = (1366, 768)

SHOW_SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from binder.gui.app import make_application
    from binder.gui.controller import Controller
    from binder.gui.settings import Settings

    vault, settings, shot = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = make_application(["krisparm"])
    print("platform", app.platformName(), flush=True)
    controller = Controller(app, vault, Settings(settings))
    controller.start()
    window = controller.unlock_window
    waited = [0]

    def look():
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            waited[0] += 1
            if waited[0] > 300:                # 15 s
                print("never exposed", flush=True)
                app.exit(3)
                return
            QTimer.singleShot(50, look)
            return
        image = app.primaryScreen().grabWindow(window.winId()).toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        image.save(shot)
        print("exposed", image.width(), image.height(), "colours", len(colours), flush=True)
        app.exit(0)

    QTimer.singleShot(0, look)
    code = app.exec()
    controller.shutdown()
    sys.exit(code)
""")


@pytest.fixture
def x_display() -> Iterator[str]:
    """An Xvfb server on a free display (Xvfb picks the number and writes it to a pipe)."""
    if XVFB is None:
        pytest.skip("Xvfb is not installed (bash packaging/dev-setup.sh --test installs it)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen([XVFB, "-displayfd", str(write_end), "-nolisten", "tcp",
                               "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), f"Xvfb did not start: {server.stderr.read().decode() if server.stderr else ''}"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def test_the_unlock_window_shows_on_a_real_x_server(x_display: str, vault_path: Path, tmp_path: Path) -> None:
    shot = tmp_path / "unlock-x11.png"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.run([sys.executable, "-c", SHOW_SCRIPT, str(vault_path), str(tmp_path / "gui.ini"), str(shot)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert "could not load the Qt platform plugin" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "platform xcb" in proc.stdout
    exposed = next(line for line in proc.stdout.splitlines() if line.startswith("exposed"))
    _word, width, height, _colours, count = exposed.split()
    assert int(width) >= 400 and int(height) >= 300
    assert int(count) > 5, "the grabbed window is one flat colour: nothing was drawn"
    assert shot.stat().st_size > 1000


def test_the_xcb_platform_plugin_finds_every_library_it_links_to() -> None:
    """`ldd` on the plugin and on libQt6XcbQpa: nothing "not found" (else Qt aborts with "could not
    load the Qt platform plugin xcb"; packaging/dev-setup.sh installs the packages)."""
    ldd = shutil.which("ldd")
    if ldd is None or not sys.platform.startswith("linux"):
        pytest.skip("ldd: Linux only")
    import PySide6
    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    xcb_qpa = sorted((qt / "lib").glob("libQt6XcbQpa.so*"))
    assert plugin.exists() and xcb_qpa, "PySide6 ships no xcb platform plugin"
    for library in (plugin, xcb_qpa[0]):
        out = subprocess.run([ldd, str(library)], capture_output=True, text=True, check=True).stdout
        missing = [line.split()[0] for line in out.splitlines() if "not found" in line]
        assert not missing, f"{library.name} needs {missing}: install them (bash packaging/dev-setup.sh)"
