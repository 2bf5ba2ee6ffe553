"""Entry point of the frozen build: the `binder` command (`binder gui` opens the window)."""
from __future__ import annotations

import multiprocessing
import sys

import qt_check  # packaging/qt_check.py (standard library only): install.sh's window check
import smoke_hook  # packaging/smoke_hook.py: inert unless KRISPARM_SMOKE_TEST is set

from binder.cli.main import main
from binder.printing.worker import WORKER_FLAG
from binder.printing.worker import main as worker_main

MEDIA_SIGNER_FLAG = "--krisparm-media-signer"  # install.sh: the signer's fingerprint (media_signer.py)

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:2] == [WORKER_FLAG]:        # the PDF worker the GUI starts (no `python -m` when frozen)
        raise SystemExit(worker_main())
    if sys.argv[1:2] == [qt_check.QT_CHECK_FLAG]:
        raise SystemExit(qt_check.main(sys.argv[2:]))
    if sys.argv[1:2] == [MEDIA_SIGNER_FLAG]:
        import media_signer  # imported only here: it loads binder.bundle.trust
        raise SystemExit(media_signer.main(sys.argv[2:]))
    smoke_hook.install()
    raise SystemExit(main())
