"""Password hashes: Argon2id with its parameters in this one place (argon2-cffi).

The parameters are chosen so that one verification takes 0.2–0.5 s on a desk PC
(`bench/bench_auth.py` shows the figure). A stored hash made with other parameters is rehashed at
the next successful sign-in. Passwords and hashes never reach logs, messages or audit records.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# The one place: Argon2id, 5 passes over 64 MiB, one lane.
PARAMETERS: dict[str, int] = {"time_cost": 5, "memory_cost": 65536, "parallelism": 1}
_override: dict[str, int] = {}


def configure(**parameters: int) -> None:
    """Use other parameters (only the test suite does, to keep hundreds of sign-ins quick)."""
    _override.clear()
    _override.update(parameters)
    _hasher.cache_clear()
    _dummy_hash.cache_clear()


def parameters() -> dict[str, int]:
    """The parameters in force."""
    return {**PARAMETERS, **_override}


@cache
def _hasher() -> Any:
    from argon2 import PasswordHasher, Type

    p = parameters()
    return PasswordHasher(
        time_cost=p["time_cost"],
        memory_cost=p["memory_cost"],
        parallelism=p["parallelism"],
        type=Type.ID,
    )


def hash_password(password: str) -> str:
    """A new Argon2id hash of the password (salted; never equal twice)."""
    return str(_hasher().hash(password))


def check(stored: str | None, password: str) -> bool:
    """True when the password matches the stored hash; no hash at all never matches.

    Always does one full verification, so a missing account or hash takes as long as a wrong
    password (the time says nothing about which usernames exist).
    """
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        _hasher().verify(stored or _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return False
    return stored is not None


def needs_rehash(stored: str) -> bool:
    """True when the hash was made with other parameters than those in force."""
    return bool(_hasher().check_needs_rehash(stored))


@cache
def _dummy_hash() -> str:
    return hash_password("not a password of anyone")
