"""Vault commands: init, demo, passwd, restore-keys, backup, restore, backups, info."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from binder import demo
from binder.cli.context import Context, parse_assignments
from binder.errors import VaultError
from binder.i18n import tr
from binder.vault import passphrase_policy
from binder.vault import restore as restore_mod
from binder.vault import vault as vault_mod
from binder.vault.vault import Vault


def show_recovery_key(ctx: Context, key: str) -> None:
    if ctx.json:
        return
    print(tr("Your recovery key (shown only this once). Write it down or print it, and keep it sealed:"))
    print()
    print(f"    {key}")
    print()
    print(tr("With it you can open the vault and set a new passphrase if the passphrase is lost."))


def cmd_init(ctx: Context) -> int:
    path = ctx.vault_path
    passphrase = ctx.new_passphrase()
    if not (path / vault_mod.KEYSLOTS_NAME).exists():    # "a vault already exists" comes first
        passphrase_policy.require_strong(passphrase, (ctx.args.organisation or "",))
    vault, recovery = Vault.create(path, passphrase, publisher=ctx.args.publisher,
                                   organisation=ctx.args.organisation or "",
                                   organisation_id=ctx.args.organisation_id or "",
                                   language=ctx.args.lang or "sv")
    vault.close()
    if ctx.json:
        ctx.emit({"path": str(path), "publisher": ctx.args.publisher, "recovery_key": recovery})
    else:
        ctx.say("Created a new {role} vault in {path}.", role=tr("publisher") if ctx.args.publisher else tr("laptop"),
                path=str(path))
        show_recovery_key(ctx, recovery)
    return 0


def demo_vault_path(ctx: Context) -> Path:
    """`--vault` if given; otherwise the demo's own folder (as the window's), never the real vault."""
    if getattr(ctx.args, "vault", None):
        return ctx.vault_path
    return demo.default_demo_path()


def cmd_demo(ctx: Context) -> int:
    path = demo_vault_path(ctx)
    explicit = ctx.args.passphrase_file or os.environ.get("BINDER_PASSPHRASE") is not None
    passphrase = ctx.passphrase() if explicit else demo.DEMO_PASSPHRASE

    def progress(done: int, total: int, message: str) -> None:
        if not ctx.json and sys.stderr.isatty():
            print(f"\r{message} {done}/{total}", end="", file=sys.stderr)

    vault, recovery, result = demo.create_demo_vault(path, passphrase, progress=progress)
    vault.close()
    if ctx.json:
        ctx.emit({"path": str(path), "recovery_key": recovery, **result.to_json()})
        return 0
    ctx.say("Created the demo vault (Norrbacka kommun) in {path} with {count} records.", path=str(path),
            count=result.total)
    if not explicit:
        ctx.say("Its passphrase is: {passphrase}", passphrase=passphrase)
    show_recovery_key(ctx, recovery)
    return 0


def cmd_passwd(ctx: Context) -> int:
    if ctx.args.recovery:
        key = ctx.recovery_key()
        vault = Vault.open(ctx.vault_path, recovery_key=key, repair_keys=True)
    else:
        vault = Vault.open(ctx.vault_path, ctx.passphrase(tr("Current passphrase: ")), repair_keys=True)
    try:
        if ctx.args.new_passphrase_file:
            with open(ctx.args.new_passphrase_file, encoding="utf-8") as handle:
                new = handle.read().rstrip("\r\n")
        else:
            new = os.environ.get("BINDER_NEW_PASSPHRASE") or ""
            if not new:
                first = ctx.prompt_secret(tr("New passphrase (at least 8 characters): "))
                if first != ctx.prompt_secret(tr("Repeat the new passphrase: ")):
                    raise VaultError("The two passphrases differ. Nothing was changed.")
                new = first
        passphrase_policy.require_strong(new)
        vault.change_passphrase(new)
    finally:
        vault.close()
    ctx.say("The passphrase was changed. The recovery key still works.")
    return 0


def cmd_rekey(ctx: Context) -> int:
    """New data key, new recovery key, old key slots gone (binder/vault/rekey.py)."""
    passphrase = ctx.passphrase(tr("Current passphrase: "))
    vault = Vault.open(ctx.vault_path, passphrase)
    organisation = vault.meta("binder")
    try:
        recovery = vault.rekey(passphrase)
    finally:
        vault.close()
    if ctx.args.sheet:
        import json as json_mod

        from binder.recovery_sheet import build_recovery_sheet
        name = json_mod.loads(organisation or "{}").get("organisation", "")
        build_recovery_sheet(Path(ctx.args.sheet), recovery, organisation=name,
                             vault_id=vault.vault_id)
    if ctx.json:
        ctx.emit({"path": str(ctx.vault_path), "recovery_key": recovery})
        return 0
    ctx.say("All keys were changed: the vault and its backups are encrypted with a new key. The passphrase "
            "stays the same; the old recovery key and old copies of the key file open nothing any more.")
    show_recovery_key(ctx, recovery)
    if ctx.args.sheet:
        ctx.say("Recovery sheet written: {path}", path=ctx.args.sheet)
    return 0


def cmd_backup(ctx: Context) -> int:
    backup = ctx.vault().backup("manual", keep=ctx.args.keep)
    if ctx.json:
        ctx.emit({"path": str(backup.path), "created_at": backup.created_at, "size": backup.size})
    else:
        ctx.say("Encrypted backup written: {path}", path=str(backup.path))
    return 0


def cmd_backups(ctx: Context) -> int:
    backups = vault_mod.list_backups(ctx.vault_path)
    if ctx.json:
        ctx.emit([{"path": str(b.path), "created_at": b.created_at, "reason": b.reason, "size": b.size}
                  for b in backups])
        return 0
    if not backups:
        ctx.say("No backups yet.")
    for b in backups:
        print(f"{b.created_at}  {b.reason:<20} {b.size // 1024:>8} KiB  {b.path.name}")
    return 0


def cmd_restore_keys(ctx: Context) -> int:
    """Bring back a missing or damaged keyslots.json from a verified copy (nothing else changes)."""
    recovery = ctx.recovery_key() if ctx.args.recovery else None
    passphrase = None if recovery else ctx.passphrase()
    keyfile = ctx.vault_path / vault_mod.KEYSLOTS_NAME
    before = keyfile.read_bytes() if keyfile.is_file() else b""
    vault_mod.open_for_restore(ctx.vault_path, passphrase, recovery)
    if keyfile.read_bytes() == before:
        ctx.say("The key file of the vault is intact; nothing to bring back.")
    else:
        ctx.say("The key file was brought back from a verified copy. The vault opens again.")
    return 0


def _backup_argument(ctx: Context) -> Path | None:
    if not ctx.args.backup:
        return None
    chosen = Path(ctx.args.backup)
    if not chosen.is_absolute() and not chosen.exists():
        chosen = ctx.vault_path / vault_mod.BACKUPS_NAME / ctx.args.backup
    return chosen


def _confirm_restore(ctx: Context, plan: restore_mod.RestorePlan) -> None:
    """Show what the restore carries over and loses; ask unless --yes (refuse without a terminal)."""
    ctx.say("Restoring the backup {name} ({created}).", name=plan.backup.path.name, created=plan.backup.created_at)
    if not plan.live_readable:
        ctx.say("The current database cannot be read: what changed since the backup cannot be listed or "
                "carried over. A raw copy of it is kept among the backups.")
    else:
        ctx.say("Incident-log entries written since the backup are kept: {count}.", count=plan.log_to_carry)
        lines = plan.loss_lines()
        if lines:
            ctx.say("These changes made since the backup will be lost:")
            for line in lines:
                print(f"  {line}")
        else:
            ctx.say("Nothing else was changed since the backup.")
    if ctx.args.yes:
        return
    if not sys.stdin or not sys.stdin.isatty():
        raise VaultError("Restoring needs a confirmation: run it in a terminal, or add --yes. Nothing was changed.")
    answer = input(tr("Restore this backup? [y/N] ")).strip().lower()
    if answer not in ("y", "yes", "j", "ja"):
        raise VaultError("Not restored. Nothing was changed.")


def cmd_restore(ctx: Context) -> int:
    recovery = ctx.recovery_key() if ctx.args.recovery else None
    passphrase = None if recovery else ctx.passphrase()
    key = vault_mod.open_for_restore(ctx.vault_path, passphrase, recovery)
    chosen = _backup_argument(ctx)
    plan = restore_mod.plan(ctx.vault_path, key, chosen)
    _confirm_restore(ctx, plan)
    result = restore_mod.restore_backup(ctx.vault_path, key, plan.backup)
    Vault.open_with_key(ctx.vault_path, key).close()  # opens, checks integrity, migrates
    ctx.say("Restored the backup {name}.", name=result.restored.path.name)
    if result.before_restore is not None:
        ctx.say("The vault as it was before is kept as the backup {name}.", name=result.before_restore.path.name)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=tr("create a new, empty vault"))
    p.add_argument("--publisher", action="store_true", help=tr("the coordinator's master vault (exports bundles)"))
    p.add_argument("--organisation", help=tr("organisation name, e.g. 'Norrbacka kommun'"))
    p.add_argument("--organisation-id", help=tr("short organisation id used in bundles"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help=tr("create a new vault holding the demo municipality"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("passwd", help=tr("change the passphrase (or set a new one with the recovery key)"))
    p.add_argument("--recovery", action="store_true", help=tr("unlock with the recovery key instead"))
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("rekey", help=tr("change all keys: a new data key and a new recovery key"))
    p.add_argument("--sheet", metavar="FILE", help=tr("also write the new recovery sheet (PDF) to FILE"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_rekey)

    p = sub.add_parser("backup", help=tr("write an encrypted backup now"))
    p.add_argument("--keep", type=int, default=vault_mod.DEFAULT_BACKUPS_KEPT,
                   help=tr("how many of the newest automatic backups always to keep"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help=tr("list the encrypted backups"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help=tr("restore a backup (default: the newest)"))
    p.add_argument("backup", nargs="?", help=tr("backup file name or path"))
    p.add_argument("--recovery", action="store_true", help=tr("unlock with the recovery key instead"))
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation (for scripts)"))
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("restore-keys", help=tr("bring back a missing or damaged key file from a verified copy"))
    p.add_argument("--recovery", action="store_true", help=tr("unlock with the recovery key instead"))
    p.set_defaults(func=cmd_restore_keys)
    register_metadata(sub)
    register_check(sub)


def cmd_metadata(ctx: Context) -> int:
    from binder.store import metadata
    vault = ctx.vault()
    if ctx.args.set:
        metadata.update(vault, parse_assignments(ctx.args.set))
    data = metadata.get(vault)
    if ctx.json:
        ctx.emit(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return 0


def register_metadata(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("metadata", help=tr("show or set the binder's metadata (organisation, classification, …)"))
    p.add_argument("--set", action="append", metavar="FIELD=VALUE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_metadata)


def cmd_check(ctx: Context) -> int:
    from binder.store import incident_log
    vault = ctx.vault()
    vault.check_integrity()
    ok, n, problem = incident_log.verify(vault)
    if not ok:
        raise VaultError("The incident log has been tampered with: {problem}.", problem=problem)
    ctx.say("The vault is intact: every page verified, incident log chain of {count} entries verified.", count=n)
    return 0


def register_check(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help=tr("verify every page of the vault and the incident log chain"))
    p.set_defaults(func=cmd_check)
