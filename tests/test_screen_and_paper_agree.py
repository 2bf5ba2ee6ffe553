"""The banner and the printed cover say the same thing: one binder version, one valid-as-of time,
one stale-contact count, each from its one rule in the core (binder.store.versioning,
binder.model.schema.is_stale_contact), read back from the real widget and the real PDF."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from binder.gui.banner import Banner
from binder.printing import build_pdf
from binder.store import overview, versioning
from binder.vault.vault import Vault
from tests.gui_fixtures import populate
from tests.printing_fixtures import pdftotext_pages


def cover_facts(pdf: Path) -> dict[str, str]:
    text = pdftotext_pages(pdf, layout=False)[0]
    facts = {}
    for key, pattern in (("version", r"Binder version\s+(\S+)"),
                         ("valid_as_of", r"Valid as of\s+(\d{4}-\d\d-\d\d \d\d:\d\d)"),
                         ("stale", r"Contacts not verified in 180 days\s+(\d+)")):
        found = re.search(pattern, text)
        assert found, f"{key} not on the cover:\n{text}"
        facts[key] = found.group(1)
    return facts


@pytest.mark.parametrize("role", ["publisher", "laptop"])
def test_banner_and_cover_agree(role: str, qtbot: Any, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    vault: Vault = request.getfixturevalue("vault" if role == "publisher" else "laptop")
    populate(vault)
    pdf = tmp_path / "cover.pdf"
    build_pdf(vault, pdf, sections="first_hour", lang="en", record=False)    # the cover comes first
    paper = cover_facts(pdf)
    # The paper judges staleness on its valid-as-of day; the banner is asked for that same moment.
    info = overview.banner_info(vault, versioning.valid_as_of(vault))
    stale = overview.stale_contact_count(vault, info.today)
    warning = overview.stale_warning(stale)
    if warning:
        info.warnings.append(warning)
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_info(info)
    assert f"binder {paper['version']} " in banner.identity.text()
    assert f"Valid as of {paper['valid_as_of']} " in banner.age.text()
    assert f"{paper['stale']} contacts not verified" in banner.warnings.text()
    # Not a vacuous agreement: a laptop's version counts its local changes; some contacts are stale.
    assert re.fullmatch(r"r\d+" if role == "publisher" else r"s0\+L[1-9]\d*", paper["version"])
    assert int(paper["stale"]) >= 2
