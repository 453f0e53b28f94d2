"""The member view: tier card, who this is, entitlements, relatives, AFYP and card history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.entitlements import entitlements_of, hotline_text, tier_distance_text
from ui.labels import CARD_STATUS, GENDER, VIP_STATUS, label, money
from ui.masking import RevealedText
from ui.member_tables import (
    AUDIT_COLUMNS,
    HISTORY_COLUMNS,
    POLICY_COLUMNS,
    RELATIVE_COLUMNS,
    fill_audit,
    fill_history,
    fill_policies,
    fill_relatives,
    make_table,
)
from ui.tier_card import BLOCKED_GREY, CardFace, TierCard
from ui.usage_records import UseRecordsPanel
from ui.usage_view import TIER_HISTORY_COLUMNS, USAGE_COLUMNS, fill_tier_history, fill_usage

ISSUER = "大都会人寿 · 贵宾客户"


def card_face(detail: Any, rules: Any) -> CardFace:
    """The face of the member's current card; anything but an active card is drawn blocked."""
    from vipdesk.domain.cards import format_card_number

    card = detail.card
    if card is None:
        rule = rules.tier(detail.tier) if detail.tier else None
        return CardFace(
            rule.short_name if rule else QCoreApplication.translate("MemberView", "无等级"),
            "—",
            detail.name,
            QCoreApplication.translate("MemberView", "无有效贵宾卡"),
            rule.colour if rule else BLOCKED_GREY,
            blocked=True,
            band_kind="none",
            issuer=ISSUER,
        )
    tier = rules.tier(card.tier)
    blocked = card.status != "active" or detail.vip_status != "active"
    status = label(CARD_STATUS, card.status)
    if blocked and card.status == "active":
        status = label(CARD_STATUS, "suspended")
    return CardFace(
        tier_name=tier.short_name,
        number=format_card_number(card.number),
        holder=detail.name,
        status=status,
        colour=tier.colour,
        blocked=blocked,
        band_kind="suspended" if card.status in ("active", "suspended") else card.status,
        issuer=ISSUER,
        since=QCoreApplication.translate("MemberView", "{day} 起").format(
            day=card.issued_on.isoformat()
        )
        if not blocked
        else "",
    )


class MemberView(QScrollArea):
    """Everything a clerk needs of one member, on one screen (personal data masked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.detail: Any = None
        self.rules: Any = None
        body = QWidget(self)
        body.setObjectName("memberBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 16)  # fits the right pane of a 1366 px screen
        layout.setSpacing(14)
        layout.addLayout(self._build_top())
        self.id_text = RevealedText(self.id_label, self)  # a revealed number masks itself again
        layout.addWidget(self._build_presented())
        layout.addLayout(self.actions_bar)
        layout.addLayout(self._build_middle(), 1)
        layout.addWidget(self._build_tabs(), 1)

    # layout ----------------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        self.card = TierCard(self)
        self.card.setObjectName("tierCard")
        self.name_label = QLabel(objectName="memberName")
        self.facts_label = QLabel(objectName="memberFacts")
        self.id_label = QLabel(objectName="idNumber")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QToolButton(objectName="revealButton")
        self.reveal_button.hide()
        self.phone_label = QLabel(objectName="phone")
        self.address_label = QLabel(objectName="address")
        self.address_label.setWordWrap(True)
        self.status_label = QLabel(objectName="vipStatus")
        self.manager_label = QLabel(objectName="accountManager")
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setSpacing(8)
        id_row = QHBoxLayout()
        id_row.setSpacing(10)
        id_row.addWidget(self.id_label)
        id_row.addWidget(self.reveal_button)
        id_row.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.name_label, 0, 0, 1, 2)
        grid.addWidget(self.facts_label, 1, 0, 1, 2)
        rows = (
            (self.tr("证件号码"), id_row),
            (self.tr("手机"), self.phone_label),
            (self.tr("地址"), self.address_label),
            (self.tr("客户经理"), self.manager_label),
        )
        for row, (title, item) in enumerate(rows, start=2):
            caption = QLabel(title, objectName="caption")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(item, QHBoxLayout):
                grid.addLayout(item, row, 1)
            else:
                grid.addWidget(item, row, 1)
        grid.addWidget(self.status_label, 6, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(7, 1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.card, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(grid, 1)
        return top

    def _build_presented(self) -> QLabel:
        """A red warning when the card number presented at the desk is blocked (never valid)."""
        self.presented_label = QLabel(objectName="presentedCard")
        self.presented_label.setWordWrap(True)
        self.presented_label.setStyleSheet(
            "QLabel { color: white; background: #C62828; padding: 8px 12px; "
            "border-radius: 4px; font-weight: bold; }"
        )
        self.presented_label.hide()
        return self.presented_label

    def show_presented_card(self, blocked: Any) -> None:
        """Warn that the number presented is a lost/damaged/replaced/revoked card (None: hide)."""
        from ui.results_model import blocked_warning

        if blocked is None:
            self.presented_label.hide()
            return
        from vipdesk.domain.cards import format_card_number

        self.presented_label.setText(
            self.tr("出示的卡号 {number}：{warning}").format(
                number=format_card_number(blocked.number), warning=blocked_warning(blocked)
            )
        )
        self.presented_label.show()

    def _build_middle(self) -> QHBoxLayout:
        self.entitlements_box = QGroupBox(self.tr("服务权益"), objectName="entitlementsBox")
        self.entitlements_label = QLabel(objectName="entitlements")
        self.entitlements_label.setWordWrap(True)
        self.entitlements_label.setTextFormat(Qt.TextFormat.RichText)
        self.entitlements_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hotline_label = QLabel(objectName="hotline")
        self.hotline_label.setWordWrap(True)
        box = QVBoxLayout(self.entitlements_box)
        box.addWidget(self.entitlements_label, 1)
        box.addWidget(self.hotline_label)
        self.relatives_box = QGroupBox(self.tr("指定亲属"), objectName="relativesBox")
        self.relatives_table = make_table(RELATIVE_COLUMNS, "relatives")
        self.relatives_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.relatives_note = QLabel(objectName="relativesNote")
        self.relatives_note.setWordWrap(True)
        rel = QVBoxLayout(self.relatives_box)
        rel.addWidget(self.relatives_table, 1)
        rel.addWidget(self.relatives_note)
        middle = QHBoxLayout()
        middle.setSpacing(14)
        middle.addWidget(self.entitlements_box, 4)
        middle.addWidget(self.relatives_box, 3)
        return middle

    def _build_tabs(self) -> QTabWidget:
        self.tabs = QTabWidget(objectName="memberTabs")
        page = QWidget()
        self.afyp_label = QLabel(objectName="afyp")
        self.distance_label = QLabel(objectName="tierDistance")
        self.distance_label.setWordWrap(True)
        self.policies_table = make_table(POLICY_COLUMNS, "policies")
        col = QVBoxLayout(page)
        col.addWidget(self.afyp_label)
        col.addWidget(self.distance_label)
        col.addWidget(self.policies_table, 1)
        self.history_table = make_table(HISTORY_COLUMNS, "cardHistory")
        self.tabs.addTab(page, self.tr("年化保费与保单"))
        self.tabs.addTab(self.history_table, self.tr("卡片记录"))
        self.usage_table = make_table(USAGE_COLUMNS, "serviceUsage")
        self.usage_page = QWidget(objectName="usagePage")  # quotas, then the recorded uses
        self.use_records = UseRecordsPanel(self.usage_page)
        self.use_records.cancelled.connect(self._reload_member)
        usage = QVBoxLayout(self.usage_page)
        usage.addWidget(self.usage_table, 1)
        usage.addWidget(self.use_records, 1)
        self.tabs.addTab(self.usage_page, self.tr("服务使用"))
        self.tier_history_table = make_table(TIER_HISTORY_COLUMNS, "tierHistory")
        self.tabs.addTab(self.tier_history_table, self.tr("等级变更"))
        self.audit_table = make_table(AUDIT_COLUMNS, "auditHistory")
        self.tabs.addTab(self.audit_table, self.tr("操作记录"))
        return self.tabs

    def set_actions(self, actions: list[QAction]) -> None:
        """Buttons for the member actions other modules registered (never a dead button)."""
        while self.actions_bar.count():
            item = self.actions_bar.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        previous: QWidget = self.reveal_button
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.actions_bar.addWidget(button)
            QWidget.setTabOrder(previous, button)  # Tab follows the screen: after the ID row
            previous = button
        self.actions_bar.addStretch(1)

    def set_reveal_action(self, action: QAction) -> None:
        """The action that shows the full ID number (next to the masked one)."""
        self.reveal_button.setDefaultAction(action)
        self.reveal_button.show()

    # content ---------------------------------------------------------------------------------

    def show_member(self, detail: Any, rules: Any) -> None:
        """Show `detail` (masked personal data) using the rules in force."""
        self.detail, self.rules = detail, rules
        self.presented_label.hide()
        self.card.set_face(card_face(detail, rules))
        self.name_label.setText(detail.name)
        tier = rules.tier(detail.tier).name if detail.tier else self.tr("未达贵宾等级")
        self.facts_label.setText(
            self.tr("{gender} · {age}岁 · {tier}").format(
                gender=label(GENDER, detail.gender), age=detail.age, tier=tier
            )
        )
        self.id_text.masked(detail.id_number_masked)
        self.verticalScrollBar().setValue(0)  # each member starts at the top (the tier card)
        self.phone_label.setText(detail.phone_masked or "—")
        self.address_label.setText(detail.address or "—")
        self.manager_label.setText(getattr(detail, "account_manager", None) or self.tr("未指定"))
        self.status_label.setText(label(VIP_STATUS, detail.vip_status))
        self.status_label.setProperty("state", detail.vip_status)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self._show_entitlements(detail, rules)
        self._show_relatives(detail, rules)
        self.afyp_label.setText(
            self.tr("累计年化保费（仅计有效保单）：{amount}").format(amount=money(detail.afyp))
        )
        self.distance_label.setText(tier_distance_text(detail, rules))
        fill_policies(self.policies_table, detail.policies)
        fill_history(self.history_table, detail.card_history)
        fill_tier_history(self.tier_history_table, getattr(detail, "tier_history", ()), rules)
        fill_usage(self.usage_table, getattr(detail, "usage", ()), rules)
        fill_audit(self.audit_table, detail.history)
        self.use_records.show_member(detail.id)
        settle_layout()

    def _reload_member(self, member_id: int) -> None:
        """A use was cancelled: read the member again (quotas and history change)."""
        reopen = getattr(self.window(), "open_member", None)  # the desk window's
        if reopen is not None and self.detail is not None and self.detail.id == member_id:
            reopen(member_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: D102
        super().showEvent(event)
        settle_layout()  # shown after it was filled (the desk switches to it): lay it out now

    def show_full_id(self, member_id: int, id_number: str) -> None:
        """Show the revealed ID number, if that member is still the one on screen."""
        if self.detail is not None and self.detail.id == member_id:
            self.id_text.reveal(id_number)

    def mask_all(self) -> None:
        """Mask every revealed personal number at once (the idle lock calls this)."""
        self.id_text.mask()

    def _show_entitlements(self, detail: Any, rules: Any) -> None:
        items = entitlements_of(detail, rules)
        if not items:
            lowest = min(rules.tiers, key=lambda t: t.min_afyp)
            html = self.tr("未达贵宾等级：累计年化保费满 {amount} 可获{tier}。").format(
                amount=money(lowest.min_afyp), tier=lowest.short_name
            )
        else:
            rows = "".join(
                f"<tr><td style='padding:3px 12px 3px 0'><b>{i.title}</b></td>"
                f"<td style='padding:3px 0; color:#4A5259'>{i.conditions}</td></tr>"
                for i in items
            )
            html = f"<table>{rows}</table>"
        if detail.vip_status == "suspended":
            html = (
                "<p style='color:#B26A00'><b>"
                + self.tr("保单中止，贵宾服务暂停；保单复效后恢复。")
                + f"</b></p><div style='color:#8A9096'>{html}</div>"
            )
        self.entitlements_label.setText(html)
        self.hotline_label.setText(hotline_text(rules))

    def _show_relatives(self, detail: Any, rules: Any) -> None:
        table = self.relatives_table
        fill_relatives(table, detail.relatives)
        table.resizeColumnsToContents()
        table.setMinimumWidth(table.horizontalHeader().length() + 2 * table.frameWidth() + 6)
        tier = rules.tier(detail.tier) if detail.tier else None
        allowed = tier.relatives if tier else 0
        active = sum(1 for r in detail.relatives if r.status == "active" and r.program == "vip")
        if allowed:
            note = self.tr("{tier}可指定 {n} 位亲属，已指定 {k} 位。").format(
                tier=tier.short_name, n=allowed, k=active
            )
        elif detail.relatives:
            note = ""
        else:
            note = self.tr("白金卡、钻石卡客户可指定亲属；本客户暂无指定亲属。")
        self.relatives_note.setText(note)


def settle_layout() -> None:
    """Lay the new content out now, not at the next turn of the event loop.

    The wrapped entitlements (with the usage line under each) need more height than the previous
    member's; painted or measured before the layout caught up, the lines at the bottom were cut.
    """
    for _ in range(3):  # the label grows, its box grows, the scrolled body grows
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
