"""The non-modal warning an administrator sees when the audit chain check fails at start."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton

STYLE = "QToolBar#chainBanner { background: #FDE2E1; border-bottom: 1px solid #B3261E; }"


class ChainBanner(QToolBar):
    """Red strip above the desk: the audit log may have been tampered with; what to do."""

    def __init__(self, window: Any, report: Any, error: BaseException | None = None) -> None:
        super().__init__(window)
        self.setObjectName("chainBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.setStyleSheet(STYLE)
        if error is not None:
            from ui.messages import explain_failure

            text = self.tr("无法核对审计记录的完整性：{why}").format(
                why=explain_failure(window, error)
            )
        else:
            text = self.tr(
                "警告：审计记录完整性核对未通过。{what}记录可能被篡改，请立即报告信息安全负责人，"
                "并用“vipdesk audit verify”核对全部记录。"
            ).format(what=report.message)
        self.label = QLabel(text, objectName="chainWarning", wordWrap=True)
        self.label.setStyleSheet("color: #8C1D18; font-weight: bold; padding: 6px;")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setAccessibleName(self.tr("审计记录完整性警告"))
        self.addWidget(self.label)
        self.view_button = QToolButton(objectName="chainViewAudit")
        self.view_button.setText(self.tr("查看审计记录"))
        self.view_button.clicked.connect(lambda: self._view(window))
        view = self.addWidget(self.view_button)
        view.setVisible(self._viewer_allowed(window))  # the viewer is for supervisors
        self.dismiss = QToolButton(objectName="chainDismiss")
        self.dismiss.setText(self.tr("知道了"))
        self.dismiss.setToolTip(self.tr("隐藏此提示（下次启动时会再次核对）"))
        self.dismiss.clicked.connect(self.hide)
        self.addWidget(self.dismiss)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @staticmethod
    def _viewer_allowed(window: Any) -> bool:
        action = getattr(window, "actions_by_id", {}).get("admin.audit")
        return action is not None and action.isEnabled()

    def _view(self, window: Any) -> None:
        if self._viewer_allowed(window):
            window.actions_by_id["admin.audit"].trigger()
