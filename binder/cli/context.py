"""What every CLI command shares: the vault location, secrets, output in text or JSON."""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from binder.errors import BinderError, ValidationError, VaultError
from binder.i18n import N_, tr
from binder.vault.vault import Vault, default_vault_path


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._vault: Vault | None = None

    # -- locations and secrets ----------------------------------------------
    @property
    def vault_path(self) -> Path:
        return Path(self.args.vault) if getattr(self.args, "vault", None) else default_vault_path()

    def passphrase(self, prompt: str | None = None) -> str:
        """The passphrase from `--passphrase-file`, `BINDER_PASSPHRASE`, or a prompt."""
        file = getattr(self.args, "passphrase_file", None)
        if file:
            try:
                return Path(file).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise VaultError("Cannot read the passphrase file {path}: {reason}.", path=file,
                                 reason=exc.strerror or str(exc)) from exc
        env = os.environ.get("BINDER_PASSPHRASE")
        if env is not None:
            return env
        return self.prompt_secret(prompt or tr("Passphrase: "))

    def prompt_secret(self, prompt: str) -> str:
        if not sys.stdin or not sys.stdin.isatty():
            raise VaultError("No passphrase given. Set BINDER_PASSPHRASE, use --passphrase-file, or run "
                             "the command in a terminal.")
        return getpass.getpass(prompt)

    def new_passphrase(self) -> str:
        """A new passphrase: `BINDER_NEW_PASSPHRASE`, the usual sources, or asked twice."""
        env = os.environ.get("BINDER_NEW_PASSPHRASE")
        if env is not None:
            return env
        if getattr(self.args, "passphrase_file", None) or os.environ.get("BINDER_PASSPHRASE") is not None:
            return self.passphrase()
        first = self.prompt_secret(tr("New passphrase (at least 8 characters): "))
        second = self.prompt_secret(tr("Repeat the new passphrase: "))
        if first != second:
            raise VaultError("The two passphrases differ. Nothing was changed.")
        return first

    def recovery_key(self) -> str | None:
        env = os.environ.get("BINDER_RECOVERY_KEY")
        if env:
            return env
        if getattr(self.args, "recovery", False):
            return self.prompt_secret(tr("Recovery key: "))
        return None

    # -- who is doing it ------------------------------------------------------
    def operator(self, explicit: str | None = None) -> str:
        """Who is at the keyboard: `explicit` (`--by`, `--author`), else `--operator`, else `BINDER_OPERATOR`.

        Commands that record who did something call this before opening the vault, so a missing
        operator is refused with nothing changed. Never the computer's login name.
        """
        for name in (explicit, getattr(self.args, "operator", None), os.environ.get("BINDER_OPERATOR")):
            if name and name.strip():
                return name.strip()
        raise BinderError("No operator given: say who is doing this with --operator NAME or set "
                          "BINDER_OPERATOR=NAME. Nothing was changed.")

    # -- the vault -----------------------------------------------------------
    def vault(self) -> Vault:
        if self._vault is None:
            recovery = self.recovery_key() if getattr(self.args, "recovery", False) else None
            if recovery is not None:
                self._vault = Vault.open(self.vault_path, recovery_key=recovery)
            else:
                Vault.load_keyslots(self.vault_path)  # say "no vault" before asking for a passphrase
                self._vault = Vault.open(self.vault_path, self.passphrase())
        return self._vault

    def close(self) -> None:
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    # -- output ----------------------------------------------------------------
    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def emit(self, data: Any) -> None:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")

    def say(self, text: str, **params: object) -> None:
        print(tr(text, None, **params))

    def warn(self, text: str, **params: object) -> None:
        print(tr(text, None, **params), file=sys.stderr)


def parse_assignments(items: list[str] | None) -> dict[str, Any]:
    """`--set FIELD=VALUE` options as a dict; a value starting with [ or { is read as JSON."""
    from binder.interchange.json_format import strict_loads  # only when there is something to parse
    out: dict[str, Any] = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValidationError(N_("use FIELD=VALUE"), where=item)
        try:
            out[name] = strict_loads(value) if value[:1] in "[{" else value
        except ValueError:
            out[name] = value
    return out
