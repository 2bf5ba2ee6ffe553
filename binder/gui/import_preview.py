"""The import wizard's preview of a checked bundle, as plain text lines (shown in a PlainLabel)."""
from __future__ import annotations

from binder.bundle import Preview
from binder.gui.models.run_steps import local_time
from binder.i18n import language, tr
from binder.model import schema


def kind_title(kind: str) -> str:
    if kind in schema.KINDS:
        return schema.KINDS[kind].label(language())
    return tr("Binder details") if kind == "metadata" else kind


def describe_preview(p: Preview) -> str:
    """The preview as plain text lines (shown in a PlainLabel)."""
    lines = [tr("From: {organisation}", organisation=p.organisation),
             tr("Bundle number {sequence}, issued {issued}, valid until {expires}", sequence=p.sequence,
                issued=local_time(p.issued_at), expires=local_time(p.expires_at)),
             tr("Signed by key {fingerprint}", fingerprint=", ".join(p.signer_fingerprints))]
    if p.key_rotation:
        lines.append(tr("The coordinator's signing key has changed (signed by the old key)."))
    if p.already_imported:
        lines.append(tr("This bundle has already been imported. Nothing will change."))
    lines.append("")
    for kind, changes in p.changes.items():
        if changes.added or changes.changed or changes.removed:
            lines.append(tr("{kind}: {added} new, {changed} changed, {removed} removed", kind=kind_title(kind),
                            added=changes.added, changed=changes.changed, removed=changes.removed))
    if p.metadata_changed:
        lines.append(tr("The binder details (organisation, plan version…) change."))
    if not p.has_changes and not p.already_imported:
        lines.append(tr("No changes compared with what you have."))
    if p.conflicts:
        lines.append("")
        lines.append(tr("Your corrections affected by this bundle:"))
        for outcome in p.conflicts:
            lines.append(f"  • {outcome.amendment.title} — {outcome.amendment.field}: {tr(outcome.outcome)}")
    if p.kept_amendments:
        lines.append(tr("{count} of your corrections stay in place.", count=p.kept_amendments))
    lines.extend(tr("Your record {title} refers to {target}, which this bundle removes.", title=d.title,
                    target=d.target_title) for d in p.dangling)
    return "\n".join(lines)
