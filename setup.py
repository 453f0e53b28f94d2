"""Build hook: compile the Qt translations (resources/i18n/*.ts -> .qm) while building the wheel.

Everything else about the package is in pyproject.toml. `pyside6-lrelease` comes from
PySide6-Essentials, which pyproject.toml lists in [build-system] requires.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
I18N = HERE / "resources" / "i18n"


def lrelease() -> list[str]:
    """The lrelease program of PySide6 in the build environment."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).parent
        for name in ("lrelease", "lrelease.exe"):
            if (folder / name).is_file():
                return [str(folder / name)]
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return [found]
    sys.exit("building VIP Desk needs pyside6-lrelease (pip install PySide6-Essentials)")


class BuildPyWithTranslations(build_py):
    """build_py that also compiles every .ts file into the package's .qm file."""

    def run(self) -> None:  # noqa: D102
        super().run()
        editable = getattr(self, "editable_mode", False)
        target = I18N if editable else Path(self.build_lib) / "vipdesk" / "resources" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for ts in sorted(I18N.glob("*.ts")):
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)


def packages() -> list[str]:
    """Every code folder of vipdesk/ and ui/, and every data folder of resources/."""
    code = find_namespace_packages(
        where=str(HERE), include=["vipdesk", "vipdesk.*", "ui", "ui.*"], exclude=["*__pycache__"]
    )
    data = ["vipdesk.resources"] + [
        "vipdesk.resources." + ".".join(p.relative_to(HERE / "resources").parts)
        for p in sorted((HERE / "resources").rglob("*"))
        if p.is_dir() and "__pycache__" not in p.parts
    ]
    return sorted(set(code) | set(data))


setup(packages=packages(), cmdclass={"build_py": BuildPyWithTranslations})
