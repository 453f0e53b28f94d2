"""Draw the application icon: resources/icons/vipdesk.png (256 px) and vipdesk.ico (Windows).

Run once with the dev venv (`QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py`);
the results are committed.
"""

from pathlib import Path

from PIL import Image
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAVY, GOLD = QColor("#1f3a5f"), QColor("#d4a84b")


def draw(size: int = 256) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.setBrush(NAVY)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), size * 0.18, size * 0.18)
    p.setPen(QPen(GOLD, size * 0.035))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(QRectF(30, 30, size - 60, size - 60), size * 0.12, size * 0.12)
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(int(size * 0.34))
    p.setFont(font)
    p.setPen(GOLD)
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "VIP")
    p.end()
    return image


def main() -> None:
    QGuiApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    png = OUT / "vipdesk.png"
    draw().save(str(png))
    Image.open(png).save(OUT / "vipdesk.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


if __name__ == "__main__":
    main()
