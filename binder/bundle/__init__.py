"""USB bundles: signed, encrypted snapshots of the published binder (see docs/bundle-format.md).

The public API, used by the CLI and the GUI import wizard, step by step:

    export_bundle(vault, out, expires_days=90, passphrase=None, progress=None) -> ExportResult
    verify_bundle(vault, path, progress=None, passphrase=None) -> Verified     # steps 1–7, no change
    preview(vault, verified) -> Preview                                        # step 8
    apply(vault, verified, accept_expired=False, progress=None) -> ApplyResult # step 9
    undo_last_import(vault) -> UndoResult
    bundle_status(vault) -> BundleStatus                                       # for the stale banner

`progress(done, total, label)` receives an English source label (translate with
`binder.i18n.tr`). Every refusal is a `binder.errors.BundleError`; a
`NeedsPassphrase` refusal means "ask for the bundle passphrase and verify again".
Call `verified.cleanup()` when a verified bundle is not applied (apply cleans up).
"""
from __future__ import annotations

from binder.bundle.apply import ApplyResult, UndoResult, apply, undo_last_import
from binder.bundle.errors import ExpiredBundle, NeedsPassphrase
from binder.bundle.export import ExportResult, export_bundle
from binder.bundle.preview import KindChanges, Preview, preview
from binder.bundle.status import BundleStatus, bundle_status
from binder.bundle.verify import Verified, verify_bundle

__all__ = [
           "ApplyResult",
           "BundleStatus",
           "ExpiredBundle",
           "ExportResult",
           "KindChanges",
           "NeedsPassphrase",
           "Preview",
           "UndoResult",
           "Verified",
           "apply",
           "bundle_status",
           "export_bundle",
           "preview",
           "undo_last_import",
           "verify_bundle",
]
