"""Communication: the comms plan per target group, key messages and holding statements."""
from __future__ import annotations

from binder.gui.sections.record_section import RecordSection
from binder.i18n import N_


class CommunicationSection(RecordSection):
    title_source = N_("Communication")
    kind = "comms"
