"""Refusals of the field-report pipeline (each a BundleError: same handling, same exit status)."""
from __future__ import annotations

from binder.bundle.errors import BundleError


class ReportError(BundleError):
    """A field report cannot be written, verified or imported; nothing was changed."""


class UnknownLaptop(ReportError):
    """The report is signed by a laptop that is not enrolled to send reports."""


class StaleReport(ReportError):
    """An older report of a laptop than one already imported (replay or rollback)."""


class ReportEquivocation(ReportError):
    """Two different reports with one number from one laptop."""
