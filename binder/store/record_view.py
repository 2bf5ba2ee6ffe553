"""A record as a person reads it: labelled lines, with names (and numbers) where it refers to others.

`describe` walks the schema declaration (`binder.model.schema`), so every kind and field is
covered, in the current language. Used by `binder show`; the window can use it too.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from binder.i18n import language, tr
from binder.model import schema
from binder.model.labels import enum_label
from binder.model.schema import Field
from binder.store import references
from binder.store.records import Record
from binder.store.references import Ref
from binder.store.versioning import local_day
from binder.vault.vault import Vault


@dataclass(frozen=True)
class Line:
    label: str
    text: str
    depth: int = 0          # 0: a field; 1: an item of a list field


def channel_text(channel: dict[str, Any], lang: str) -> str:
    """'mobile (Tjänstemobil): 070-177 76 14' with the Rakel talk group when there is one."""
    kind = enum_label("channel", channel.get("kind", ""), lang)
    label = f" ({channel['label']})" if channel.get("label") and channel["label"] != kind else ""
    talk_group = channel.get("talk_group")
    group = f" — {tr('talk group {group}', lang=lang, group=talk_group)}" if talk_group else ""
    return f"{kind}{label}: {channel.get('value', '')}{group}"


def describe(vault: Vault, record: Record, lang: str | None = None) -> list[Line]:
    lang = lang or language()
    kind = schema.KINDS[record.kind]
    refs = references.names(vault, references.referenced_ids(record.kind, record.data))
    from binder.model import clock
    from binder.store import metadata
    zone = clock.binder_zone(metadata.get(vault))
    lines = [Line(tr("Kind", lang=lang), kind.label(lang)), Line("id", record.id)]
    for fl in kind.fields:
        value = record.data.get(fl.name)
        if value in (None, "", []):
            continue
        if fl.type == schema.DATETIME:
            value = clock.format_local(value, zone)
        lines.extend(_field_lines(fl, value, refs, lang))
    if record.kind == "contact" and schema.is_stale_contact(record.data, local_day(vault, clock.now())):
        lines.append(Line(tr("Note", lang=lang), tr("not verified in the last 180 days", lang=lang)))
    if record.amended:
        lines.append(Line(tr("Corrected on this laptop", lang=lang), ", ".join(record.amended)))
    return lines


def _field_lines(fl: Field, value: Any, refs: dict[str, Ref], lang: str) -> list[Line]:
    label = fl.label(lang)
    if fl.type == schema.REF:
        return [Line(label, references.label(refs, value))]
    if fl.type == schema.LIST and fl.item is not None:
        items = [_item_text(fl.item, item, refs, lang) for item in value]
        if fl.item.type in (schema.REF, schema.OBJECT):
            return [Line(label, "")] + [Line(f"{i}.", text, 1) for i, text in enumerate(items, start=1)]
        return [Line(label, ", ".join(items))]
    if fl.type == schema.ENUM:
        return [Line(label, enum_label(fl.name, value, lang))]
    if fl.type == schema.BOOL:
        return [Line(label, tr("yes", lang=lang) if value else tr("no", lang=lang))]
    return [Line(label, str(value))]


def _item_text(item: Field, value: Any, refs: dict[str, Ref], lang: str) -> str:
    if item.type == schema.REF:
        return references.label(refs, value)
    if item.type != schema.OBJECT:
        return str(value)
    if item.name == "channel":
        return channel_text(value, lang)
    if item.name == "step":
        return _step_text(item, value, refs, lang)
    return "; ".join(f"{f.label(lang)}: {value[f.name]}" for f in item.fields if value.get(f.name) not in (None, ""))


def _step_text(item: Field, step: dict[str, Any], refs: dict[str, Ref], lang: str) -> str:
    parts = [f"{step.get('number', '')} {step.get('instruction', '')}".strip()]
    for fl in item.fields:
        if fl.name in ("number", "instruction") or step.get(fl.name) in (None, "", []):
            continue
        value = step[fl.name]
        if isinstance(value, list):
            value = ", ".join(references.label(refs, v) for v in value)
        parts.append(f"{fl.label(lang)}: {value}")
    return " — ".join(parts)


def as_text(lines: list[Line]) -> str:
    width = max((len(line.label) for line in lines if not line.depth), default=0)
    out = []
    for line in lines:
        if line.depth:
            out.append(f"  {line.label:>3} {line.text}")
        else:
            out.append(f"{line.label + ':':<{width + 1}} {line.text}".rstrip())
    return "\n".join(out)


def binder_lines(vault: Vault, lang: str | None = None) -> list[Line]:
    """What this vault and binder are (`binder info`), with the spokespersons by name."""
    from binder.model import clock
    from binder.store import metadata, versioning
    from binder.vault.vault import describe as describe_vault
    lang = lang or language()
    data = metadata.get(vault)
    vault_info = describe_vault(vault)
    role = tr("coordinator (publisher)", lang=lang) if vault_info["role"] == "publisher" else tr("laptop", lang=lang)
    lines = [Line(tr("Vault", lang=lang), vault_info["path"]), Line(tr("Role", lang=lang), role),
             Line(tr("Binder version", lang=lang), versioning.binder_version(vault)),
             Line(tr("Valid as of", lang=lang),
                  clock.format_local(versioning.valid_as_of(vault), clock.binder_zone(data))),
             Line(tr("Schema version", lang=lang), str(vault_info["schema_version"])),
             Line(tr("Created", lang=lang), clock.format_local(vault_info["created_at"], clock.binder_zone(data))),
             Line(tr("Vault id", lang=lang), vault_info["vault_id"])]
    refs = references.names(vault, [data[f.name] for f in schema.METADATA if f.type == schema.REF and data.get(f.name)])
    for fl in schema.METADATA:
        if data.get(fl.name) not in (None, ""):
            lines.extend(_field_lines(fl, data[fl.name], refs, lang))
    return lines
