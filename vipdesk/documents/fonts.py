"""The CJK font of our documents: a TrueType font found on the machine, embedded and subset.

Search order: a font file dropped into the user-data folder (``data_dir()/fonts``), Windows fonts
(Microsoft YaHei, SimHei, SimSun), Linux fonts (WenQuanYi Micro Hei / Zen Hei); the first one
ReportLab can read and that has Chinese glyphs wins. Noto CJK and other CFF-outline fonts cannot be
embedded by ReportLab and are skipped. Without any, documents are refused with `FontMissing`, a
plain message naming the font to install (a PDF without an embedded CJK font shows boxes on
machines that lack it). The choice is logged once.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from vipdesk.errors import KnownError

log = logging.getLogger("vipdesk.documents")

REGULAR = "VDSans"
BOLD = "VDSans-Bold"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


class FontMissing(KnownError):
    """No usable Chinese TrueType font on this machine; the message names one to install."""


def install_hint(platform: str = sys.platform) -> str:
    """Which font to install on this platform, in plain Chinese."""
    if platform.startswith("win"):
        return (
            "请安装 Windows 的“微软雅黑”（Microsoft YaHei，msyh.ttc）或“黑体”（SimHei，"
            "simhei.ttf）字体"
        )
    return "请安装文泉驿微米黑字体（Debian/Ubuntu：apt-get install fonts-wqy-microhei）"


@dataclass(frozen=True)
class FontCandidate:
    """A font file to try: path, face index inside a TTC, and an optional bold file."""

    path: Path
    index: int = 0
    bold: Path | None = None
    bold_index: int = 0


@dataclass(frozen=True)
class FontChoice:
    """The font our documents use: registered names, the file, whether it is embedded."""

    regular: str
    bold: str
    description: str
    path: Path | None
    embedded: bool
    real_bold: bool


def _windows_candidates() -> list[FontCandidate]:
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [
        FontCandidate(fonts / "msyh.ttc", 0, fonts / "msyhbd.ttc", 0),
        FontCandidate(fonts / "msyh.ttf", 0, fonts / "msyhbd.ttf", 0),
        FontCandidate(fonts / "simhei.ttf"),
        FontCandidate(fonts / "simsun.ttc", 0, fonts / "simhei.ttf", 0),
    ]


def _linux_candidates() -> list[FontCandidate]:
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    names = ("wqy-microhei.ttc", "wqy-zenhei.ttc")
    found: list[FontCandidate] = []
    for name in names:
        for root in roots:
            if root.is_dir():
                found.extend(FontCandidate(p) for p in sorted(root.rglob(name)))
    return found


def user_font_dir() -> Path:
    """The user-data folder where a font file may be dropped (``data_dir()/fonts``)."""
    from vipdesk.paths import data_dir

    return data_dir() / "fonts"


def default_candidates() -> list[FontCandidate]:
    """Font files to try, in order: user folder, Windows fonts, Linux fonts."""
    folder = user_font_dir()
    dropped = (
        [FontCandidate(p) for p in sorted(folder.iterdir()) if p.suffix.lower() in FONT_SUFFIXES]
        if folder.is_dir()
        else []
    )
    return dropped + _windows_candidates() + _linux_candidates()


def _load(path: Path, index: int, name: str) -> TTFont | None:
    """A TrueType font with Chinese glyphs, or None (missing, CFF outlines, no CJK)."""
    if not path.is_file():
        return None
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except (TTFError, OSError, KeyError, ValueError, AssertionError) as exc:
        log.info("font %s skipped: %s", path, exc)
        return None
    if ord("中") not in font.face.charToGlyph or ord("贵") not in font.face.charToGlyph:
        log.info("font %s skipped: no Chinese glyphs", path)
        return None
    return font


def choose_font(candidates: list[FontCandidate]) -> FontChoice:
    """Register the first usable candidate under our names; the choice, else FontMissing."""
    for cand in candidates:
        regular = _load(cand.path, cand.index, REGULAR)
        if regular is None:
            continue
        bold = _load(cand.bold, cand.bold_index, BOLD) if cand.bold else None
        pdfmetrics.registerFont(regular)
        if bold is not None:
            pdfmetrics.registerFont(bold)
        family = regular.face.familyName
        family = family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family)
        choice = FontChoice(
            REGULAR, BOLD if bold else REGULAR, family, cand.path, True, bold is not None
        )
        _family(choice)
        log.info(
            "documents use font %s (%s), bold: %s",
            family,
            cand.path,
            cand.bold if bold else "same face",
        )
        return choice
    log.warning("no embeddable CJK TrueType font found in %d candidates", len(candidates))
    raise FontMissing(
        "找不到可嵌入文件的中文 TrueType 字体，无法生成文件（否则打印出来的汉字会变成方框）。"
        f"{install_hint()}，或把一个中文 TrueType 字体文件（.ttf 或 .ttc）放入 {user_font_dir()}，"
        "然后重试。"
    )


def _family(choice: FontChoice) -> None:
    """Map <b>/<i> of the family to the bold face (or the regular one as a stand-in)."""
    pdfmetrics.registerFontFamily(
        choice.regular,
        normal=choice.regular,
        bold=choice.bold,
        italic=choice.regular,
        boldItalic=choice.bold,
    )
    for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
        addMapping(choice.regular, bold, italic, choice.bold if bold else choice.regular)


_lock = threading.Lock()
_choice: FontChoice | None = None


def document_font() -> FontChoice:
    """The registered document font (found and registered on first use; thread-safe)."""
    global _choice
    with _lock:
        if _choice is None:
            _choice = choose_font(default_candidates())
        return _choice
