"""Loaded at start-up by every Python subprocess whose PYTHONPATH holds this folder.

With KRISPARM_NET_GUARD_LOG set, every socket creation, connect or name lookup
fails and is written to that file (tests/promises/socket_guard.py).
"""
import os
import sys

_log = os.environ.get("KRISPARM_NET_GUARD_LOG")
if _log:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import socket_guard

    socket_guard.install_for_subprocess(_log)
    sys.path.pop(0)
