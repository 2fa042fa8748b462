from __future__ import annotations

from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 20 * 1024 * 1024


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, bytes]:
    """Read a text file strictly: UTF-8 (BOM allowed), no NUL bytes, not empty, CRLF folded."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: {size} bytes is over the {max_bytes}-byte limit")
    data = path.read_bytes()
    return decode(data, str(path)), data


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte {e.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
