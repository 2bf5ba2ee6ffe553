"""Helpers for the product-wide guarantee tests (tests/test_promise_*.py).

    socket_guard   every socket creation/connect/getaddrinfo fails and is recorded with its caller
    canary         a unique string and a scanner for it in every byte form it could take at rest
    runner         `binder` subprocesses with an isolated, scanned environment (and the guard inside)
    crash          SIGKILL a real operation at random points; compare content hashes afterwards
"""
import os

FULL = bool(os.environ.get("KRISPARM_FULL"))


def count(ci: int, full: int) -> int:
    """The trial count: reduced in CI, full with KRISPARM_FULL=1."""
    return full if FULL else ci
