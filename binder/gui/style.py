"""Readable, calm styling that follows the system palette (light or dark)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11


def stylesheet(dark: bool) -> str:
    warning = "#ff8a80" if dark else "#b3261e"
    banner_bg = "#263238" if dark else "#e8eef3"
    banner_fg = "#eceff1" if dark else "#1c2833"
    hint_bg = "#3e3a1f" if dark else "#fff6d5"
    return f"""
    QFrame#banner {{ background: {banner_bg}; color: {banner_fg}; border-bottom: 1px solid palette(mid); }}
    QFrame#banner QLabel {{ color: {banner_fg}; }}
    QLabel#bannerTitle {{ font-weight: bold; }}
    QLabel#warning, QFrame#banner QLabel#warning {{ color: {warning}; font-weight: bold; }}
    QLabel#formError {{ color: {warning}; font-weight: bold; }}
    QLabel#heading {{ font-size: 14pt; font-weight: bold; margin-top: 8px; }}
    QLabel#appTitle {{ font-size: 22pt; font-weight: bold; }}
    QLabel#phone {{ font-size: 13pt; font-family: monospace; }}
    QLabel#channelValue {{ font-size: 12pt; }}
    QLabel#callPerson {{ font-weight: bold; margin-top: 6px; }}
    QLabel#elapsed {{ font-weight: bold; }}
    QLabel#muted {{ color: palette(placeholder-text); }}
    QLabel#demoHint {{ background: {hint_bg}; padding: 6px; border-radius: 4px; }}
    QLabel#fingerprint {{ font-size: 20pt; font-family: monospace; font-weight: bold; }}
    QLabel#recoveryKey {{ font-size: 16pt; font-family: monospace; font-weight: bold; }}
    QListWidget#sidebar {{ font-size: 12pt; border: none; border-right: 1px solid palette(mid); }}
    QListWidget#sidebar::item {{ padding: 8px 10px; }}
    QPushButton {{ padding: 5px 12px; }}
    QPushButton#primary {{ font-weight: bold; }}
    """


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication) -> None:
    if app.property("krisparmStyled"):
        return
    app.setProperty("krisparmStyled", True)
    font = QFont(app.font())
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(stylesheet(is_dark(app)))
