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
