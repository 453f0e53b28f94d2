"""The document font: a real CJK TrueType font, embedded and subset; refused without one."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest

from tests.docs.pdftools import DAY, all_text
from tests.docs.pdftools import fonts as pdf_fonts
from vipdesk.documents import fonts
from vipdesk.documents.fonts import FontCandidate, choose_font, default_candidates
from vipdesk.documents.handbook import render_handbook
from vipdesk.errors import KnownError

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
ZENHEI = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_handbook_embeds_a_subset_truetype_font(today_rules, content):
    pdf = render_handbook(today_rules, content, "gold", printed_on=DAY)
    found = list(pdf_fonts(pdf))
    assert found, "no fonts in the PDF"
    embedded = []
    for font in found:
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.append(str(descendant.get_object()["/BaseFont"]))
    assert embedded, "no TrueType font program (FontFile2) embedded"
    assert all(re.fullmatch(r"/?[A-Z]{6}\+\S+", name) for name in embedded), embedded
    assert "国内医疗救援" in all_text(pdf)  # text extractable (ToUnicode present)


@pytest.mark.skipif(not WQY.exists(), reason="WenQuanYi is not installed on this machine")
def test_wenquanyi_is_found_on_linux():
    names = [c.path.name for c in default_candidates()]
    assert "wqy-microhei.ttc" in names
    assert fonts.document_font().embedded


@pytest.mark.skipif(not ZENHEI.exists(), reason="WenQuanYi Zen Hei is not installed")
def test_font_dropped_in_the_user_folder_wins(tmp_path, caplog):
    folder = fonts.user_font_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DEJAVU, folder / "a-latin-only.ttf")  # no Chinese glyphs: skipped
    (folder / "b-broken.otf").write_bytes(b"OTTO not really a font")  # unreadable: skipped
    (folder / "c-zenhei.ttc").symlink_to(ZENHEI)
    try:
        with caplog.at_level(logging.INFO, logger="vipdesk.documents"):
            choice = choose_font(default_candidates())
        assert choice.path == folder / "c-zenhei.ttc"
        assert choice.embedded and "Zen Hei" in choice.description
        assert "c-zenhei.ttc" in caplog.text  # the choice is logged
    finally:
        # back to the machine's font for the tests that follow
        choose_font([c for c in default_candidates() if c.path.parent != folder])


def test_without_any_font_documents_are_refused_naming_the_font_to_install(caplog):
    # never a non-embedded fallback: a PDF without the font prints boxes where it is missing
    candidates = [FontCandidate(Path("/nonexistent/msyh.ttc")), FontCandidate(DEJAVU)]
    with (
        caplog.at_level(logging.WARNING, logger="vipdesk.documents"),
        pytest.raises(fonts.FontMissing) as refused,
    ):
        choose_font(candidates)
    message = str(refused.value)
    assert isinstance(refused.value, KnownError)
    assert "fonts-wqy-microhei" in message and str(fonts.user_font_dir()) in message
    assert "no embeddable CJK TrueType font" in caplog.text


def test_install_hint_names_the_windows_fonts():
    assert "微软雅黑" in fonts.install_hint("win32") and "SimHei" in fonts.install_hint("win32")
    assert "fonts-wqy-microhei" in fonts.install_hint("linux")
