"""Human labels for enum values and section names, in the binder's language (via `tr`)."""
from __future__ import annotations

from binder.i18n import N_, tr
from binder.model.labels import ENUM_LABELS, enum_label  # noqa: F401 - declared once, without ReportLab

SECTION_TITLES: dict[str, str] = {
    "cover": N_("Cover"),
    "toc": N_("Contents"),
    "first_hour": N_("The first hour"),
    "contacts": N_("Contacts"),
    "wallet_cards": N_("Wallet cards"),
    "routines": N_("Routines"),
    "restoration": N_("Restoration priority list"),
    "comms": N_("Communication plan"),
    "staff": N_("Staff and mutual aid"),
    "log": N_("Incident log so far"),
    "forms": N_("Blank forms"),
    # printouts that are not the binder (binder/printing/printout.py)
    "sitrep": N_("Situation report for the daily meeting"),
    "timeline": N_("Timeline of the incident logs"),
}


def section_title(section: str, lang: str) -> str:
    return tr(SECTION_TITLES[section], lang=lang)
