"""Window geometry, idle time and language in an INI file in the user's config folder.

No vault data ever goes here: only the vault location, UI preferences and geometry.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QSettings

from binder.gui.idle_lock import DEFAULT_IDLE_MINUTES


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir("krisparm", appauthor=False)) / "gui.ini"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self._qs = QSettings(str(path or settings_path()), QSettings.Format.IniFormat)

    @property
    def idle_minutes(self) -> float:
        try:
            value = float(str(self._qs.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES
        return value if value > 0 else DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, minutes: float) -> None:
        self._qs.setValue("lock/idle_minutes", float(minutes))

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", "") or "")
        return value if value in ("sv", "en") else ""

    @language.setter
    def language(self, lang: str) -> None:
        self._qs.setValue("ui/language", lang)

    @property
    def vault_path(self) -> str:
        return str(self._qs.value("vault/path", "") or "")

    @vault_path.setter
    def vault_path(self, path: str) -> None:
        self._qs.setValue("vault/path", path)

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    def sync(self) -> None:
        self._qs.sync()
