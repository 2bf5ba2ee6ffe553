"""Child processes of printing (the print worker, CUPS `lp`/`lpstat`) never see the secrets.

`BINDER_PASSPHRASE`, `BINDER_NEW_PASSPHRASE` and `BINDER_RECOVERY_KEY` unlock the vault; a child
that does not need them must not inherit them (the print worker gets the vault's data key down its
stdin, `lp` needs nothing at all).
"""
from __future__ import annotations

import os

SECRET_VARIABLES = ("BINDER_PASSPHRASE", "BINDER_NEW_PASSPHRASE", "BINDER_RECOVERY_KEY")


def child_env() -> dict[str, str]:
    """This process's environment without the secret variables."""
    return {k: v for k, v in os.environ.items() if k not in SECRET_VARIABLES}
