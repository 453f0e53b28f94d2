"""The assistant's first pages: the database, the branch (one class per page, load()/save())."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from ui import settings as keys
from ui.first_start import state

ERROR_STYLE = "color: #B3261E;"
EXAMPLE = "postgresql://用户名:密码@服务器:5432/vipdesk"
BRANCH_CODE = re.compile(r"^[0-9A-Za-z]{2,16}$")


def message_label(name: str) -> QLabel:
    """A word-wrapped label for a page's plain-words message."""
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    return label


class StatePage(QWizardPage):
    """A page that loads its fields from the assistant's saved state and saves them back."""

    def settings(self) -> keys.DeskSettings:
        """The desk's settings (QSettings file in the user-data folder)."""
        return self.wizard().settings  # type: ignore[attr-defined,no-any-return]

    def load(self) -> None:
        """Fill the fields from the saved state."""

    def save(self) -> None:
        """Save the fields (called when the page is left forward)."""

    def show_error(self, label: QLabel, text: str) -> None:
        """Show a plain-words problem under the fields."""
        label.setStyleSheet(ERROR_STYLE)
        label.setText(text)


class DatabasePage(StatePage):
    """This PC's own database (SQLite) or the branch server (PostgreSQL, tested before saving)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("databasePage")
        self.setTitle(self.tr("选择数据库"))
        self.setSubTitle(
            self.tr("客户数据保存在哪里？单独一台柜台电脑选本机；多台柜台共用选分行服务器。")
        )
        self.local = QRadioButton(self.tr("本机数据库(&L)（保存在本机的用户数据文件夹）"))
        self.local.setObjectName("localDatabase")
        self.server = QRadioButton(self.tr("分行服务器(&S)（PostgreSQL，由IT部门提供地址）"))
        self.server.setObjectName("serverDatabase")
        self.group = QButtonGroup(self)
        self.group.addButton(self.local)
        self.group.addButton(self.server)
        self.url = QLineEdit(objectName="serverUrl")
        self.url.setPlaceholderText(EXAMPLE)
        self.test_button = QPushButton(self.tr("测试连接(&T)"), objectName="testServer")
        self.message = message_label("databaseMessage")
        self.tested = ""  # the URL that answered; Next is enabled only for it
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.local.toggled.connect(self._changed)
        self.url.textChanged.connect(self._changed)
        self.test_button.clicked.connect(self.test)
        self.url.returnPressed.connect(self.test)

    def load(self) -> None:  # noqa: D102
        settings = self.settings()
        server = settings.get(state.DB_KIND) == "server"
        (self.server if server else self.local).setChecked(True)
        self.url.setText(settings.get(state.SERVER_URL))
        if server and self.url.text():  # saved only after it answered
            self.tested = self.url.text()
        self._changed()

    def save(self) -> None:  # noqa: D102
        settings = self.settings()
        settings.set(state.DB_KIND, "server" if self.server.isChecked() else "local")
        settings.set(state.SERVER_URL, self.url.text().strip() if self.server.isChecked() else "")

    def _changed(self) -> None:
        server = self.server.isChecked()
        self.url.setEnabled(server)
        self.test_button.setEnabled(server)
        if server and self.url.text().strip() != self.tested:
            self.message.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: D102, N802
        return self.local.isChecked() or (
            bool(self.tested) and self.url.text().strip() == self.tested
        )

    def test(self) -> None:
        """Connect to the server on the worker and bring its tables up to date."""
        from ui.first_start.ops import prepare_database

        url = self.url.text().strip()
        if not url.startswith("postgresql"):
            self.show_error(
                self.message,
                self.tr("地址应以 postgresql:// 开头，例如 {example}").format(example=EXAMPLE),
            )
            return
        self.test_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("正在连接…"))
        self.wizard().worker.op(lambda _desk: prepare_database(url)).success(  # type: ignore[attr-defined]
            lambda _staff: self._passed(url)
        ).failure(self._failed).run()

    def _passed(self, url: str) -> None:
        self.tested = url
        self.test_button.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("连接成功，数据表已就绪。"))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        from ui.messages import explain_failure

        self.test_button.setEnabled(True)
        self.show_error(self.message, explain_failure(self, error))


class BranchPage(StatePage):
    """The branch: code (in case numbers), name, address and phone (on letters and receipts)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("branchPage")
        self.setTitle(self.tr("网点信息"))
        self.setSubTitle(self.tr("网点代码用于服务单号；名称、地址和电话印在确认函和回执上。"))
        self.code = QLineEdit(objectName="branchCode", maxLength=16)
        self.code.setPlaceholderText(self.tr("例如 0101"))
        self.name = QLineEdit(objectName="branchName")
        self.address = QLineEdit(objectName="branchAddress")
        self.phone = QLineEdit(objectName="branchPhone")
        self.message = message_label("branchMessage")
        form = QFormLayout(self)
        for field, text in (
            (self.code, self.tr("网点代码(&C)")),
            (self.name, self.tr("网点名称(&N)")),
            (self.address, self.tr("网点地址(&A)")),
            (self.phone, self.tr("联系电话(&P)")),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.message)

    def load(self) -> None:  # noqa: D102
        settings = self.settings()
        self.code.setText(settings.get(state.BRANCH_CODE))
        self.name.setText(settings.get(keys.BRANCH_NAME))
        self.address.setText(settings.get(keys.BRANCH_ADDRESS))
        self.phone.setText(settings.get(keys.BRANCH_PHONE))

    def validatePage(self) -> bool:  # noqa: D102, N802
        if not BRANCH_CODE.match(self.code.text().strip()):
            self.show_error(self.message, self.tr("网点代码应为2到16位数字或字母。"))
            self.code.setFocus()
            return False
        if not self.name.text().strip():
            self.show_error(self.message, self.tr("请填写网点名称。"))
            self.name.setFocus()
            return False
        self.message.clear()
        return True

    def save(self) -> None:  # noqa: D102
        settings = self.settings()
        settings.set(state.BRANCH_CODE, self.code.text().strip())
        settings.set(keys.BRANCH_NAME, self.name.text().strip())
        settings.set(keys.BRANCH_ADDRESS, self.address.text().strip())
        settings.set(keys.BRANCH_PHONE, self.phone.text().strip())
