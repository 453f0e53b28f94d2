"""Writing document files: an OS error becomes a KnownError in plain Chinese."""

from __future__ import annotations

import errno
from pathlib import Path

from vipdesk.errors import KnownError

REASONS = {
    errno.EEXIST: "同名的文件已存在，不是文件夹",
    errno.ENOTDIR: "路径中有一部分是文件，不是文件夹",
    errno.EISDIR: "这是一个文件夹，不能写成文件",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "磁盘是只读的",
    errno.ENOENT: "文件夹不存在",
}


def os_reason(exc: OSError) -> str:
    """The reason of an OS error in plain words (the system's own text when unknown)."""
    return REASONS.get(exc.errno or 0) or str(exc.strerror or exc)


def make_folder(folder: Path) -> None:
    """Create `folder` (and its parents) unless it exists; KnownError if that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KnownError(f"无法创建文件夹 {folder}：{os_reason(exc)}。") from None


def write_file(path: Path, data: bytes, note: str = "") -> None:
    """Write `data` to `path` (its folder created); KnownError with `note` appended on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise KnownError(f"无法写入文件 {path}：{os_reason(exc)}。{note}") from None
