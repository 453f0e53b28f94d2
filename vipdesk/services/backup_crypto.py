"""Passphrase encryption of backup files: AES-256-GCM in 1 MiB chunks, key from scrypt.

File layout: MAGIC, 16-byte salt, 8-byte nonce prefix, then chunks of (4-byte length, ciphertext).
Each chunk's nonce is the prefix plus its index and its associated data says whether it is the last
one, so a truncated, reordered or altered file fails to decrypt instead of restoring half a
database. All the cryptography is the `cryptography` library's; nothing here is home-made.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from vipdesk.errors import KnownError

MAGIC = b"VIPDESK-BACKUP-AESGCM-1\n"
CHUNK = 1 << 20
WRONG = "备份密码不正确，或备份文件已损坏，无法解密。"


class WrongPassphrase(KnownError):
    """The passphrase does not open the backup (or the encrypted file was altered)."""


def is_encrypted(path: Path) -> bool:
    """True when the file starts with the encrypted-backup marker."""
    try:
        with path.open("rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise WrongPassphrase("请输入备份密码。")
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(passphrase.encode("utf-8"))


def encrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write `source` encrypted with the passphrase to `target`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = os.urandom(16), os.urandom(8)
    aead = AESGCM(_key(passphrase, salt))
    size = source.stat().st_size
    with source.open("rb") as src, target.open("wb") as out:
        out.write(MAGIC + salt + prefix)
        index, done = 0, 0
        while True:
            block = src.read(CHUNK)
            done += len(block)
            last = done >= size or len(block) < CHUNK
            nonce = prefix + struct.pack(">I", index)
            sealed = aead.encrypt(nonce, block, b"last" if last else b"more")
            out.write(struct.pack(">I", len(sealed)) + sealed)
            index += 1
            if last:
                break
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write the decrypted `source` to `target`; WrongPassphrase when it does not open whole."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    with source.open("rb") as src, target.open("wb") as out:
        if src.read(len(MAGIC)) != MAGIC:
            raise WrongPassphrase("这不是加密的备份文件。")
        salt, prefix = src.read(16), src.read(8)
        aead = AESGCM(_key(passphrase, salt))
        index = 0
        while True:
            head = src.read(4)
            if len(head) < 4:
                raise WrongPassphrase("备份文件不完整（可能被截断），无法解密。")
            (length,) = struct.unpack(">I", head)
            sealed = src.read(length)
            nonce = prefix + struct.pack(">I", index)
            try:
                out.write(aead.decrypt(nonce, sealed, b"more"))
            except InvalidTag:
                try:
                    out.write(aead.decrypt(nonce, sealed, b"last"))
                except InvalidTag:
                    raise WrongPassphrase(WRONG) from None
                if src.read(1):
                    raise WrongPassphrase(WRONG) from None
                break
            index += 1
        out.flush()
        os.fsync(out.fileno())
