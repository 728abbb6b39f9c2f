"""Named backends, created lazily and once.

Heavy engines (spaCy models, natasha, piper voices, CTranslate2 translators) are registered by
name with a factory; the first ``get`` builds the object and later calls reuse it.  Tests swap in
fakes with :meth:`Registry.override`; users and plugins add their own with :meth:`Registry.register`.
An unknown name raises :class:`~newsprism.errors.UnknownBackendError` naming the closest valid one.
"""

from __future__ import annotations

import difflib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from .errors import UnknownBackendError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[[], T]] = {}
        self._instances: dict[str, T] = {}
        self._lock = threading.Lock()

    def register(self, name: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
        """Decorator: ``@speech_engines.register("piper")`` over a zero-argument factory."""

        def add(factory: Callable[[], T]) -> Callable[[], T]:
            self._factories[name] = factory
            self._instances.pop(name, None)
            return factory

        return add

    def names(self) -> list[str]:
        return sorted(self._factories)

    def __contains__(self, name: object) -> bool:
        return name in self._factories

    def get(self, name: str) -> T:
        if name in self._instances:
            return self._instances[name]
        if name not in self._factories:
            raise UnknownBackendError(unknown_name_message(self.kind, name, self.names()))
        with self._lock:  # two threads asking at once must not load a model twice
            if name not in self._instances:
                self._instances[name] = self._factories[name]()
            return self._instances[name]

    def forget(self, name: str) -> None:
        """Drop the loaded instance of ``name``: the next :meth:`get` loads it afresh (those
        still holding the old one keep it until they let go)."""
        with self._lock:
            self._instances.pop(name, None)

    @contextmanager
    def override(self, name: str, instance: T) -> Iterator[T]:
        """Use ``instance`` for ``name`` inside the block (for tests)."""
        saved_factory = self._factories.get(name)
        saved_instance = self._instances.get(name)
        self._factories[name] = lambda: instance
        self._instances[name] = instance
        try:
            yield instance
        finally:
            self._instances.pop(name, None)
            self._factories.pop(name, None)
            if saved_factory is not None:
                self._factories[name] = saved_factory
            if saved_instance is not None:
                self._instances[name] = saved_instance


def unknown_name_message(kind: str, name: str, valid: list[str]) -> str:
    close = difflib.get_close_matches(name, valid, n=1)
    suggestion = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {kind} {name!r}{suggestion} (known: {', '.join(valid) or 'none'})"
