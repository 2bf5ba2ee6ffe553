"""Every item model passes pytest-qt's model tester; paging and SQL filtering work."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from binder.gui.controller import Controller
from binder.gui.models import record_table
from binder.store import records
from binder.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui_fixtures import WAIT_MS, unlock

pytestmark = pytest.mark.gui


def test_every_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, controller: Controller) -> None:
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.reload_all()
    qtbot.waitUntil(lambda: window.restoration.model.rowCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.routines.detail.record is not None, timeout=WAIT_MS)
    window.routines.start_current()
    qtbot.waitUntil(lambda: window.routines.run_panel.model.rowCount() == 3, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not controller.worker.busy, timeout=WAIT_MS)
    models = [window.first_hour.routines, window.first_hour.people, window.contacts.model,
              window.routines.model, window.routines.run_panel.model, window.restoration.model,
              window.incident_log.model, window.communication.model, window.conflicts.model,
              window.prints.model, window.search.model]
    models += [section.model for section in window.staff.lists.values()]
    for model in models:
        assert model.rowCount() > 0 or model in (window.conflicts.model, window.prints.model,
                                                 window.search.model)
        qtmodeltester.check(model, force_py=True)


def test_paging_sorting_and_filtering_happen_in_sql(qtbot: Any, qtmodeltester: Any, controller: Controller,
                                                    filled_path: tuple[Path, dict[str, Any]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ids = filled_path
    monkeypatch.setattr(record_table, "PAGE_SIZE", 7)
    with Vault.open(path, PASSPHRASE) as vault:
        for i in range(30):
            records.save(vault, "contact", {"name": f"Person {i:02d} Ödman", "crisis_role": "Stab",
                                            "channels": [{"kind": "mobile", "value": f"070-555 00 {i:02d}"}]})
    unlock(qtbot, controller)
    window = controller.main_window
    assert window is not None
    window.go_to(1)
    model = window.contacts.model
    qtbot.waitUntil(lambda: model.total == 34 and model.rowCount() >= 7, timeout=WAIT_MS)
    assert model.rowCount() < 34          # pages, not everything at once
    while True:
        qtbot.waitUntil(lambda: not model._fetching, timeout=WAIT_MS)
        if not model.canFetchMore():
            break
        model.fetchMore()
    assert model.rowCount() == 34
    qtmodeltester.check(model, force_py=True)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[1] == "Anna Andersson" and titles[-1] == "Örjan Åkesson"   # Swedish order: Ö last
    window.contacts.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.rowCount() and model.index(0, 0).data() == "Örjan Åkesson", timeout=WAIT_MS)
    window.contacts.filter.setText("ödman 0705550007")
    qtbot.waitUntil(lambda: model.total == 1 and model.rowCount() == 1, timeout=WAIT_MS)
    assert model.index(0, 0).data() == "Person 07 Ödman"
    assert window.contacts.count_label.text() == "1 found"
