import subprocess
import sys


def test_core_imports_without_pyside6() -> None:
    code = ("import binder, binder.cli.main, binder.interchange, binder.store.search, binder.demo; import sys; "
            "assert 'PySide6' not in sys.modules, 'PySide6 imported by the core'; "
            "binder.cli.main.build_parser(); assert 'PySide6' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
