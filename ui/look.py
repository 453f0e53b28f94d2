"""Looks: a CJK font that always renders, calm colours, consistent spacing, translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from vipdesk.assets import file_path

I18N = file_path("i18n")
FONT_FAMILIES = [
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "sans-serif",
]  # fmt: skip
FONT_POINTS = 10.5

STYLE = """
QMainWindow, #memberBody, #placeholder { background: #F6F7F9; }
#searchPane { background: #FFFFFF; border-right: 1px solid #E1E4E8; }
QLineEdit#searchBox { font-size: 15pt; padding: 8px 10px; border: 1px solid #C9CED4;
    border-radius: 6px; background: #FFFFFF; }
QLineEdit#searchBox:focus { border: 2px solid #2F6FB2; padding: 7px 9px; }
#searchHint, #caption, #relativesNote { color: #6B7280; }
#placeholder { color: #6B7280; font-size: 12pt; }
QTableView { border: 1px solid #E1E4E8; border-radius: 4px; background: #FFFFFF;
    alternate-background-color: #F8F9FB; selection-background-color: #DCE8F6;
    selection-color: #1F2933; gridline-color: #EEF0F2; }
QHeaderView::section { background: #F1F3F5; color: #4A5259; border: none;
    border-bottom: 1px solid #E1E4E8; padding: 5px 6px; }
#memberName { font-size: 20pt; font-weight: 600; color: #1F2933; }
#memberFacts { font-size: 11.5pt; color: #4A5259; }
#vipStatus { padding: 3px 10px; border-radius: 10px; font-weight: 600;
    background: #E3F1E6; color: #1E6B34; }
#vipStatus[state="suspended"] { background: #FDF0DC; color: #8A5300; }
#vipStatus[state="none"] { background: #ECEEF0; color: #4A5259; }
QGroupBox { font-weight: 600; border: 1px solid #E1E4E8; border-radius: 6px;
    margin-top: 14px; padding: 12px 10px 10px 10px; background: #FFFFFF; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1F2933; }
#entitlements, #relativesNote, #hotline { font-weight: normal; }
#hotline { color: #8A2A1E; font-weight: 600; }
#afyp { font-size: 12.5pt; font-weight: 600; color: #1F2933; }
#tierDistance { color: #2F6FB2; }
QTabWidget::pane { border: 1px solid #E1E4E8; border-radius: 4px; background: #FFFFFF; }
QToolButton { padding: 4px 10px; border: 1px solid #C9CED4; border-radius: 4px;
    background: #FFFFFF; }
QToolButton:hover { background: #EEF3F9; }
QToolButton:disabled { color: #A0A6AD; }
QStatusBar QLabel { color: #4A5259; padding: 0 8px; }
QToolTip { color: #1F2933; background: #FFFFFF; border: 1px solid #C9CED4; }
"""


# The desk's own light palette: every role the style sheet leaves to the palette has dark text on
# a light ground, so a system in dark mode (whose palette has white text) cannot put white text on
# the style sheet's white fields. Disabled text stays readable (contrast >= 3 on its ground).
PALETTE = {
    "Window": "#F6F7F9", "WindowText": "#1F2933", "Base": "#FFFFFF", "AlternateBase": "#F8F9FB",
    "Text": "#1F2933", "Button": "#F1F3F5", "ButtonText": "#1F2933", "BrightText": "#FFFFFF",
    "ToolTipBase": "#FFFFFF", "ToolTipText": "#1F2933", "PlaceholderText": "#6B7280",
    "Highlight": "#2F6FB2", "HighlightedText": "#FFFFFF", "Link": "#1F5A96",
    "LinkVisited": "#6A3D9A", "Light": "#FFFFFF", "Midlight": "#E9ECEF", "Mid": "#C9CED4",
    "Dark": "#8A9096", "Shadow": "#4A5259",
}  # fmt: skip
DISABLED = {"WindowText": "#6B7280", "Text": "#6B7280", "ButtonText": "#6B7280"}


def desk_palette() -> QPalette:
    """The desk's light palette, the same whatever the system's colour scheme."""
    palette = QPalette()
    for role, colour in PALETTE.items():
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role, colour in DISABLED.items():
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor(colour)
        )
    return palette


def apply_look(app: QApplication) -> None:
    """Font family list with CJK fallbacks, Fusion style, the desk's light palette and style sheet.

    The desk keeps its light look in a system's dark mode (readable, never white on white).
    """
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: ask the platform for light window frames
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setStyle("Fusion")
    app.setPalette(desk_palette())
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    app.setStyleSheet(STYLE)


class OurTranslator(QTranslator):
    """Our .qm files: a text not found under its context is looked up without one, where
    lupdate puts the strings of a module-level `tr()` helper (its context is in a variable)."""

    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None, not "": Qt takes an empty text as the translation


def install_translations(app: QApplication, language: str) -> list[str]:
    """Load every resources/i18n/*_<language>.qm and Qt's own; returns the files loaded."""
    loaded = []
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_name = "qtbase_zh_CN" if language == "zh_CN" else "qtbase_" + language
    qt_translator = QTranslator(app)
    if qt_translator.load(qt_name, qt_dir):
        translators.append(qt_translator)
        loaded.append(qt_name)
    for path in sorted(I18N.glob(f"*_{language}.qm")):
        ours = OurTranslator(app)
        if ours.load(str(path)):
            translators.append(ours)
            loaded.append(path.name)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return loaded
