"""Bundle refusals. Each carries an English source message (translated in bundle.ts)."""
from __future__ import annotations

from binder.errors import BundleError


class IncompleteCopy(BundleError):
    """The stick was pulled out or could not be read while copying."""


class FrameError(BundleError):
    """The file is not a well-formed Krispärm bundle."""


class SignatureError(BundleError):
    """No valid signature by enough trusted publisher keys."""


class TrustError(BundleError):
    """Trust set-up refused (fingerprint mismatch, bad key file…)."""


class StaleBundle(BundleError):
    """Rollback: the bundle is older than the one already imported."""


class Equivocation(BundleError):
    """Two different bundles with the same sequence number: alarm."""


class AudienceError(BundleError):
    """The bundle is for another organisation."""


class DecryptionError(BundleError):
    """The payload cannot be decrypted on this laptop."""


class NeedsPassphrase(DecryptionError):
    """Not addressed to this laptop, but an emergency passphrase copy is present."""


class PayloadError(BundleError):
    """The decrypted snapshot is malformed or disagrees with the signed header."""


class ExpiredBundle(BundleError):
    """Applying an expired bundle needs an explicit acknowledgement."""


class NothingToUndo(BundleError):
    pass
