"""The member's VIP card drawn as a card: tier colour and name, grouped number, name, status."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BLOCKED_GREY = "#9AA0A6"
BAND_COLOURS = {"suspended": "#B26A00", "none": "#6B7075"}
BAND_DEFAULT = "#B3261E"
CARD_RATIO = 85.6 / 54.0  # ISO/IEC 7810 ID-1


@dataclass(frozen=True)
class CardFace:
    """What the card shows; `blocked` cards are painted grey with a diagonal status band."""

    tier_name: str
    number: str
    holder: str
    status: str
    colour: str
    blocked: bool
    band_kind: str = ""
    issuer: str = ""
    since: str = ""


class TierCard(QWidget):
    """A painted VIP card (rounded rectangle in the tier's colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.face: CardFace | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(self.sizeHint())

    def sizeHint(self) -> QSize:  # noqa: D102
        return QSize(344, int(344 / CARD_RATIO))

    def set_face(self, face: CardFace | None) -> None:
        """Show this card face (None: nothing)."""
        self.face = face
        if face is None:
            self.setAccessibleName("")
        else:
            self.setAccessibleName(
                f"{face.tier_name} {face.number} {face.holder} {face.status}".strip()
            )
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: D102
        if self.face is None:
            return
        face = self.face
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        path = QPainterPath()
        path.addRoundedRect(rect, 14, 14)
        base = QColor(BLOCKED_GREY if face.blocked else face.colour)
        gradient = QLinearGradient(rect.topLeft(), rect.bottomRight())
        gradient.setColorAt(0.0, base.lighter(125))
        gradient.setColorAt(1.0, base.darker(120))
        painter.fillPath(path, gradient)
        painter.setClipPath(path)
        self._paint_text(painter, rect, face)
        if face.blocked:
            self._paint_band(painter, rect, face)
        painter.setClipping(False)
        painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
        painter.drawPath(path)
        painter.end()

    def _font(self, points: float, bold: bool = False, spacing: float = 0) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        if spacing:
            font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing)
        return font

    def _paint_text(self, painter: QPainter, rect: QRectF, face: CardFace) -> None:
        w, h = rect.width(), rect.height()
        pad = w * 0.06
        ink = QColor("#FFFFFF")
        soft = QColor(255, 255, 255, 200)
        painter.setPen(soft)
        painter.setFont(self._font(9))
        top = QRectF(rect.left() + pad, rect.top() + pad * 0.8, w - 2 * pad, h * 0.16)
        painter.drawText(
            top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, face.issuer
        )
        painter.setPen(ink)
        painter.setFont(self._font(17, bold=True))
        painter.drawText(
            top.adjusted(0, 0, 0, h * 0.06),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            face.tier_name,
        )
        self._paint_chip(
            painter, QRectF(rect.left() + pad, rect.top() + h * 0.33, w * 0.13, h * 0.16)
        )
        painter.setFont(self._font(15, bold=True, spacing=1.5))
        number = QRectF(rect.left() + pad, rect.top() + h * 0.52, w - 2 * pad, h * 0.18)
        painter.drawText(
            number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, face.number
        )
        bottom = QRectF(rect.left() + pad, rect.top() + h * 0.74, w - 2 * pad, h * 0.18)
        painter.setFont(self._font(12, bold=True))
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, face.holder
        )
        painter.setPen(soft)
        painter.setFont(self._font(9))
        status = face.status if not face.since else f"{face.status} · {face.since}"
        painter.drawText(
            bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, status
        )

    def _paint_chip(self, painter: QPainter, chip: QRectF) -> None:
        painter.save()
        painter.setPen(QPen(QColor(120, 90, 20, 160), 1))
        painter.setBrush(QColor(232, 205, 140, 220))
        painter.drawRoundedRect(chip, 4, 4)
        painter.drawLine(
            QPointF(chip.left(), chip.center().y()), QPointF(chip.right(), chip.center().y())
        )
        painter.drawLine(
            QPointF(chip.center().x(), chip.top()), QPointF(chip.center().x(), chip.bottom())
        )
        painter.restore()

    def _paint_band(self, painter: QPainter, rect: QRectF, face: CardFace) -> None:
        painter.save()
        painter.translate(rect.center())
        painter.rotate(-18)
        band = QRectF(-rect.width(), -rect.height() * 0.11, rect.width() * 2, rect.height() * 0.22)
        colour = QColor(BAND_COLOURS.get(face.band_kind, BAND_DEFAULT))
        colour.setAlpha(225)
        painter.fillRect(band, colour)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self._font(14, bold=True, spacing=2))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, face.status)
        painter.restore()
