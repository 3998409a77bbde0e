"""Claims: the documents an ingest is extracting now, so that concurrent ingests share the work.

Before an ingest extracts a document it claims the document's content hash (``claims`` table,
schema version 7), in one short write transaction per few documents. A document that is stored
already is skipped; one that another running ingest has claimed is put off: the claimer stores
it meanwhile, and the ingest that put it off finds it stored later (or, if the claimer ended
without storing it, extracts it itself). Two ingests of the same inputs thus take turns instead
of both extracting everything. A claim is released once its document is stored (at the next
claim) and all of an ingest's claims when it ends; the claims of an ingest that was killed are
ignored (its process is gone, or the claim is older than ``LEASE_S``).

Claims only save work: the store's unique content hash keeps each document once whatever they
say. All ingests writing one SQLite file in WAL mode run on one machine (WAL needs shared
memory), so a process id tells whether a claim's owner is alive.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Sequence
from enum import Enum

from . import Store
from . import queries as q

__all__ = ["LEASE_S", "Claim", "claim", "new_owner", "release"]

LEASE_S = 3600.0  # a claim older than this is ignored, whoever holds it


class Claim(Enum):
    STORED = "stored"  # the document is stored: skip it
    TAKEN = "taken"  # another running ingest is extracting it: put it off
    MINE = "mine"  # claimed now: extract it


def new_owner() -> str:
    """A name for this ingest's claims: host, process id and a random token."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _alive(owner: str, claimed_at: float) -> bool:
    """Whether the ingest ``owner`` may still be extracting what it claimed."""
    if time.time() - claimed_at > LEASE_S:
        return False
    host, _, rest = owner.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return True  # cannot tell: trust the lease
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def claim(store: Store, hashes: Sequence[str], owner: str) -> list[Claim]:
    """Claim the documents ``hashes`` for ``owner``, in one transaction: for each, whether it is
    stored, taken by another running ingest, or claimed now. Releases ``owner``'s claims on
    documents stored since."""
    states: list[Claim] = []
    with store.transaction() as cur:
        cur.execute(q.RELEASE_STORED_CLAIMS, (owner,))
        now = time.time()
        for h in hashes:
            if cur.execute(q.HAS_HASH, (h,)).fetchone() is not None:
                states.append(Claim.STORED)
                continue
            row = cur.execute(q.CLAIM_OF, (h,)).fetchone()
            if row is not None and row[0] != owner and _alive(str(row[0]), float(row[1])):
                states.append(Claim.TAKEN)
                continue
            cur.execute(q.PUT_CLAIM, (h, owner, now))
            states.append(Claim.MINE)
    return states


def release(store: Store, owner: str) -> None:
    """Remove every claim of ``owner`` (its ingest ends)."""
    with store.transaction() as cur:
        cur.execute(q.RELEASE_CLAIMS, (owner,))
