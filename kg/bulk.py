"""Building many objects at once: models from rows, a graph from models, a file from a graph."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while many objects are built (a context manager or a
    decorator): kg's models, graphs and lines hold no cycles, and the collector would walk
    every object made so far again and again, doubling the time of a large export.

    When it resumes, everything alive is frozen out of later collections (``gc.freeze``):
    otherwise the next collection walks all that was built, at once. Objects are still
    freed when no longer used; only cyclic garbage alive at that moment stays until
    ``gc.unfreeze()``, which a long-running program that calls kg may do now and then."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.freeze()
            gc.enable()
