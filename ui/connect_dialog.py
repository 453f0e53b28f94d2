"""File → Connect to a PostgreSQL server: the URL is tested on the worker before it is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

EXAMPLE = "postgresql://用户名:密码@服务器:5432/vipdesk"


class ConnectDialog(QDialog):
    """Enter a server URL; it is saved only after connecting and upgrading the schema worked."""

    verified = Signal(str)  # the URL, after a successful test

    def __init__(self, worker: Any, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("连接 PostgreSQL 服务器"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr("请输入数据库服务器地址。程序会先试连接并检查数据表，成功后才保存。")
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(current if current.startswith("postgresql") else "")
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText(EXAMPLE)
        self.message = QLabel(objectName="connectMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.test_button = self.buttons.addButton(
            self.tr("测试并保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.test)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.url)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def test(self) -> None:
        """Test the URL on the worker thread; on success announce it and close."""
        url = self.url.text().strip()
        if not url.startswith("postgresql"):
            self.message.setText(
                self.tr("地址应以 postgresql:// 开头，例如 {example}").format(example=EXAMPLE)
            )
            return
        from ui.desk import check_server

        self.test_button.setEnabled(False)
        self.message.setText(self.tr("正在连接…"))
        self.worker.op(lambda _desk: check_server(url)).success(
            lambda _name: self._passed(url)
        ).failure(self._failed).run()

    def _passed(self, url: str) -> None:
        self.message.setText(self.tr("连接成功。"))
        self.verified.emit(url)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from vipdesk.errors import KnownError

        self.test_button.setEnabled(True)
        if isinstance(error, KnownError):
            self.message.setText(str(error))
        else:
            self.message.setText(self.tr("连接失败：{error}").format(error=error))
