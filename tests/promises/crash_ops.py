"""Child side of the crash harness: `python -m tests.promises.crash_ops OP VAULT PASSPHRASE [ARG]`.

Prints READY immediately before the operation and DONE after it; the parent
SIGKILLs it somewhere in between. Each operation is the same core call the CLI
and the GUI make.
"""
from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    op, vault_path, passphrase = argv[0], Path(argv[1]), argv[2]
    from binder.vault.vault import KEYSLOTS_NAME, Vault
    if op == "migrate":
        from binder.vault.keyslots import KeySlots
        slots = KeySlots.load(vault_path / KEYSLOTS_NAME)
        key = slots.unlock_with_passphrase(passphrase)
        print("READY", flush=True)
        Vault.open_with_key(vault_path, key, slots).close()
        print("DONE", flush=True)
        return 0
    vault = Vault.open(vault_path, passphrase)
    if op == "import":
        from binder.interchange import import_file
        print("READY", flush=True)
        import_file(vault, Path(argv[3]))
    elif op == "passwd":
        print("READY", flush=True)
        vault.change_passphrase(argv[3])
    elif op == "rekey":
        print("READY", flush=True)
        vault.rekey(passphrase)
        print("DONE", flush=True)
        return 0
    elif op == "restore":
        from binder.vault.restore import restore_backup
        print("READY", flush=True)
        restore_backup(vault_path, bytes(vault._key), Path(argv[3]), vault=vault)
        print("DONE", flush=True)
        return 0
    elif op == "append-log":
        # Append log entries for argv[3] seconds; every outcome is printed (OK seq / REFUSED message).
        import time

        from binder.errors import BinderError
        from binder.store import incident_log
        print("READY", flush=True)
        stop, i = time.monotonic() + float(argv[3]), 0
        while time.monotonic() < stop:
            i += 1
            text = f"Logg {i} från {argv[4] if len(argv) > 4 else 'loop'}"
            try:
                entry = incident_log.add(vault, text, author="Provaren")
                print(f"OK\t{entry.seq}\t{text}", flush=True)
            except BinderError as exc:
                print(f"REFUSED\t{exc.message('en')}", flush=True)
    elif op == "hold-write":
        # Hold a write transaction for argv[3] seconds (longer than the busy timeout).
        import time
        with vault.transaction():
            vault.db.execute("UPDATE meta SET value = value WHERE key = 'revision'")
            print("READY", flush=True)
            time.sleep(float(argv[3]))
    elif op == "bundle-import":
        from binder.bundle import apply, verify_bundle
        print("READY", flush=True)
        apply(vault, verify_bundle(vault, Path(argv[3])))
    else:
        raise SystemExit(f"unknown operation {op}")
    vault.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
