"""Bytes to text: encodings, binary detection, size limits; each failure has a reason."""

from __future__ import annotations

import codecs

from ..errors import BinaryInput, EmptyInput, TooLarge

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def human_size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB"


def check_size(n: int, max_bytes: int) -> None:
    if n > max_bytes:
        raise TooLarge(f"file too large ({human_size(n)} > {human_size(max_bytes)} limit; raise it with --max-bytes)")


def decode_bytes(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode article bytes. Returns (text, encoding); raises an InputError with the reason."""
    check_size(len(data), max_bytes)
    if not data.strip():
        raise EmptyInput("empty file" if not data else "file holds only whitespace")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _finish(data.decode(enc, errors="replace"), enc)
    if _looks_binary(data):
        raise BinaryInput("binary file (not text or HTML)")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    enc = _guess_encoding(data)
    return _finish(data.decode(enc, errors="replace"), enc)


def _finish(text: str, enc: str) -> tuple[str, str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise EmptyInput("file holds no text")
    return text, enc


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / max(1, len(head)) > 0.05


def _guess_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return str(best.encoding)
    except ImportError:  # pragma: no cover - charset_normalizer comes with trafilatura/httpx deps
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"
