"""USB bundle commands: publisher keys, trust, identity, enrolment, export/verify/import/status/undo."""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from binder import bundle, i18n
from binder.bundle import recipients, trust
from binder.bundle.errors import NeedsPassphrase, TrustError
from binder.cli.context import Context
from binder.errors import BinderError, BundleError
from binder.i18n import tr
from binder.model import schema
from binder.reports import keys as report_keys
from binder.store import amendments


def _progress(ctx: Context) -> Any:
    if ctx.json:
        return None
    return lambda done, total, label: print(f"[{done}/{total}] {tr(label)}", file=sys.stderr)


# -- keys, trust, identity, recipients ------------------------------------------------------------

def cmd_export_key(ctx: Context) -> int:
    info = trust.export_key(ctx.vault(), Path(ctx.args.file))
    if ctx.json:
        ctx.emit(info)
    else:
        ctx.say("Wrote the publisher key to {path}.", path=info["path"])
        ctx.say("Fingerprint (read it aloud when a laptop is set up): {fingerprint}",
                fingerprint=info["fingerprint"])
    return 0


def cmd_trust_add(ctx: Context) -> int:
    a = ctx.args
    info = trust.add_trust(ctx.vault(), Path(a.file), a.fingerprint, replace=a.replace)
    if ctx.json:
        ctx.emit(info)
    else:
        ctx.say("This laptop now trusts bundles from {organisation} ({organisation_id}) signed by the key "
                "{fingerprint}.", organisation=info["organisation"] or "-",
                organisation_id=info["organisation_id"], fingerprint=info["fingerprint"])
    return 0


def cmd_trust_list(ctx: Context) -> int:
    vault = ctx.vault()
    keys = trust.list_trusted(vault)
    pol = trust.policy(vault.db)
    if ctx.json:
        ctx.emit({"organisation_id": pol.organisation_id if pol else None,
                  "threshold": pol.threshold if pol else None,
                  "key_set_version": pol.key_set_version if pol else None,
                  "keys": [k.to_json() for k in keys]})
        return 0
    if pol is None:
        ctx.say("This laptop trusts no publisher yet.")
        return 0
    ctx.say("Organisation: {organisation} ({organisation_id}); signatures required: {threshold}; key set "
            "version {version}.", organisation=pol.organisation or "-", organisation_id=pol.organisation_id,
            threshold=pol.threshold, version=pol.key_set_version)
    for key in keys:
        state = tr("removed {date}", date=key.revoked_at) if key.revoked_at else tr("trusted")
        print(f"  {key.fingerprint}  ({state})")
    return 0


def cmd_trust_remove(ctx: Context) -> int:
    trust.remove_trust(ctx.vault(), ctx.args.fingerprint)
    ctx.say("The key is no longer trusted.")
    return 0


def cmd_identity(ctx: Context) -> int:
    vault = ctx.vault()
    if vault.is_publisher:
        info = recipients.own_recipient(vault)
    else:
        ident = report_keys.export_identity(vault, Path(ctx.args.export)) if ctx.args.export \
            else report_keys.own_identity(vault)
        info = {"recipient": ident.recipient, "signing_key": ident.to_json()["signing_key"],
                "fingerprint": ident.fingerprint}
    if ctx.json:
        ctx.emit(info)
        return 0
    if ctx.args.export and not vault.is_publisher:
        ctx.say("Wrote {path}: take it to the coordinator with the USB stick.", path=ctx.args.export)
    ctx.say("Recipient (send this to the coordinator): {recipient}", recipient=info["recipient"])
    ctx.say("Fingerprint (read it aloud to check): {fingerprint}", fingerprint=info["fingerprint"])
    return 0


def cmd_recipients_add(ctx: Context) -> int:
    a = ctx.args
    vault = ctx.vault()
    if Path(a.recipient).is_file():
        ident = report_keys.read_identity_file(Path(a.recipient))
        if not a.fingerprint:
            raise TrustError("Give the fingerprint the laptop's user reads aloud (--fingerprint). Nothing "
                             "was changed.")
        report_keys.check_fingerprint(ident, a.fingerprint)
        item = recipients.add(vault, a.name, ident.recipient, ident.signing_key, ident.fingerprint)
    else:
        item = recipients.add(vault, a.name, a.recipient)
    if ctx.json:
        ctx.emit(item.to_json())
    elif item.reports:
        ctx.say("Enrolled {name}; fingerprint {fingerprint}. It gets the next bundle you export and can send "
                "field reports.", name=item.name, fingerprint=item.fingerprint)
    else:
        ctx.say("Enrolled {name}; fingerprint {fingerprint}. It gets the next bundle you export.",
                name=item.name, fingerprint=item.fingerprint)
    return 0


def cmd_recipients_remove(ctx: Context) -> int:
    recipients.remove(ctx.vault(), ctx.args.name)
    ctx.say("Removed {name}: it gets no later bundle.", name=ctx.args.name)
    return 0


def cmd_recipients_list(ctx: Context) -> int:
    items = recipients.active(ctx.vault())
    if ctx.json:
        ctx.emit([i.to_json() for i in items])
        return 0
    if not items:
        ctx.say("No laptop is enrolled.")
    for item in items:
        print(f"{item.name}\t{item.fingerprint}\t{item.recipient}")
    return 0


# -- export / verify / import / undo ----------------------------------------------------------------

def _bundle_passphrase(ctx: Context, twice: bool) -> str:
    env = os.environ.get("BINDER_BUNDLE_PASSPHRASE")
    if env is not None:
        return env
    first = ctx.prompt_secret(tr("Bundle passphrase (at least 12 characters): "))
    if twice and first != ctx.prompt_secret(tr("Repeat the bundle passphrase: ")):
        raise BundleError("The two passphrases differ. Nothing was written.")
    return first


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    passphrase = _bundle_passphrase(ctx, twice=True) if a.passphrase_slot else None
    result = bundle.export_bundle(ctx.vault(), Path(a.out), expires_days=a.expires, passphrase=passphrase,
                                  progress=_progress(ctx))
    if ctx.json:
        ctx.emit(result.to_json())
        return 0
    ctx.say("Wrote bundle {sequence} to {path} for {count} laptops.", sequence=result.sequence,
            path=str(result.path), count=len(result.recipients))
    ctx.say("Check sheet: {path}", path=str(result.text_path))
    ctx.say("Publisher fingerprint: {fingerprint}", fingerprint=result.fingerprint)
    ctx.say("It is now safe to remove the USB stick once your system has finished writing (eject it first).")
    return 0


def _verify(ctx: Context, path: Path) -> bundle.Verified:
    vault = ctx.vault()
    try:
        return bundle.verify_bundle(vault, path, _progress(ctx),
                                    passphrase=os.environ.get("BINDER_BUNDLE_PASSPHRASE"))
    except NeedsPassphrase:
        if not sys.stdin or not sys.stdin.isatty():
            raise
        return bundle.verify_bundle(vault, path, _progress(ctx), passphrase=_bundle_passphrase(ctx, False))


def cmd_verify(ctx: Context) -> int:
    try:
        verified = _verify(ctx, Path(ctx.args.file))
    except BinderError as exc:
        if ctx.json:
            ctx.emit({"ok": False, "sequence": None, "error": exc.message()})
            return 1
        raise
    try:
        if ctx.json:
            ctx.emit(verified.to_json())
        else:
            _print_verified(ctx, verified)
    finally:
        verified.cleanup()
    return 0


def _when(stamp: str) -> str:
    """An ISO time as the user's local date and time, e.g. 2026-11-25 14:41."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def _print_verified(ctx: Context, v: bundle.Verified) -> None:
    h = v.header
    ctx.say("Bundle {sequence} from {organisation}, issued {issued}, review due {expires}.",
            sequence=v.sequence, organisation=h["organisation"], issued=_when(h["issued_at"]),
            expires=_when(h["expires_at"]))
    ctx.say("Signed by: {fingerprints}", fingerprints="; ".join(v.signer_fingerprints))
    if v.already_imported:
        ctx.say("This bundle is already imported; importing it again changes nothing.")
    else:
        counts = ", ".join(f"{schema.KINDS[k].label(i18n.language())} {n}" for k, n in sorted(v.counts.items())
                           if k in schema.KINDS)
        ctx.say("Signature, sequence, checksums and all records are valid ({counts}).", counts=counts or "0")
    if v.expired:
        ctx.warn("WARNING: this bundle has expired; its data may be stale.")
    if v.clock_warning:
        ctx.warn(v.clock_warning)


def _print_preview(ctx: Context, p: bundle.Preview) -> None:
    for kind, c in p.changes.items():
        if c.added or c.changed or c.removed:
            ctx.say("{kind}: {added} added, {changed} changed, {removed} removed",
                    kind=schema.KINDS[kind].label(i18n.language()), added=c.added, changed=c.changed,
                    removed=c.removed)
    if p.metadata_changed:
        ctx.say("Binder details (organisation, plan version…) change.")
    if not p.has_changes:
        ctx.say("No published data changes.")
    for o in p.conflicts:
        a = o.amendment
        if o.outcome == amendments.REMOVED:
            ctx.say("CONFLICT: {title} is removed by the bundle; your change to {field} moves to Conflicts.",
                    title=a.title, field=a.field)
        else:
            ctx.say("CONFLICT: {title}, {field}: yours {mine}, bundle {theirs}. The bundle wins; yours moves to "
                    "Conflicts.", title=a.title, field=a.field, mine=json.dumps(a.value, ensure_ascii=False),
                    theirs=json.dumps(o.incoming_value, ensure_ascii=False))
    if p.kept_amendments:
        ctx.say("{count} local corrections stay as they are.", count=p.kept_amendments)
    for d in p.dangling:
        ctx.warn("WARNING: your local record {title} refers to {target}, which this bundle removes.",
                 title=d.title, target=d.target_title)


def cmd_import(ctx: Context) -> int:
    a = ctx.args
    operator = ctx.operator() if a.accept_expired else ""    # accepting stale data is logged as a decision
    verified = _verify(ctx, Path(a.file))
    try:
        _print_verified(ctx, verified)
        if verified.already_imported:
            return 0
        vault = ctx.vault()
        _print_preview(ctx, bundle.preview(vault, verified))
        if a.dry_run:
            ctx.say("Dry run: nothing was changed.")
            return 0
        if verified.expired and not a.accept_expired:
            raise bundle.ExpiredBundle(
                "This bundle expired on {date}: its data may be out of date. Import it only if nothing newer "
                "is available, and confirm that you accept stale data (--accept-expired). Nothing was changed.",
                date=verified.header["expires_at"])
        if not a.yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise BundleError("Add --yes to apply the bundle (or --dry-run to only look). Nothing was changed.")
            answer = input(tr("Apply this bundle? [y/N] ")).strip().lower()
            if answer not in ("y", "yes", "j", "ja"):
                ctx.say("Nothing was changed.")
                return 0
        result = bundle.apply(vault, verified, accept_expired=a.accept_expired, progress=_progress(ctx),
                              operator=operator)
    finally:
        verified.cleanup()
    ctx.say("Imported bundle {sequence}: {added} added, {changed} changed, {removed} removed, {conflicts} "
            "conflicts. Backup: {backup}", sequence=result.sequence, added=result.added, changed=result.changed,
            removed=result.removed, conflicts=result.conflicts, backup=result.backup)
    if result.conflicts:
        ctx.say("See them with 'binder conflicts list'.")
    if result.dangling:
        ctx.warn("WARNING: {count} local records refer to records this bundle removed: {titles}.",
                 count=len(result.dangling), titles=", ".join(sorted({d.title for d in result.dangling})))
    return 0


def cmd_status(ctx: Context) -> int:
    status = bundle.bundle_status(ctx.vault())
    if ctx.json:
        ctx.emit(status.to_json())
    elif status.sequence is None:
        ctx.say("No bundle yet.")
    elif status.role == "publisher":
        ctx.say("Last exported bundle: {sequence}.", sequence=status.sequence)
    else:
        ctx.say("Binder from bundle {sequence}, issued {issued}, review due {expires}; imported {applied}.",
                sequence=status.sequence, issued=_when(status.issued_at), expires=_when(status.expires_at),
                applied=_when(status.applied_at))
        if status.expired:
            ctx.warn("WARNING: the binder is past its review date; its data may be stale.")
    return 0


def cmd_rotate_key(ctx: Context) -> int:
    info = trust.rotate_signing_key(ctx.vault())
    if ctx.json:
        ctx.emit(info)
    else:
        ctx.say("New signing key {fingerprint} (key set version {version}). Laptops accept it through the next "
                "bundle; export a new key file for laptops set up from now on.",
                fingerprint=info["fingerprint"], version=info["key_set_version"])
    return 0


def cmd_undo(ctx: Context) -> int:
    result = bundle.undo_last_import(ctx.vault())
    if ctx.json:
        ctx.emit(result.to_json())
    else:
        ctx.say("Undid the import of bundle {sequence}; the binder is back at bundle {current}.",
                sequence=result.sequence, current=result.restored_sequence or 0)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("publisher", help=tr("publisher (coordinator) key"))
    psub = p.add_subparsers(dest="publisher_command", metavar="ACTION")
    psub.required = True
    q = psub.add_parser("rotate-key", help=tr("replace the signing key (laptops follow through the next bundle)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_rotate_key)
    q = psub.add_parser("export-key", help=tr("write the public signing key for laptops"))
    q.add_argument("file")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_export_key)

    p = sub.add_parser("trust", help=tr("which publisher keys this laptop trusts"))
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION")
    tsub.required = True
    q = tsub.add_parser("add", help=tr("trust a publisher key file after comparing its fingerprint"))
    q.add_argument("file")
    q.add_argument("--fingerprint", required=True, help=tr("the fingerprint read aloud by the coordinator"))
    q.add_argument("--replace", action="store_true",
                   help=tr("replace all trusted keys (after a key compromise; resets the bundle number)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_trust_add)
    q = tsub.add_parser("list", help=tr("list trusted keys"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_trust_list)
    q = tsub.add_parser("remove", help=tr("stop trusting a key"))
    q.add_argument("fingerprint")
    q.set_defaults(func=cmd_trust_remove)

    p = sub.add_parser("identity", help=tr("this vault's age recipient for enrolment"))
    p.add_argument("--export", metavar="FILE",
                   help=tr("write this laptop's public identity (both keys) to FILE for the coordinator"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_identity)

    p = sub.add_parser("recipients", help=tr("laptops that receive bundles (publisher)"))
    rsub = p.add_subparsers(dest="recipients_command", metavar="ACTION")
    rsub.required = True
    q = rsub.add_parser("add", help=tr("enrol a laptop"))
    q.add_argument("name")
    q.add_argument("recipient", help=tr("the laptop's age1… recipient, or its identity file (field reports)"))
    q.add_argument("--fingerprint", help=tr("with an identity file: the fingerprint read aloud by the laptop"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_recipients_add)
    q = rsub.add_parser("remove", help=tr("remove a lost laptop"))
    q.add_argument("name")
    q.set_defaults(func=cmd_recipients_remove)
    q = rsub.add_parser("list", help=tr("list enrolled laptops"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_recipients_list)

    p = sub.add_parser("bundle", help=tr("USB bundles: export, verify, import, undo"))
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION")
    bsub.required = True
    q = bsub.add_parser("export", help=tr("write the next signed, encrypted bundle"))
    q.add_argument("out", help=tr("a folder (e.g. the USB stick) or a file name"))
    q.add_argument("--expires", type=int, default=90, metavar="DAYS", help=tr("review due after DAYS (default 90)"))
    q.add_argument("--passphrase-slot", action="store_true",
                   help=tr("also encrypt an emergency copy to a bundle passphrase (BINDER_BUNDLE_PASSPHRASE)"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_export)
    q = bsub.add_parser("verify", help=tr("check a bundle without changing anything"))
    q.add_argument("file")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_verify)
    q = bsub.add_parser("import", help=tr("check, preview and apply a bundle"))
    q.add_argument("file")
    q.add_argument("--dry-run", action="store_true", help=tr("show what would change, change nothing"))
    q.add_argument("--yes", action="store_true", help=tr("apply without asking"))
    q.add_argument("--accept-expired", action="store_true",
                   help=tr("accept an expired bundle (recorded in the incident log)"))
    q.set_defaults(func=cmd_import)
    q = bsub.add_parser("status", help=tr("the last imported or exported bundle"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_status)
    q = bsub.add_parser("undo", help=tr("undo the last import from its backup"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_undo)
