"""The little programs bench_gui.py starts in their own processes (cold start, peak memory).

BARE_WINDOW and BARE_MEMORY are the floors (a bare PySide6 window with one line edit),
BARE_SEARCHES the second memory floor (that window filling a table from the same searches
through raw sqlite3), DESK_MEMORY the desk itself (signed in by the parent, searching). Both
memory floors take the size the desk's window opened at (its backing store, the rows it shows).
REAL_MEMORY is the real start (`ui.app.run`) driven from inside its event loop: signed in
through its dialog, then the same searches, then the last search's first member opened, then
its ID number revealed (the first write).
"""

BARE_WINDOW = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); box = QLineEdit(); w.setCentralWidget(box); w.show(); box.setFocus()
def ready():
    print(f"READY {time.perf_counter() - t0:.3f}", flush=True); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
BARE_MEMORY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); box = QLineEdit(); w.setCentralWidget(box)
w.resize(int(sys.argv[1]), int(sys.argv[2])); w.show(); box.setFocus()  # the desk's size
QTimer.singleShot(200, app.quit)
app.exec()
print("PEAK", int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024)
"""
DESK_MEMORY = """
import sys, time
from PySide6.QtWidgets import QApplication
from ui.app import create_app
app = create_app([sys.argv[0]])  # as ui.app.run: the application first, then the desk's modules
from ui.main_window import DeskWindow
from ui.settings import DeskSettings
import json
from vipdesk.services.actor import Actor
window = DeskWindow(DeskSettings()); window.show()
print("WIDTH", window.width()); print("HEIGHT", window.height())  # the floors take this size
window.start(sys.argv[1])
while window.opened is None:
    app.processEvents(); time.sleep(0.005)
window.set_actor(Actor(**json.loads(sys.argv[2])))  # signed in by the parent (Argon2 apart)
end = time.perf_counter() + 2
while time.perf_counter() < end:  # what opening starts (check, due backup) gets going
    app.processEvents(); time.sleep(0.005)
watch, end = window.backup_watch, time.perf_counter() + 1800
while time.perf_counter() < end and not (watch.timer.isActive() and not watch.job.running()):
    app.processEvents(); time.sleep(0.05)  # the start-up check, then the day's backup
import resource
print("CHILD", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
status = open("/proc/self/status").read()
print("OPENED", int(status.split("VmHWM:")[1].split()[0]) / 1024)
done = []
window.model.results_arrived.connect(lambda q, n: done.append(q))
for text in sys.argv[3:]:
    window.search.search_now(text)
    end = time.perf_counter() + 10
    while (not done or done[-1] != text) and time.perf_counter() < end:
        app.processEvents(); time.sleep(0.001)
print(f"SEARCHES {len(done)}", flush=True)
status = open("/proc/self/status").read()
print("PEAK", int(status.split("VmHWM:")[1].split()[0]) / 1024)
print("NOW", int(status.split("VmRSS:")[1].split()[0]) / 1024)
window.close()
"""
BARE_SEARCHES = """
import json, sqlite3, sys
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableWidget
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget
app = QApplication(sys.argv[:1])
w = QMainWindow(); page = QWidget(); box = QLineEdit(); table = QTableWidget(0, 5)
layout = QVBoxLayout(page); layout.addWidget(box); layout.addWidget(table)
w.setCentralWidget(page); w.resize(int(sys.argv[3]), int(sys.argv[4])); w.show(); box.setFocus()
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
SHOWN = ("SELECT m.name, m.id_number, m.phone, m.tier, (SELECT status FROM cards c "
         "WHERE c.member_id = m.id ORDER BY c.id DESC LIMIT 1) FROM members m WHERE m.id IN ")
for text, sql, params in json.loads(sys.argv[2]):
    box.setText(text)
    rows = conn.execute(SHOWN + "(" + sql + ") ORDER BY m.id", params).fetchall()
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            shown = str(value or "")
            if c in (1, 2):
                shown = shown[:3] + "*" * max(len(shown) - 7, 0) + shown[-4:]
            table.setItem(r, c, QTableWidgetItem(shown))
    app.processEvents()
print("SEARCHES", len(json.loads(sys.argv[2])))
print("PEAK", int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024)
"""
REAL_MEMORY = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.app as desk_app
from ui.session.signin_dialog import SignInDialog
from ui.main_window import DeskWindow
DEMO_PASSWORD = sys.argv[2]

def status(key):
    return int(open("/proc/self/status").read().split(key + ":")[1].split()[0]) / 1024

texts, state = sys.argv[3:], {"step": "sign in", "done": [], "i": 0}

def visible(kind):
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                 and w.isVisible()), None)

def drive():  # the clerk, every 20 ms: sign in through the dialog, wait, search, report
    window = visible(DeskWindow)
    if state["step"] == "sign in" and (dialog := visible(SignInDialog)) is not None:
        if dialog.username.isEnabled():
            dialog.username.setText("demo.clerk"); dialog.password.setText(DEMO_PASSWORD)
            dialog.submit(); state["step"] = "opening"
    elif state["step"] == "opening" and window is not None and window.actor is not None:
        watch = window.backup_watch  # the start-up check, then the day's backup
        if window.opened is not None and watch.timer.isActive() and not watch.job.running():
            print("SIGNIN", status("VmHWM"), flush=True)  # the sign-in's Argon2id included
            open("/proc/self/clear_refs", "w").write("5")  # the peak from here on
            window.model.results_arrived.connect(lambda q, n: state["done"].append(q))
            state["step"] = "search"
    elif state["step"] == "search":
        i = state["i"]
        if i == 0 or state["done"][-1:] == [texts[i - 1]]:
            if i == len(texts):
                print("SEARCHES", len(state["done"])); print("PEAK", status("VmHWM"))
                print("NOW", status("VmRSS"), flush=True)
                state["t"] = time.perf_counter(); state["step"] = "member"
                window.open_member(window.model.member_id(0)); return
            window.search.search_now(texts[i]); state["i"] = i + 1
    elif state["step"] == "member" and window.member is not None:  # on the driver too
        print("MEMBER_S", time.perf_counter() - state["t"])
        state["step"], state["until"] = "viewed", time.perf_counter() + 1  # its tabs fill in
    elif state["step"] == "viewed" and time.perf_counter() > state["until"]:
        if window.worker.is_idle():
            print("MEMBER", status("VmHWM")); state["t"] = time.perf_counter()
            window.reveal_id("核对身份"); state["step"] = "write"  # the first write: the ORM
    elif state["step"] == "write" and window.worker.is_idle():
        print("WRITE_S", time.perf_counter() - state["t"]); print("WRITE", status("VmHWM"))
        QApplication.quit()

made = desk_app.create_app
def create_app(argv):  # the real start; the clerk drives it from inside its event loop
    app = made(argv)
    timer = QTimer(app); timer.timeout.connect(drive); timer.start(20)
    return app
desk_app.create_app = create_app
sys.exit(desk_app.run([sys.argv[0], "--db", sys.argv[1]]))
"""
