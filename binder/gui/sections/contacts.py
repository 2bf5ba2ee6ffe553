"""Contacts: the call list for a role (holder, then deputies in order, each channel in calling
order) with click-to-copy numbers, a stale marker and the call tree."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from binder.gui.context import GuiContext
from binder.gui.models.columns import enum_label
from binder.gui.sections.record_section import RecordSection
from binder.gui.widgets.plain_label import PlainLabel
from binder.gui.worker import Progress
from binder.i18n import N_, tr
from binder.store import versioning, views
from binder.store.records import Record
from binder.vault.vault import Vault


class ContactsSection(RecordSection):
    title_source = N_("Contacts")
    kind = "contact"

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.splitter.setSizes([540, 580])        # the call list: caption, number and Copy on one line

    def load_detail(self, record: Record) -> None:
        record_id, now = record.id, self.ctx.now()

        def op(vault: Vault, progress: Progress) -> Any:
            today = versioning.local_day(vault, now)
            return views.contact_detail(vault, record_id, today), views.call_tree(vault, record_id)
        self.ctx.worker.submit(op, self._show_contact, self.show_error)

    def _show_detail(self, result: tuple[Record, dict[str, str]]) -> None:
        record = result[0]
        self.load_detail(record)

    def _show_contact(self, result: tuple[views.ContactDetail, list[tuple[int, Record]]]) -> None:
        detail, tree = result
        view = self.detail
        view.show_record(detail.record, detail.titles, skip=("channels", "deputies", "calls"))
        view.add_heading(tr("Call list"))
        for entry in detail.call_list:
            who = entry.record.data
            role = tr("Holder") if entry.position == "holder" else tr("Deputy")
            line = tr("{position}: {name}", position=role, name=who.get("name", ""))
            if who.get("crisis_role"):
                line += f" — {who['crisis_role']}"
            person = PlainLabel(line)
            person.setObjectName("callPerson")
            view.add_widget(person)
            if entry.stale:
                marker = PlainLabel(tr("Not verified in the last 180 days — check the number"))
                marker.setObjectName("warning")
                view.add_widget(marker)
            channels = who.get("channels", [])
            if not channels:
                view.add_widget(PlainLabel(tr("No channels recorded.")))
            for channel in channels:
                caption = channel.get("label") or enum_label(str(channel.get("kind", "")))
                if channel.get("talk_group"):
                    caption = f"{caption} ({channel['talk_group']})"
                view.add_copy_line(caption, str(channel.get("value", "")), str(channel.get("kind", "")))
        if len(tree) > 1:
            view.add_heading(tr("Call tree"))
            widget = QTreeWidget()
            widget.setHeaderHidden(True)
            items: dict[int, QTreeWidgetItem] = {}
            for level, contact in tree:
                # QTreeWidgetItem text is always plain (no rich-text interpretation).
                item = QTreeWidgetItem([f"{contact.title} — {contact.data.get('crisis_role', '')}".rstrip(" —")])
                if level == 0:
                    widget.addTopLevelItem(item)
                else:
                    items[level - 1].addChild(item)
                items[level] = item
            widget.expandAll()
            widget.setMinimumHeight(min(240, 30 * len(tree) + 10))
            view.add_widget(widget)
        self._update_buttons()
