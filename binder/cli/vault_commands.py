"""Vault commands: init, demo, passwd, backup, restore, backups, info."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from binder import demo
from binder.cli.context import Context, parse_assignments
from binder.errors import VaultError
from binder.i18n import tr
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


def cmd_demo(ctx: Context) -> int:
    path = ctx.vault_path
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
        vault = Vault.open(ctx.vault_path, recovery_key=key)
    else:
        vault = Vault.open(ctx.vault_path, ctx.passphrase(tr("Current passphrase: ")))
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
        vault.change_passphrase(new)
    finally:
        vault.close()
    ctx.say("The passphrase was changed. The recovery key still works.")
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


def cmd_restore(ctx: Context) -> int:
    recovery = ctx.recovery_key() if ctx.args.recovery else None
    passphrase = None if recovery else ctx.passphrase()
    key = vault_mod.open_for_restore(ctx.vault_path, passphrase, recovery)
    chosen = None
    if ctx.args.backup:
        chosen = Path(ctx.args.backup)
        if not chosen.is_absolute() and not chosen.exists():
            chosen = ctx.vault_path / vault_mod.BACKUPS_NAME / ctx.args.backup
    try:
        live = Vault.open_with_key(ctx.vault_path, key, migrate=False, check=False)
    except VaultError:
        live = None  # the live database is damaged: restore without backing it up first
    restored = vault_mod.restore_backup(ctx.vault_path, key, chosen, vault=live)
    Vault.open_with_key(ctx.vault_path, key).close()  # opens, checks integrity, migrates
    ctx.say("Restored the backup {name}.", name=restored.path.name)
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

    p = sub.add_parser("backup", help=tr("write an encrypted backup now"))
    p.add_argument("--keep", type=int, default=vault_mod.DEFAULT_BACKUPS_KEPT, help=tr("how many backups to keep"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help=tr("list the encrypted backups"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help=tr("restore a backup (default: the newest)"))
    p.add_argument("backup", nargs="?", help=tr("backup file name or path"))
    p.add_argument("--recovery", action="store_true", help=tr("unlock with the recovery key instead"))
    p.set_defaults(func=cmd_restore)

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
