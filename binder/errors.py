"""The project's own error types.

Every refusal the user can meet is a `BinderError` carrying an English source
message and parameters; `.message(lang)` gives the text in the user's
language. The CLI prints it on one line and exits 1; the GUI shows it as
plain text. Nothing else is allowed to escape to the user.
"""
from __future__ import annotations

from binder.i18n import tr


class BinderError(Exception):
    """A refusal with a human message. Exit code 1 in the CLI."""

    def __init__(self, text: str, **params: object) -> None:
        self.text = text
        self.params = params
        super().__init__(tr(text, lang="en", **params))

    def message(self, lang: str | None = None) -> str:
        return tr(self.text, lang=lang, **self.params)


class VaultError(BinderError):
    """The vault cannot be opened or used."""


class WrongPassphrase(VaultError):
    pass


class VaultCorrupt(VaultError):
    """Tampered or damaged vault files; the latest backup is offered."""


class VaultBusy(VaultError):
    pass


class VersionError(VaultError):
    """Made by a newer Krispärm."""


class ValidationError(BinderError):
    """Data that does not fit the model. `where` names file/line/field."""

    def __init__(self, text: str, where: str = "", **params: object) -> None:
        super().__init__(text, **params)
        self.where = where

    def message(self, lang: str | None = None) -> str:
        base = super().message(lang)
        return f"{self.where}: {base}" if self.where else base


class NotFound(BinderError):
    pass


class ReadOnlyRecord(BinderError):
    pass


class StorageError(BinderError):
    """Disk full, read-only medium, I/O error."""


class BundleError(BinderError):
    """A bundle was refused. Nothing was changed."""


class PrintError(BinderError):
    pass
