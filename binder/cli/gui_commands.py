"""`binder gui [--demo]`: open the desktop app (or, with no display, write the demo binder PDF)."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from binder.cli.context import Context
from binder.i18n import tr


def display_available() -> bool:
    """A window can be shown: X11, Wayland, an explicit Qt platform, or Windows/macOS."""
    if os.name == "nt" or os.uname().sysname == "Darwin":
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _headless_demo(ctx: Context, out: Path) -> int:
    from binder.demo import ensure_demo_vault
    from binder.printing import build_pdf
    from binder.vault.vault import Vault
    path, passphrase = ensure_demo_vault()
    with Vault.open(path, passphrase) as vault:
        result = build_pdf(vault, out)
    ctx.say("No display is available, so the window cannot open. The demo binder was written as a PDF "
            "instead: {path} ({pages} pages).", path=result.path, pages=result.pages)
    ctx.say("Demo vault: {path} (passphrase: {passphrase})", path=str(path), passphrase=passphrase)
    return 0


def cmd_gui(ctx: Context) -> int:
    if not display_available():
        if ctx.args.demo:
            return _headless_demo(ctx, Path(ctx.args.pdf or "krisparm-demo-binder.pdf").resolve())
        ctx.warn("No display is available (DISPLAY and WAYLAND_DISPLAY are not set). Run 'binder gui' on the "
                 "desktop, or use the command-line commands ('binder --help').")
        return 1
    from binder.gui.app import main
    vault_path = Path(ctx.args.vault) if getattr(ctx.args, "vault", None) else None
    return main(vault_path=vault_path, demo=bool(ctx.args.demo))


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("gui", help=tr("open the desktop window"),
                            description=tr("Open Krispärm's window. With --demo, create (once) and open the "
                                           "demo vault; its passphrase is shown in the window."))
    parser.add_argument("--demo", action="store_true", help=tr("open the demo vault"))
    parser.add_argument("--pdf", metavar="FILE",
                        help=tr("with --demo and no display: where to write the demo binder PDF"))
    parser.set_defaults(func=cmd_gui)
